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
        #expect(files.count == 8)
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
}
