import FolioCore
import FolioInput
import Foundation
import Testing

/// What the files say about consumers: the profile's consumer mediator, an order's sale channel, and
/// whom a version of terms is for (`version.yaml`), each read strictly.
@Suite("Consumer fields of profiles, orders and terms versions")
struct ConsumerInputTests {
    static let profile = """
        legalName: Atelier
        legalForm: SAS
        siren: "912345618"
        address: {lines: [1 rue A], postcode: "75011", city: Paris, country: FR}
        """

    @Test("consumerMediator: name, website and address, each required")
    func consumerMediator() throws {
        let read = try CompanyProfileReader.read(Self.profile + """

            consumerMediator:
              name: Médiation des Services Numériques
              website: https://www.mediation-numerique.example
              address: {lines: [8 rue de la Chaussée d'Antin], postcode: "75009", city: Paris, country: FR}
            """)
        #expect(read.consumerMediator?.name == "Médiation des Services Numériques")
        #expect(read.consumerMediator?.address.postcode == "75009")
        #expect(try CompanyProfileReader.read(Self.profile).consumerMediator == nil)
        for (field, text) in [
            ("consumerMediator.website", "consumerMediator: {name: M, address: {city: Paris, country: FR}}"),
            ("consumerMediator.address.city", "consumerMediator: {name: M, website: w, address: {country: FR}}"),
            ("consumerMediator.phone", "consumerMediator: {name: M, website: w, phone: \"01\", address: {city: Paris, country: FR}}"),
        ] {
            do {
                _ = try CompanyProfileReader.read(Self.profile + "\n" + text)
                Issue.record("\(text) was read")
            } catch {
                #expect(error.path == field, "\(error)")
            }
        }
    }

    @Test("saleChannel: distance, off-premises or on-premises, written back as read")
    func saleChannel() throws {
        let order = """
            date: 2026-03-02
            currency: EUR
            saleChannel: off-premises
            buyer: {name: Jeanne Martin, kind: individual, country: FR, address: {city: Lyon, country: FR}}
            lines: [{description: Conseil, quantity: 1, unitPrice: 100, vatRate: 20}]
            """
        let read = try OrderReader.read(order)
        #expect(read.saleChannel == .offPremises)
        #expect(try OrderReader.read(OrderWriter.input(read)) == read)
        do {
            _ = try OrderReader.read(order.replacingOccurrences(of: "off-premises", with: "at-home"))
            Issue.record("an unknown sale channel was read")
        } catch {
            #expect(error.path == "saleChannel" && error.reason.contains("distance, off-premises, on-premises"), "\(error)")
        }
    }

    @Test("version.yaml: the audience of a terms version, business when the file is absent")
    func termsVersion() throws {
        #expect(try TermsVersionReader.audience("audience: all") == .all)
        #expect(try TermsVersionReader.audience("# comment\naudience: consumer\n") == .consumer)
        for (text, field, reason) in [("audience: everyone", "audience", "is not one of: business, consumer, all"),
                                      ("audiance: all", "audiance", "unknown field"),
                                      ("{}", "audience", "required")] {
            do {
                _ = try TermsVersionReader.audience(text)
                Issue.record("\(text) was read")
            } catch {
                #expect(error.path == field && error.reason.contains(reason), "\(error)")
            }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-terms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try TermsVersionReader.audience(inFolder: folder) == .business)
        try "audience: consumer\n".write(to: folder.appendingPathComponent("version.yaml"), atomically: true, encoding: .utf8)
        #expect(try TermsVersionReader.audience(inFolder: folder) == .consumer)
    }
}
