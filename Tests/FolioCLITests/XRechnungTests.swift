import Foundation
import Testing

/// `--format xrechnung` and `--xml xrechnung`: XRechnung 3.0 CII for a German seller's public (and
/// other) buyers, checked by the EN 16931 and KoSIT XRechnung rules; what an invoice lacks to be one
/// is refused before a number is taken.
@Suite("XRechnung", .serialized)
struct XRechnungTests {
    static let seed = "examples/seeds/002-azultek-webshop-de"

    /// A scratch folder with the seed's profile and templates, and `orders` written into it.
    static func folder(profile edit: (String) -> String = { $0 }, orders: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-xrechnung-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let seed = FolioCLITests.root.appendingPathComponent(Self.seed)
        try FileManager.default.copyItem(at: seed.appendingPathComponent("templates"), to: folder.appendingPathComponent("templates"))
        let profile = try String(contentsOf: seed.appendingPathComponent("profile.yaml"), encoding: .utf8)
        try edit(profile).write(to: folder.appendingPathComponent("profile.yaml"), atomically: true, encoding: .utf8)
        for (name, text) in orders { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    static func order(buyerReference: String? = "Bestellung 4711", electronicAddress: String? = "EM:einkauf@kunde.example",
                      country: String = "DE", nature: String = "goods", paymentMethod: String = "transfer",
                      kind: String = "invoice", extra: String = "") -> String {
        """
        kind: \(kind)
        date: 2026-11-20
        deliveryDate: 2026-11-18
        \(buyerReference.map { "buyerReference: \"\($0)\"" } ?? "")
        currency: EUR
        \(extra)
        buyer:
          name: Kunde GmbH
          kind: business
          \(electronicAddress.map { "electronicAddress: \($0)" } ?? "")
          country: \(country)
          address: {lines: [Hauptstraße 1], postcode: "\(country == "DE" ? "50667" : "8001")", city: \(country == "DE" ? "Köln" : "Zürich"), country: \(country)}
        lines:
          - {id: A1, description: "Aufbereitetes Notebook", quantity: 2, unit: C62, unitPrice: 238.00, vatRate: 19, nature: \(nature)}
        paymentMethod: \(paymentMethod)
        """
    }

    func issue(_ folder: URL, _ order: String, _ arguments: String...) throws -> FolioCLITests.Run {
        try FolioCLITests.folio(["invoice", folder.appendingPathComponent(order).path, "--company", folder.appendingPathComponent("profile.yaml").path,
                                 "--ledger", folder.appendingPathComponent("ledger.sqlite").path] + arguments)
    }

    @Test("Card payments, services outside the EU, a sole trader's Steuernummer and a credit note make XRechnungs the rules accept")
    func hardCases() throws {
        let folder = try Self.folder(orders: [
            "card.yaml": Self.order(paymentMethod: "card"),
            "swiss-services.yaml": Self.order(country: "CH", nature: "services"),
        ])
        var files: [String] = []
        for name in ["card", "swiss-services"] {
            let xml = folder.appendingPathComponent("\(name).xml").path
            let run = try issue(folder, "\(name).yaml", "--format", "xrechnung", "--output", xml)
            #expect(run.status == 0, "\(name): \(run.error)")
            files.append(xml)
        }
        // A sole trader: no register entry, identified by its Steuernummer when no VAT number is shown.
        let soleTrader = try Self.folder(profile: {
            $0.replacingOccurrences(of: "legalForm: GmbH", with: "legalForm: Einzelunternehmen")
                .replacingOccurrences(of: "capital: 25000.00\n", with: "")
                .split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("commercialRegister:") }.joined(separator: "\n")
        }, orders: ["swiss-services.yaml": Self.order(country: "CH", nature: "services")])
        let soleXML = soleTrader.appendingPathComponent("sole.xml").path
        let sole = try issue(soleTrader, "swiss-services.yaml", "--format", "xrechnung", "--output", soleXML)
        #expect(sole.status == 0, "\(sole.error)")
        files.append(soleXML)
        // The credit note of the card invoice: no payment means of its own (UNTDID 4461 code 1).
        let credit = Self.order(kind: "credit-note", extra: "creditedInvoice: {number: RE-2026-0001, date: 2026-11-20}")
        try credit.write(to: folder.appendingPathComponent("credit.yaml"), atomically: true, encoding: .utf8)
        let creditXML = folder.appendingPathComponent("credit.xml").path
        let run = try FolioCLITests.folio(["credit-note", folder.appendingPathComponent("credit.yaml").path,
                                           "--company", folder.appendingPathComponent("profile.yaml").path,
                                           "--ledger", folder.appendingPathComponent("ledger.sqlite").path,
                                           "--format", "xrechnung", "--output", creditXML])
        #expect(run.status == 0, "\(run.error)")
        files.append(creditXML)

        let report = try EInvoiceOracle.xrechnung(files)
        #expect(report.checked == 4)
        #expect(report.fatal == 0, "\(report.documents.flatMap(\.fatalProblems).prefix(10))")
        let card = try String(contentsOfFile: files[0], encoding: .utf8)
        #expect(card.contains("<ram:TypeCode>ZZZ</ram:TypeCode>") && card.contains("<ram:Information>Kartenzahlung</ram:Information>"))
        let services = try String(contentsOfFile: files[1], encoding: .utf8)
        #expect(services.contains("<ram:CategoryCode>O</ram:CategoryCode>") && services.contains("<ram:RateApplicablePercent>0</ram:RateApplicablePercent>"))
        #expect(try String(contentsOfFile: files[2], encoding: .utf8).contains("<ram:ID>347/5712/0846</ram:ID>"))
        #expect(try String(contentsOfFile: files[3], encoding: .utf8).contains("<ram:TypeCode>1</ram:TypeCode>"))
    }

    @Test("What an invoice lacks to be an XRechnung is refused naming the file and field; no number is taken")
    func refusals() throws {
        let folder = try Self.folder(profile: { $0.replacingOccurrences(of: "contactPoint: Buchhaltung\n", with: "") }, orders: [
            "no-reference.yaml": Self.order(buyerReference: nil),
            "bad-leitweg.yaml": Self.order(buyerReference: "05711000-SCHULIT-57", electronicAddress: nil),
            "no-address.yaml": Self.order(electronicAddress: nil),
            "direct-debit.yaml": Self.order(paymentMethod: "direct-debit"),
            "complete.yaml": Self.order(buyerReference: "05711000-SCHULIT-56", electronicAddress: nil),
        ])
        let profile = folder.appendingPathComponent("profile.yaml").path
        let cases: [(String, String)] = [
            ("no-reference.yaml", "no-reference.yaml: buyerReference: XRechnung needs the buyer's reference (BT-10)"),
            ("bad-leitweg.yaml", "bad-leitweg.yaml: buyerReference: \"05711000-SCHULIT-57\" is not a Leitweg-ID: its check digits 57 do not match"),
            ("no-address.yaml", "no-address.yaml: buyer.electronicAddress: XRechnung 3.0 needs the buyer's electronic address (BT-49)"),
            ("direct-debit.yaml", "direct-debit.yaml: paymentMethod: XRechnung's SEPA direct debit needs the mandate reference"),
            ("complete.yaml", "\(profile): contactPoint: XRechnung needs the seller's contact point (BT-41)"),
        ]
        for (order, message) in cases {
            let run = try issue(folder, order, "--xml", "xrechnung")
            #expect(run.status != 0)
            #expect(run.error.contains(message), "\(order): \(run.error)")
        }
        // The same profile with its contact point: the Leitweg-ID order is issued, as the first number.
        try String(contentsOf: FolioCLITests.root.appendingPathComponent("\(Self.seed)/profile.yaml"), encoding: .utf8)
            .write(toFile: profile, atomically: true, encoding: .utf8)
        let run = try issue(folder, "complete.yaml", "--xml", "xrechnung")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Issued RE-2026-0001"))
        let xml = try String(contentsOf: folder.appendingPathComponent("documents/RE-2026-0001.xml"), encoding: .utf8)
        #expect(xml.contains("<ram:URIID schemeID=\"0204\">05711000-SCHULIT-56</ram:URIID>"))
        // Without --xml xrechnung nothing of it is asked: a webshop order without a reference is issued.
        #expect(try issue(folder, "no-reference.yaml").status == 0)
    }
}
