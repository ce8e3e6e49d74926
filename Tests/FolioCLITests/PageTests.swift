import Foundation
import Testing

/// Every figure on the page explained, and pages that hold together: line discounts and units printed
/// in French and English, deposits to the cent, the seller from the company profile, terms that never
/// print a value the profile lacks, one-page documents on one page and letters whose closing keeps
/// company. Read back from the PDFs with pdftotext and pdfinfo.
@Suite("Every figure on the page", .serialized)
struct PageTests {
    /// A scratch folder for this run's orders and PDFs.
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-page-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func write(_ text: String, _ name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A tool's standard output.
    static func tool(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func pages(_ pdf: String) throws -> Int {
        let info = try tool(["pdfinfo", pdf])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? 0
    }

    /// The text of one page, white space folded as `InvoiceCommandTests.text` does.
    static func text(_ pdf: String, page: Int) throws -> String {
        try tool(["pdftotext", "-layout", "-enc", "UTF-8", "-f", "\(page)", "-l", "\(page)", pdf, "-"])
            .replacingOccurrences(of: "\u{AD}\n", with: "")
            .split(whereSeparator: { $0.isWhitespace || $0 == "\u{202F}" || $0 == "\u{A0}" }).joined(separator: " ")
    }

    /// A draft of an order file: its PDF's path, after checking the command succeeded.
    static func draft(_ command: String, _ order: String, language: String = "fr",
                      company: String = "examples/company/profile.yaml") throws -> String {
        let path = folder.appendingPathComponent("\(UUID().uuidString).pdf").path
        let run = try FolioCLITests.folio(command, order, "--draft", "--lang", language, "--company", company, "--output", path)
        #expect(run.status == 0, "\(run.error)")
        return path
    }

    static let buyer = """
        buyer:
          name: Librairie du Marais SARL
          siren: "552100554"
          vatNumber: FR96552100554
          country: FR
          address: {lines: [4 rue Vieille du Temple], postcode: "75004", city: Paris, country: FR}
        """

    /// Lines with a percentage discount, a fixed discount, a surcharge and units; no seller: the profile's company sells.
    static func orderWithLineDiscounts(kind: String, extra: String = "") -> String {
        """
        kind: \(kind)
        date: 2026-11-16
        deliveryDate: 2026-11-13
        currency: EUR
        \(buyer)
        lines:
          - description: Conception graphique
            quantity: 3
            unit: DAY
            unitPrice: 600.00
            vatRate: 20
            nature: services
            allowances:
              - {percent: 10, reason: Remise de lancement}
          - description: Livres imprimés
            quantity: 200
            unitPrice: 7.35
            vatRate: 5.5
            allowances:
              - {amount: 20.00, reason: Geste commercial}
            charges:
              - {percent: 2, base: 1000.00, reason: Emballage renforcé}
          - description: Accompagnement
            quantity: 1
            unit: DAY
            unitPrice: 450.00
            vatRate: 20
            nature: services
        \(extra)
        """
    }

    // MARK: - Line allowances and charges, units

    @Test("Line discounts and charges under their line, with base and percentage, in every document that prints lines (fr)",
          arguments: [("invoice", "invoice", ""), ("quote", "quote", ""),
                      ("credit-note", "credit-note", "creditedInvoice: {number: F-2026-0012, date: 2026-11-02}")])
    func lineAdjustmentsFrench(kind: String, command: String, extra: String) throws {
        let order = try Self.write(Self.orderWithLineDiscounts(kind: kind, extra: extra), "\(kind)-fr.yaml")
        let text = try Self.text(try Self.draft(command, order), page: 1)
        for expected in [
            // 3 × 600,00 = 1 800,00; 10 % of it −180,00: the line's 1 620,00.
            "Conception graphique 3 jours 600,00 20 % 1 800,00 € Remise de lancement : 10 % de 1 800,00 € −180,00 €",
            // 200 × 7,35 = 1 470,00; −20,00; + 2 % of 1 000,00 = 20,00: the line's 1 470,00.
            "Livres imprimés 200 7,35 5,5 % 1 470,00 € Geste commercial −20,00 € Emballage renforcé : 2 % de 1 000,00 € +20,00 €",
            "Accompagnement 1 jour 450,00 20 % 450,00 €",
            // 1 800 − 180 + 1 470 − 20 + 20 + 450 = 3 540,00.
            "Total des lignes HT 3 540,00 €",
        ] {
            #expect(text.contains(expected), "\(kind): missing: \(expected)\n\(text)")
        }
    }

    @Test("Line discounts and charges under their line, in English", arguments: [
        ("invoice", "invoice", ""), ("quote", "quote", ""),
        ("credit-note", "credit-note", "creditedInvoice: {number: F-2026-0012, date: 2026-11-02}"),
    ])
    func lineAdjustmentsEnglish(kind: String, command: String, extra: String) throws {
        let order = try Self.write(Self.orderWithLineDiscounts(kind: kind, extra: extra), "\(kind)-en.yaml")
        let text = try Self.text(try Self.draft(command, order, language: "en"), page: 1)
        for expected in [
            "Conception graphique 3 days 600.00 20% €1,800.00 Remise de lancement: 10% of €1,800.00 −€180.00",
            "Livres imprimés 200 7.35 5.5% €1,470.00 Geste commercial −€20.00 Emballage renforcé: 2% of €1,000.00 +€20.00",
            "Accompagnement 1 day 450.00 20% €450.00",
            "Lines total excl. VAT €3,540.00",
        ] {
            #expect(text.contains(expected), "\(kind): missing: \(expected)\n\(text)")
        }
    }

    @Test("Hours in both languages: « 12,5 h », \"12.5 hours\"")
    func hours() throws {
        let french = try Self.text(try Self.draft("invoice", "examples/orders/01-domestic-several-rates.yaml"), page: 1)
        #expect(french.contains("Travaux au logement de fonction (main-d'œuvre) 12,5 h 48,00 10 % 600,00 €"))
        let english = try Self.text(try Self.draft("invoice", "examples/orders/01-domestic-several-rates.yaml", language: "en"), page: 1)
        #expect(english.contains("Travaux au logement de fonction (main-d'œuvre) 12.5 hours 48.00 10% €600.00"))
    }

    @Test("folio totals lists each line's allowances and charges with the line's gross amount, in text and JSON")
    func totalsOfLineAdjustments() throws {
        let text = try FolioCLITests.folio("totals", "examples/orders/01-domestic-several-rates.yaml")
        #expect(text.status == 0)
        #expect(text.output.split(separator: "\n").contains { $0.split(separator: " ").filter { !$0.isEmpty }
            == ["2", "1470.00", "Remise", "quantité", "1470.00", "5", "-73.50"] }, "\(text.output)")
        let json = try FolioCLITests.folio("totals", "--json", "examples/orders/01-domestic-several-rates.yaml")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let line = try #require((report["lines"] as? [[String: Any]])?[1])
        #expect(line["grossAmount"] as? String == "1470.00" && line["netAmount"] as? String == "1396.50")
        let allowance = try #require((line["allowancesAndCharges"] as? [[String: Any]])?.first)
        #expect(allowance["amount"] as? String == "73.50" && allowance["percent"] as? String == "5"
            && allowance["baseAmount"] as? String == "1470.00")
    }

    // MARK: - Deposits

    /// 5 days at 600,10 € (20 %) and 100 books at 24,0938 € (5,5 %): 6 142,50 € including VAT.
    static func twoRateOrder(kind: String, extra: String) -> String {
        """
        kind: \(kind)
        date: 2026-10-05
        deliveryDate: 2026-10-02
        currency: EUR
        \(buyer)
        lines:
          - {description: Conception graphique, quantity: 5, unit: DAY, unitPrice: 600.10, vatRate: 20, nature: services}
          - {description: Livres imprimés, quantity: 100, unitPrice: 24.0938, vatRate: 5.5}
        \(extra)
        """
    }

    @Test("A 30 % deposit on 6 142,50 € is 1 842,75 € on the quote, the deposit invoice and the balance invoice")
    func depositToTheCent() throws {
        let quote = try Self.write(Self.twoRateOrder(kind: "quote", extra: "deposit: {percent: 30}"), "deposit-quote.yaml")
        let quoteText = try Self.text(try Self.draft("quote", quote), page: 1)
        #expect(quoteText.contains("Total TTC 6 142,50 €"))
        #expect(quoteText.contains("Un acompte de 30 %, soit 1 842,75 € TTC"), "\(quoteText)")
        #expect(quoteText.contains("Le solde de 4 299,75 € TTC"))

        let invoice = try Self.write(Self.twoRateOrder(kind: "deposit-invoice", extra: """
            deposit: {percent: 30}
            quote: {number: D-2026-0001, date: 2026-10-05}
            """), "deposit-invoice.yaml")
        for (language, expected) in [
            // One line per rate: 900,16 + 180,03 = 1 080,19 and 722,81 + 39,75 = 762,56 (largest remainder, a cent moved).
            ("fr", ["Acompte 30 % de 6 142,50 € TTC", "au taux 1 900,16 20 % 900,16 € 20 %, soit 1 080,19 € TTC",
                    "au taux 1 722,81 5,5 % 722,81 € 5,5 %, soit 762,56 € TTC",
                    "20 % 900,16 € 180,03 €", "5,5 % 722,81 € 39,75 €",
                    "Total HT 1 622,97 €", "Total TVA 219,78 €", "Total TTC 1 842,75 €", "Net à payer 1 842,75 €"]),
            ("en", ["Deposit 30% of €6,142.50 incl. VAT", "at 20%, 1 900.16 20% €900.16 that is €1,080.19 incl. VAT",
                    "at 5.5%, 1 722.81 5.5% €722.81 that is €762.56 incl. VAT", "Total incl. VAT €1,842.75", "Amount due €1,842.75"]),
        ] {
            let text = try Self.text(try Self.draft("invoice", invoice, language: language), page: 1)
            for item in expected { #expect(text.contains(item), "\(language): missing: \(item)\n\(text)") }
        }

        let balance = try Self.write(Self.twoRateOrder(kind: "invoice", extra: """
            quote: {number: D-2026-0001, date: 2026-10-05}
            deposits: [{number: FA-2026-0001, date: 2026-10-05, percent: 30}]
            """), "balance.yaml")
        let balanceText = try Self.text(try Self.draft("invoice", balance), page: 1)
        #expect(balanceText.contains("Acompte versé — facture n° FA-2026-0001 du 5 octobre 2026 −1 842,75 €"))
        #expect(balanceText.contains("Net à payer 4 299,75 €"))
    }

    // MARK: - The seller is the company of the profile

    @Test("folio totals --company computes a seed order that relies on its profile's sales rules and has no seller")
    func totalsWithCompany() throws {
        let order = "examples/seeds/001-qwerix-services/orders/02-deposit-invoice.yaml"
        let alone = try FolioCLITests.folio("totals", order)
        #expect(alone.status == 1)
        #expect(alone.error.contains("seller: required"), "\(alone.error)")
        let run = try FolioCLITests.folio("totals", "--json", "--company", "examples/seeds/001-qwerix-services/profile.yaml", order)
        #expect(run.status == 0, "\(run.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(json["seller"] as? String == "Qwerix")
        let totals = try #require(json["totals"] as? [String: Any])
        // 30 % of 5 460,00 € (4 550,00 € + 910,00 € VAT).
        #expect(totals["amountDue"] as? String == "1638.00")
    }

    @Test("Documents print the profile's legal name, legal form and SIRET; an order without seller is the company's")
    func sellerFromProfile() throws {
        let order = try Self.write(Self.orderWithLineDiscounts(kind: "invoice"), "no-seller.yaml")
        for (language, expected) in [
            ("fr", ["Vendeur Client Atelier Numérique SAS", "— SIRET 912 345 618 00017 —", "Option pour le paiement de la taxe d'après les débits"]),
            ("en", ["Seller Customer Atelier Numérique SAS", "— SIRET 912 345 618 00017 —", "option for payment of the tax on debits"]),
        ] {
            let text = try Self.text(try Self.draft("invoice", order, language: language), page: 1)
            for item in expected { #expect(text.contains(item), "\(language): missing: \(item)") }
        }
    }

    @Test("A seller that differs from the profile is refused, naming the order's field, the profile's file and field; nothing is written")
    func sellerMismatch() throws {
        let path = Self.folder.appendingPathComponent("never.pdf").path
        let run = try FolioCLITests.folio("invoice", "examples/orders/05-franchise-micro-business.yaml", "--draft", "--output", path)
        #expect(run.status == 1)
        #expect(run.error.contains("examples/orders/05-franchise-micro-business.yaml: seller.siren: 443 061 841 differs from the company profile examples/company/profile.yaml, whose siren is 912 345 618"), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: path))

        let siret = try Self.write(try String(contentsOfFile: FolioCLITests.root.appendingPathComponent(
            "examples/orders/01-domestic-several-rates.yaml").path, encoding: .utf8)
            .replacingOccurrences(of: "siret: \"91234561800017\"", with: "siret: \"91234561800025\""), "other-siret.yaml")
        let other = try FolioCLITests.folio("totals", "--company", "examples/company/profile.yaml", siret)
        #expect(other.status == 1)
        #expect(other.error.contains("seller.siret: 912 345 618 00025 differs from the company profile examples/company/profile.yaml, whose siret is 912 345 618 00017"), "\(other.error)")
    }

    // MARK: - Terms that use a value the profile lacks

    @Test("Terms printing a value the profile lacks are refused when the company is loaded, naming the field and the terms file")
    func termsMissingValue() throws {
        let templates = Self.folder.appendingPathComponent("own-templates/terms/contact/2026-01-01")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "# Conditions\n\nNous joindre : {{company.phone}}.\n".write(to: templates.appendingPathComponent("fr.folio"), atomically: true, encoding: .utf8)
        let profile = try Self.write("""
            legalName: Atelier Numérique
            legalForm: SAS
            siren: "912345618"
            vatNumber: FR88912345618
            address: {lines: [12 rue des Imprimeurs], postcode: "75011", city: Paris, country: FR}
            court: Tribunal des activités économiques de Paris
            templates: own-templates
            defaultTerms: terms/contact
            """, "no-phone.yaml")
        let run = try FolioCLITests.folio("terms", "list", "--company", profile)
        #expect(run.status == 1)
        #expect(run.error.contains("no-phone.yaml: phone: required by the terms terms/contact@2026-01-01"), "\(run.error)")
        #expect(run.error.contains("terms/contact/2026-01-01/fr.folio:3"), "\(run.error)")

        // The sole trader's profile has no capital, RCS or website: her terms leave those words out.
        let terms = Self.folder.appendingPathComponent("claire.pdf").path
        let shown = try FolioCLITests.folio("terms", "show", "terms/maintenance-services", "--company",
                                            "examples/companies/claire-martin/profile.yaml", "--output", terms)
        #expect(shown.status == 0, "\(shown.error)")
        let text = try InvoiceCommandTests.text(ofPDF: terms)
        #expect(text.contains("Claire Martin, EI (entrepreneur individuel), 3 impasse des Lilas, 69004 Lyon"))
        #expect(text.contains("Les conditions sont remises avec chaque devis ou contrat. Toute commande"))
        #expect(!text.contains("au capital de ,") && !text.contains("consultables sur ."))
    }

    // MARK: - Pagination

    /// Every example and seed document, issued by `folio demo` in French and English.
    static let demo: Result<URL, any Error> = Result {
        let output = folder.appendingPathComponent("demo")
        let run = try FolioCLITests.folio("demo", "--output", output.path)
        guard run.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: run.error]) }
        return output
    }

    @Test("Every example and seed invoice, deposit invoice and credit note fits on one page; a quote's first page holds it all, its terms start on page 2")
    func onePageDocuments() throws {
        let demo = try Self.demo.get()
        let folders = [demo] + (try FileManager.default.contentsOfDirectory(at: demo.appendingPathComponent("seeds"),
                                                                              includingPropertiesForKeys: nil))
        var checked = 0
        for folder in folders {
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".pdf") {
                let path = folder.appendingPathComponent(file).path
                // Order documents only: each has its totals beside it (letters and terms do not).
                let json = folder.appendingPathComponent(file.components(separatedBy: ".").first! + ".totals.json")
                guard file.components(separatedBy: ".").count == 3, FileManager.default.fileExists(atPath: json.path) else { continue }
                let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
                let pages = try Self.pages(path)
                if report["kind"] as? String == "quote", folder.lastPathComponent.hasSuffix("-de") {
                    // A German seller's consumer quote at a distance: the quote with its pre-contract information
                    // and right of withdrawal, then the model withdrawal form on a page of its own, then the terms.
                    let pageTexts = try (1...pages).map { try Self.text(path, page: $0) }
                    let form = try #require(pageTexts.firstIndex { $0.hasPrefix("Muster-Widerrufsformular") || $0.hasPrefix("Model withdrawal form") },
                                            "\(file): no model withdrawal form")
                    #expect(pageTexts[form - 1].contains(file.hasSuffix(".de.pdf") ? "Angebot angenommen" : "Quote accepted"))
                    #expect(pageTexts[form + 1].hasPrefix("Allgemeine Geschäftsbedingungen") || pageTexts[form + 1].hasPrefix("General Terms"))
                } else if report["kind"] as? String == "quote" {
                    let second = try Self.text(path, page: 2)
                    #expect(second.hasPrefix("Conditions générales") || second.hasPrefix("General terms"), "\(file): page 2 is \(second.prefix(80))")
                    #expect(try Self.text(path, page: 1).contains(file.hasSuffix(".fr.pdf") ? "Bon pour accord" : "Approved for acceptance"))
                } else {
                    #expect(pages == 1, "\(folder.lastPathComponent)/\(file): \(pages) pages")
                }
                checked += 1
            }
        }
        #expect(checked >= 58)   // 12 example orders and 17 seed orders, in French and English
    }

    @Test("The French draft of order 01, a full page, stays on one page")
    func fullPageDraft() throws {
        let path = try Self.draft("invoice", "examples/orders/01-domestic-several-rates.yaml")
        #expect(try Self.pages(path) == 1)
        let text = try Self.text(path, page: 1)
        #expect(text.contains("Facture n° BROUILLON") && text.contains("Atelier Numérique, SAS au capital de 10 000,00 €"))
    }

    @Test("A formal notice never leaves its closing formula and signature alone on a page", arguments: ["fr", "en"])
    func formalNoticeClosing(language: String) throws {
        let demo = try Self.demo.get()
        let path = demo.appendingPathComponent("F-2026-0001.formal-notice.\(language).pdf").path
        let pages = try Self.pages(path)
        let last = try Self.text(path, page: pages)
        let (paragraph, closing, signature) = language == "fr"
            ? ("Si votre règlement a croisé la présente", "Veuillez agréer, Madame, Monsieur", "Pour Atelier Numérique, La direction")
            : ("If your payment has crossed with this letter", "Yours faithfully", "For Atelier Numérique, The Management")
        #expect(last.contains(closing) && last.contains(signature), "\(last)")
        // The paragraph before the closing goes with it.
        #expect(last.contains(paragraph), "page \(pages) of \(pages): \(last)")
        #expect(!last.hasPrefix(closing))
    }

    @Test("Formal notices of the seed companies keep their closing with the paragraph before it")
    func formalNoticesOfSeeds() throws {
        for (seed, order) in [("001-qwerix-services", "03-balance-invoice.yaml"), ("003-baie-consulting-martinique", "02-out-of-contract-direct-debit.yaml")] {
            for language in ["fr", "en"] {
                let path = Self.folder.appendingPathComponent("\(seed)-\(language).pdf").path
                let run = try FolioCLITests.folio("notice", "formal-notice", "examples/seeds/\(seed)/orders/\(order)", "--company",
                                                  "examples/seeds/\(seed)/profile.yaml", "--number", "F-2026-0003",
                                                  "--at", "2026-06-30", "--lang", language, "--output", path)
                #expect(run.status == 0, "\(run.error)")
                let pages = try Self.pages(path)
                let last = try Self.text(path, page: pages)
                #expect(last.contains(language == "fr" ? "Si votre règlement a croisé" : "If your payment has crossed"), "\(seed) \(language): \(last)")
            }
        }
    }
}
