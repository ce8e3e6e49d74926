import FolioCore
import Testing

/// The company of the profile is the seller: an order may leave `seller` out, and one it gives must
/// agree with the profile field by field; documents print the profile's identity.
@Suite("The seller is the company of the profile")
struct SellerAgreementTests {
    static let address = Address(lines: ["12 rue des Imprimeurs"], postcode: "75011", city: "Paris", country: "FR")
    static let profile = CompanyProfile(
        legalName: "Atelier Numérique", legalForm: "SAS", capital: nil, rcsCity: "Paris", siren: try! SIREN("912345618"),
        siret: try? SIRET("91234561800017"), vatNumber: try? VATNumber("FR88912345618"), vatOnDebits: true,
        address: address, iban: try? IBAN("FR7630006000011234567890189"))

    @Test("No seller in the order: the profile's legal name, SIREN, SIRET, VAT number, address, IBAN and options")
    func noSeller() throws {
        let seller = try Self.profile.seller(agreeingWith: nil)
        #expect(seller.name == "Atelier Numérique")
        #expect(seller.siret?.digits == "91234561800017")
        #expect(seller.vatNumber?.description == "FR88912345618")
        #expect(seller.country == "FR" && seller.address == Self.address)
        #expect(seller.vatOnDebits && !seller.vatFranchise && seller.isBusiness)
        #expect(seller.iban != nil)
    }

    @Test("A seller that agrees, written its own way (legal form after the name, another case, fewer fields), is the profile's")
    func agreeing() throws {
        let given = Party(name: "ATELIER NUMÉRIQUE,  SAS", siren: try SIREN("912 345 618"), country: "FR")
        #expect(try Self.profile.seller(agreeingWith: given) == Self.profile.seller)
    }

    @Test("A field that differs names the order's field and the profile's, with both values", arguments: [
        (Party(name: "Atelier Numérique", siren: try? SIREN("443061841"), country: "FR"), "seller.siren", "siren"),
        (Party(name: "Atelier Numérique", siret: try? SIRET("91234561800025"), country: "FR"), "seller.siret", "siret"),
        (Party(name: "Claire Martin", country: "FR"), "seller.name", "legalName"),
        (Party(name: "Atelier Numérique", country: "MQ"), "seller.country", "address.country"),
        (Party(name: "Atelier Numérique", country: "FR",
               address: Address(lines: ["1 rue de Lyon"], postcode: "75012", city: "Paris", country: "FR")), "seller.address", "address"),
        (Party(name: "Atelier Numérique", country: "FR", vatFranchise: true), "seller.vatFranchise", "vatFranchise"),
    ])
    func mismatch(given: Party, field: String, profileField: String) throws {
        do {
            _ = try Self.profile.seller(agreeingWith: given)
            Issue.record("accepted \(given)")
        } catch {
            #expect(error.field == field && error.profileField == profileField)
            let reason = error.reason(profileFile: "examples/company/profile.yaml")
            #expect(reason.contains("examples/company/profile.yaml") && reason.contains(profileField), "\(reason)")
        }
    }

    @Test("A value the profile does not have cannot be given")
    func valueTheProfileLacks() throws {
        var profile = Self.profile
        profile.siret = nil
        let given = Party(name: "Atelier Numérique", siret: try SIRET("91234561800017"), country: "FR")
        do {
            _ = try profile.seller(agreeingWith: given)
            Issue.record("accepted")
        } catch {
            #expect(error.field == "seller.siret" && error.profile == nil)
            #expect(error.reason(profileFile: "p.yaml") == "912 345 618 00017 is given, but the company profile p.yaml has no siret (leave seller.siret out, or add siret to the profile)")
        }
    }

    @Test("Without a profile, an order must name its seller")
    func orderWithoutSellerOrProfile() throws {
        let buyer = Party(name: "Librairie du Marais SARL", siren: try SIREN("552100554"), vatNumber: try VATNumber("FR96552100554"),
                          country: "FR", address: Address(lines: ["4 rue Vieille du Temple"], postcode: "75004", city: "Paris", country: "FR"))
        let order = Order(kind: .invoice, date: day("2026-11-16"), currency: .euro, buyer: buyer,
                          lines: [OrderLine(description: "Audit", quantity: 1, unitPrice: 450, vatRate: 20, nature: .services)])
        #expect(throws: InvalidField.self) { try OrderComputation.compute(order) }
        var sold = order
        sold.seller = try Self.profile.seller(agreeingWith: nil)
        let computed = try OrderComputation.compute(sold)
        #expect(computed.seller.name == "Atelier Numérique")
        // The profile opted for VAT on debits: the invoice says so.
        #expect(computed.mentions.contains { $0.id == .vatOnDebits })
    }

    @Test("A French company's profile gives its VAT number unless under the franchise, and its numbers agree")
    func profileAsSeller() throws {
        #expect(throws: Never.self) { try Self.profile.checkAsSeller() }
        var noVAT = Self.profile
        noVAT.vatNumber = nil
        #expect(throws: InvalidField("vatNumber", "required unless the company is under the VAT franchise (vatFranchise: true, CGI art. 293 B)")) {
            try noVAT.checkAsSeller()
        }
        noVAT.vatFranchise = true
        #expect(throws: Never.self) { try noVAT.checkAsSeller() }
        var otherSIRET = Self.profile
        otherSIRET.siret = try SIRET("44306184100013")
        #expect(throws: InvalidField.self) { try otherSIRET.checkAsSeller() }
    }
}
