import FolioCore
import FolioInput
import Foundation
import Testing

/// The company profile as schema/profile.schema.json documents it: every profile Folio ships is read,
/// and the refused ones of examples/invalid/profiles are refused by Folio too, naming the field.
@Suite("Company profiles, field by field")
struct CompanyProfileReaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("Every shipped profile is read")
    func shippedProfiles() throws {
        let manager = FileManager.default
        var files = ["examples/company/profile.yaml"]
        for folder in ["examples/companies", "examples/seeds"] {
            for name in try manager.contentsOfDirectory(atPath: Self.root.appendingPathComponent(folder).path).sorted() {
                let file = "\(folder)/\(name)/profile.yaml"
                if manager.fileExists(atPath: Self.root.appendingPathComponent(file).path) { files.append(file) }
            }
        }
        #expect(files.count == 9)
        for file in files {
            #expect(throws: Never.self) { try CompanyProfileReader.read(contentsOf: Self.root.appendingPathComponent(file)) }
        }
        let franchise = try CompanyProfileReader.read(contentsOf: Self.root.appendingPathComponent("examples/companies/claire-martin/profile.yaml"))
        #expect(franchise.vatFranchise && !franchise.vatOnDebits)
        let main = try CompanyProfileReader.read(contentsOf: Self.root.appendingPathComponent("examples/company/profile.yaml"))
        #expect(main.vatOnDebits && !main.vatFranchise)
    }

    @Test("The profiles the schema refuses, Folio refuses, naming the field", arguments: [
        ("unknown-field.yaml", "webSite", "unknown field; did you mean \"website\"?"),
        ("missing-siren.yaml", "siren", "required"),
        ("german-company-with-siren.yaml", "siren", "is a French identifier"),
        ("unit-without-english.yaml", "units.XPK.en", "required"),
        ("series-of-unknown-kind.yaml", "series.invoice-lyon.kind", "\"bill\" is not a numbered kind"),
        ("sales-rule-misspelt.yaml", "salesRules.depositPercentage", "unknown field (fields here: paymentTerms, latePayment, depositPercent"),
        ("account-with-a-space.yaml", "accounting.revenue.default", "\"706 000\" is not an account"),
    ])
    func refusedProfiles(file: String, field: String, reason: String) throws {
        let url = Self.root.appendingPathComponent("examples/invalid/profiles/\(file)")
        do {
            _ = try CompanyProfileReader.read(contentsOf: url)
            Issue.record("\(file) was read")
        } catch {
            #expect(error.path == field, "\(error)")
            #expect(error.reason.hasPrefix(reason), "\(error)")
        }
    }

    @Test("units: the company's words for unit codes, added to Recommendation 20's")
    func units() throws {
        let profile = try CompanyProfileReader.read("""
            legalName: Atelier
            legalForm: SAS
            siren: "912345618"
            address: {lines: [1 rue A], postcode: "75011", city: Paris, country: FR}
            units:
              XPK: {fr: colis, en: [parcel, parcels]}
              HUR: {fr: [heure, heures], en: [hour, hours]}
            """)
        #expect(profile.units.quantity(2, unitCode: "XPK", in: .french) == "2\u{A0}colis")
        #expect(profile.units.quantity(1, unitCode: "XPK", in: .english) == "1\u{A0}parcel")
        #expect(profile.units.quantity(ExactDecimal("12.5")!, unitCode: "HUR", in: .french) == "12,5\u{A0}heures")
        #expect(profile.units.quantity(3, unitCode: "DAY", in: .french) == "3\u{A0}jours")
        #expect(throws: InvalidField.self) {
            try CompanyProfileReader.read("""
                legalName: Atelier
                legalForm: SAS
                siren: "912345618"
                address: {lines: [1 rue A], postcode: "75011", city: Paris, country: FR}
                units: {hours: {fr: h, en: h}}
                """)
        }
    }

    static let germanGmbH = """
        legalName: Azultek
        legalForm: GmbH
        taxNumber: 347/5712/0846
        vatNumber: DE136695976
        commercialRegister: {court: Amtsgericht Bielefeld, number: HRB 48213}
        managingDirectors: [Jonas Falkenrath, Merle Ostendorf]
        address: {lines: [Gewerbepark Senne 4], postcode: "33758", city: Schloß Holte-Stukenbrock, country: DE}
        """

    @Test("A German GmbH: Steuernummer, USt-IdNr., register entry and managing directors; known to the ledger by its USt-IdNr.")
    func germanCompany() throws {
        let profile = try CompanyProfileReader.read(Self.germanGmbH)
        #expect(profile.siren == nil && profile.taxNumber?.text == "347/5712/0846")
        #expect(profile.commercialRegister == CommercialRegisterEntry(court: "Amtsgericht Bielefeld", number: "HRB 48213"))
        #expect(profile.managingDirectors == ["Jonas Falkenrath", "Merle Ostendorf"])
        #expect(profile.ledgerKey == "DE136695976" && profile.law.jurisdiction == .germany)
        #expect(profile.seller.taxNumber == profile.taxNumber)
        let withoutVAT = try CompanyProfileReader.read(Self.germanGmbH.replacingOccurrences(of: "vatNumber: DE136695976\n", with: ""))
        #expect(withoutVAT.ledgerKey == "34757120846")
    }

    @Test("A German GmbH is refused without its register entry, its managing directors, or any tax number", arguments: [
        ("commercialRegister: {court: Amtsgericht Bielefeld, number: HRB 48213}\n", "commercialRegister", "required for a GmbH"),
        ("managingDirectors: [Jonas Falkenrath, Merle Ostendorf]\n", "managingDirectors", "required for a GmbH"),
    ])
    func germanCompanyRefused(removed: String, field: String, reason: String) {
        #expect {
            try CompanyProfileReader.read(Self.germanGmbH.replacingOccurrences(of: removed, with: ""))
        } throws: { error in
            (error as? InvalidField)?.path == field && (error as? InvalidField)?.reason.hasPrefix(reason) == true
        }
    }

    @Test("A German company without Steuernummer nor USt-IdNr., or with a foreign VAT number, is refused")
    func germanTaxIdentifiers() {
        let neither = Self.germanGmbH.replacingOccurrences(of: "taxNumber: 347/5712/0846\n", with: "")
            .replacingOccurrences(of: "vatNumber: DE136695976\n", with: "")
        #expect(throws: InvalidField("taxNumber", "required: a German company's invoices state its Steuernummer or its USt-IdNr. (vatNumber) (§ 14 Abs. 4 Nr. 2 UStG)")) {
            try CompanyProfileReader.read(neither)
        }
        #expect(throws: InvalidField.self) {
            try CompanyProfileReader.read(Self.germanGmbH.replacingOccurrences(of: "DE136695976", with: "FR88912345618"))
        }
        #expect(throws: InvalidField.self) {
            try CompanyProfileReader.read(Self.germanGmbH.replacingOccurrences(of: "country: DE", with: "country: BE"))
        }
    }
}
