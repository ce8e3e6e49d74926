import FolioDocuments
import Foundation
import Testing

/// Folio used as a program depending on it would: only `import FolioDocuments`.
@Suite("FolioDocuments, the public library")
struct PublicLibraryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let profilePath = root.appendingPathComponent("examples/company/profile.yaml").path

    /// A fresh folder for one test's ledger, removed afterwards by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The text `pdftotext` extracts from a PDF, every character kept (no-break spaces included).
    static func text(ofPDF path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-enc", "UTF-8", path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    static func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(text)) }
    static func decimal(_ text: String) throws -> ExactDecimal { try #require(ExactDecimal(text)) }

    /// « 4 866,00 € » as `pdftotext` gives it back. The documents set a narrow no-break space
    /// (U+202F) between thousands and a no-break space (U+00A0) before the euro sign; they are drawn
    /// as space, not as glyphs, so the extracted text has plain spaces there.
    static func euros(_ text: String) -> String {
        text + " €"
    }

    /// The example company as the seller of an order built in code.
    static func seller(_ company: Company) -> Party {
        let profile = company.profile
        return Party(name: profile.legalName, siren: profile.siren, siret: profile.siret, vatNumber: profile.vatNumber,
                     country: profile.address.country, address: profile.address, iban: profile.iban)
    }

    static func buyer() throws -> Party {
        Party(name: "Éditions de la Presqu'île SAS", siren: try SIREN("732829320"), vatNumber: try VATNumber("FR44732829320"),
              country: "FR", address: Address(lines: ["3 quai Saint-Antoine"], postcode: "69002", city: "Lyon", country: "FR"))
    }

    static func loadCompany(_ engine: RenderingEngine) throws -> Company {
        try Company.load(profilePath, engine: engine)
    }

    @Test func aQuoteItsDepositAndBalanceInvoicesAndACreditNote() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let engine = try RenderingEngine(resources: Self.root)
        let company = try Self.loadCompany(engine)
        let ledger = try Ledger(path: folder.appendingPathComponent("ledger.sqlite").path)
        let siren = company.profile.ledgerKey
        #expect(siren == "912345618")

        // The quote, built in code: 2 × 1 500.00 at 20 % and 100 × 12.00 at 5.5 %, 30 % at signature.
        let quoteOrder = Order(
            kind: .quote, date: try Self.date("2026-10-05"), currency: .euro, seller: Self.seller(company), buyer: try Self.buyer(),
            lines: [
                OrderLine(description: "Conception de la charte graphique", quantity: 2, unitPrice: try Self.decimal("1500.00"),
                          vatRate: 20, nature: .services),
                OrderLine(description: "Livres de présentation", quantity: 100, unitPrice: try Self.decimal("12.00"),
                          vatRate: try Self.decimal("5.5")),
            ],
            paymentTerms: .net(days: 30, from: .invoiceDate), validity: .days(30), depositPercent: 30)
        // Hand-computed: 3 000.00 + 600.00 VAT at 20 %; 1 200.00 + 66.00 VAT at 5.5 %.
        let net = try Self.decimal("4200.00"), vat = try Self.decimal("666.00"), total = try Self.decimal("4866.00")
        // The deposit is 30 % of each rate's base with its VAT: 900.00 + 180.00 and 360.00 + 19.80,
        // 1 459.80 in all, which is 30 % of the total including VAT.
        let depositNet = try Self.decimal("1260.00"), depositVAT = try Self.decimal("199.80"), deposit = try Self.decimal("1459.80")
        #expect((total * 30).divided(by: 100, toPlaces: 2) == deposit)

        let quote = try company.issue(OrderInput(quoteOrder, name: "quote in code"), language: .french, into: ledger)
        #expect(quote.record.number == "D-2026-0001")
        #expect(quote.record.kind == .quote)
        #expect(quote.record.netTotal == net)
        #expect(quote.record.vatTotal == vat)
        #expect(quote.record.grandTotal == total)
        #expect(quote.document.computed?.deposit?.deposit.amount == deposit)
        #expect(quote.document.computed?.validUntil == (try Self.date("2026-11-04")))
        #expect(quote.record.file == folder.appendingPathComponent("documents/D-2026-0001.pdf").path)
        let quoteText = try Self.text(ofPDF: quote.record.file)
        #expect(quoteText.contains("D-2026-0001"))
        #expect(quoteText.contains(Self.euros("4 866,00")), "\(quoteText)")
        #expect(quoteText.contains(Self.euros("1 459,80")), "\(quoteText)")

        // Invoicing before the client accepts is refused, and consumes no number.
        #expect(throws: QuoteInvoicingError.self) {
            try company.invoice(fromQuote: "D-2026-0001", deposit: true, on: try Self.date("2026-10-12"), language: .french, into: ledger)
        }
        let decision = try ledger.decide(quote: "D-2026-0001", company: siren, .accepted, on: try Self.date("2026-10-09"))
        #expect(decision.status == .accepted)

        let depositInvoice = try company.invoice(fromQuote: "D-2026-0001", deposit: true, on: try Self.date("2026-10-12"),
                                                 language: .french, into: ledger)
        #expect(depositInvoice.record.number == "FA-2026-0001")
        #expect(depositInvoice.record.kind == .depositInvoice)
        #expect(depositInvoice.record.quote == "D-2026-0001")
        #expect(depositInvoice.record.netTotal == depositNet)
        #expect(depositInvoice.record.vatTotal == depositVAT)
        #expect(depositInvoice.record.grandTotal == deposit)
        #expect(depositInvoice.record.amountDue == deposit)
        let depositText = try Self.text(ofPDF: depositInvoice.record.file)
        #expect(depositText.contains("FA-2026-0001"))
        #expect(depositText.contains("D-2026-0001"))
        #expect(depositText.contains(Self.euros("1 459,80")), "\(depositText)")

        let balance = try company.invoice(fromQuote: "D-2026-0001", on: try Self.date("2026-11-16"), language: .french, into: ledger)
        #expect(balance.record.number == "F-2026-0001")
        #expect(balance.record.kind == .invoice)
        #expect(balance.record.quote == "D-2026-0001")
        #expect(balance.record.netTotal == net)
        #expect(balance.record.grandTotal == total)
        #expect(balance.record.amountDue == total - deposit)
        #expect(balance.record.amountDue == (try Self.decimal("3406.20")))
        #expect(balance.document.computed?.deductedDeposits.map(\.invoice.number) == ["FA-2026-0001"])
        let balanceText = try Self.text(ofPDF: balance.record.file)
        #expect(balanceText.contains("F-2026-0001"))
        #expect(balanceText.contains("FA-2026-0001"))
        for amount in ["4 866,00", "1 459,80", "3 406,20"] {
            #expect(balanceText.contains(Self.euros(amount)), "\(amount) in \(balanceText)")
        }

        // A credit note for the balance invoice, built in code.
        func creditNote(_ line: OrderLine) throws -> OrderInput {
            try OrderInput(Order(kind: .creditNote, date: try Self.date("2026-11-20"), currency: .euro, seller: Self.seller(company),
                                 buyer: try Self.buyer(), lines: [line], paymentTerms: .onReceipt,
                                 creditedInvoice: DocumentReference(number: balance.record.number, date: balance.record.date)),
                           name: "credit note in code")
        }
        // Crediting more than the invoice's total is refused, and no number is consumed.
        let tooMuch = try creditNote(OrderLine(description: "Tout et plus encore", quantity: 1, unitPrice: try Self.decimal("5000.00"),
                                               vatRate: 20, nature: .services))
        let refusal = #expect(throws: InputError.self) {
            try company.issue(tooMuch, language: .french, into: ledger)
        }
        #expect(refusal?.field == "lines")
        #expect(refusal?.source == "credit note in code")
        #expect(refusal?.reason.contains("more than the invoice's 4866.00") == true, "\(String(describing: refusal))")

        let credit = try company.issue(creditNote(OrderLine(description: "Livres de présentation retournés", quantity: 10,
                                                            unitPrice: try Self.decimal("12.00"), vatRate: try Self.decimal("5.5"))),
                                       language: .french, into: ledger)
        #expect(credit.record.number == "AV-2026-0001")
        #expect(credit.record.kind == .creditNote)
        #expect(credit.record.credited == "F-2026-0001")
        // 10 × 12.00 = 120.00, + 6.60 VAT at 5.5 %.
        #expect(credit.record.netTotal == (try Self.decimal("120.00")))
        #expect(credit.record.vatTotal == (try Self.decimal("6.60")))
        #expect(credit.record.grandTotal == (try Self.decimal("126.60")))
        let creditText = try Self.text(ofPDF: credit.record.file)
        #expect(creditText.contains("AV-2026-0001"))
        #expect(creditText.contains("F-2026-0001"))
        #expect(creditText.contains(Self.euros("126,60")), "\(creditText)")

        #expect(try ledger.documents().map(\.number) == ["D-2026-0001", "FA-2026-0001", "F-2026-0001", "AV-2026-0001"])
        let standings = try LedgerStandings(ledger, on: credit.record.date)
        #expect(standings.invoice(balance.record)?.credited == (try Self.decimal("126.60")))
        #expect(standings.invoice(balance.record)?.due == balance.record.amountDue - (try Self.decimal("126.60")))
        #expect(standings.status(of: credit.record) == "credits F-2026-0001")
        for issued in [quote, depositInvoice, balance, credit] {
            let data = try Data(contentsOf: URL(fileURLWithPath: issued.record.file))
            #expect(SHA256Hex.of(data) == issued.record.pdfSHA256)
            #expect(Array(data) == issued.document.pdf)
        }

        let report = try LedgerVerification.run(ledger, rerender: true, engine: engine)
        #expect(report.isSound, "\(report.problems)")
        #expect(report.verification.documents == 4)
    }

    @Test func anOrderBuiltInCodeIsCheckedLikeAFile() throws {
        let engine = try RenderingEngine(resources: Self.root)
        let company = try Self.loadCompany(engine)
        var order = Order(kind: .invoice, date: try Self.date("2026-11-26"), deliveryDate: try Self.date("2026-11-20"), currency: .euro, seller: Self.seller(company),
                          buyer: try Self.buyer(),
                          lines: [OrderLine(description: "Rien", quantity: 0, unitPrice: try Self.decimal("10.00"), vatRate: 20)])
        let error = #expect(throws: InputError.self) { try OrderInput(order, name: "order in code") }
        #expect(error?.field == "lines[0].quantity")
        #expect(error?.source == "order in code")
        #expect(error?.description == "order in code: lines[0].quantity: must be more than 0, not 0")

        order.lines[0].quantity = 1
        let input = try OrderInput(order)
        #expect(input.order == order)
        #expect(try OrderInput(text: input.canonical.json, name: "again").order == order)
        #expect(try OrderInput(bytes: Array(input.canonical.json.utf8), name: "bytes").order == order)
        // A draft: no number, nothing recorded.
        let draft = try company.draft(input, language: .english)
        #expect(draft.facts.number == nil)
        #expect(draft.computed?.totals.grandTotal.amount == (try Self.decimal("12.00")))
        #expect(draft.pdf.starts(with: Array("%PDF-".utf8)))
    }

    /// A finishing step appending a PDF comment after the drawing.
    struct AppendComment: FinishingStep {
        static let comment = Array("%finished\n".utf8)

        func finish(_ pdf: [UInt8], of document: DocumentFacts) throws -> [UInt8] {
            pdf + Self.comment
        }
    }

    @Test func theLedgerKeepsTheFinishedBytes() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let engine = try RenderingEngine(resources: Self.root)
        let company = try Self.loadCompany(engine)
        let finishing = Finishing([AppendComment()])
        company.finishing = finishing
        let ledger = try Ledger(path: folder.appendingPathComponent("ledger.sqlite").path)
        let order = Order(kind: .invoice, date: try Self.date("2026-11-26"), deliveryDate: try Self.date("2026-11-20"), currency: .euro, seller: Self.seller(company),
                          buyer: try Self.buyer(),
                          lines: [OrderLine(description: "Audit", quantity: 2, unitPrice: try Self.decimal("450.10"), vatRate: 20,
                                            nature: .services)])
        let issued = try company.issue(OrderInput(order), language: .french, into: ledger)
        #expect(issued.record.number == "F-2026-0001")
        #expect(issued.record.grandTotal == (try Self.decimal("1080.24")))

        let data = try Data(contentsOf: URL(fileURLWithPath: issued.record.file))
        #expect(data.starts(with: Array("%PDF-".utf8)))
        #expect(Array(data.suffix(AppendComment.comment.count)) == AppendComment.comment)
        #expect(Array(data) == issued.document.pdf)
        #expect(SHA256Hex.of(data) == issued.record.pdfSHA256)
        // The drawing alone is not what was recorded.
        let unfinished = Array(data.dropLast(AppendComment.comment.count))
        #expect(SHA256Hex.of(unfinished) != issued.record.pdfSHA256)

        let finished = try LedgerVerification.run(ledger, rerender: true, finishing: finishing, engine: engine)
        #expect(finished.isSound, "\(finished.problems)")
        let unfinishedReport = try LedgerVerification.run(ledger, rerender: true, engine: engine)
        #expect(!unfinishedReport.isSound)
        #expect(unfinishedReport.problems.contains { $0.hasPrefix("F-2026-0001: re-rendered from its recorded input, it differs") },
                "\(unfinishedReport.problems)")
        // Without re-rendering, the file still matches its record.
        #expect(try LedgerVerification.run(ledger, rerender: false).isSound)
    }

    @Test func theCompanyIsTheSellerAndASellerThatDiffersIsRefusedNamingTheProfile() throws {
        let engine = try RenderingEngine(resources: Self.root)
        let company = try Self.loadCompany(engine)
        let lines = [OrderLine(description: "Audit", quantity: 2, unitCode: "DAY", unitPrice: 450, vatRate: 20, nature: .services)]
        // No seller: the company of the profile, its legal identity and its option for VAT on debits.
        let order = Order(kind: .invoice, date: try Self.date("2026-11-16"), deliveryDate: try Self.date("2026-11-13"), currency: .euro, buyer: try Self.buyer(), lines: lines)
        let computed = try company.compute(OrderInput(order, name: "sans-vendeur"))
        #expect(computed.seller == company.profile.seller)
        #expect(computed.mentions.contains { $0.id == .vatOnDebits })

        var other = order
        other.seller = Party(name: "Atelier Numérique", siren: try SIREN("443061841"), country: "FR")
        do {
            _ = try company.compute(OrderInput(other, name: "autre-vendeur"))
            Issue.record("another company's order was computed")
        } catch let error as InputError {
            #expect(error.source == "autre-vendeur" && error.field == "seller.siren")
            #expect(error.reason.contains("443 061 841 differs from the company profile \(Self.profilePath), whose siren is 912 345 618"), "\(error)")
        }
    }

    @Test func termsThatPrintAValueTheProfileLacksAreRefusedWhenTheCompanyIsLoaded() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let version = folder.appendingPathComponent("templates/terms/contact/2026-01-01")
        try FileManager.default.createDirectory(at: version, withIntermediateDirectories: true)
        try "# Terms\n\nWrite to {{company.email}}.\n".write(to: version.appendingPathComponent("en.folio"), atomically: true, encoding: .utf8)
        try "# Conditions\n\n{{#company.email}}Écrire à {{company.email}}.{{/company.email}}\n"
            .write(to: version.appendingPathComponent("fr.folio"), atomically: true, encoding: .utf8)
        let profile = """
            legalName: Atelier Numérique
            legalForm: SAS
            siren: "912345618"
            vatNumber: FR88912345618
            address: {lines: [12 rue des Imprimeurs], postcode: "75011", city: Paris, country: FR}
            court: Tribunal des activités économiques de Paris
            templates: templates
            defaultTerms: terms/contact
            """
        let engine = try RenderingEngine(resources: Self.root)
        do {
            _ = try Company(profileText: profile, folder: folder, name: "contact.yaml", engine: engine)
            Issue.record("the terms would print « Write to . »")
        } catch let error as InputError {
            // The English text prints it unguarded; the French one only when it is given.
            #expect(error.source == "contact.yaml" && error.field == "email")
            #expect(error.reason.contains("terms/contact@2026-01-01") && error.reason.contains("en.folio:3"), "\(error)")
        }
        let withEmail = try Company(profileText: profile + "\nemail: contact@atelier.example", folder: folder, name: "contact.yaml", engine: engine)
        let terms = try withEmail.terms("terms/contact", at: try Self.date("2026-06-01"), languages: [.english])
        #expect(try Self.text(ofPDF: try Self.write(terms.pdf, folder)).contains("Write to contact@atelier.example."))
    }

    static func write(_ bytes: [UInt8], _ folder: URL) throws -> String {
        let path = folder.appendingPathComponent("\(UUID().uuidString).pdf").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}

@Suite("FolioDocuments: the legal redline")
struct RedlineLibraryTests {
    @Test("Two versions of the catalog compared from code, and their redline as a PDF")
    func termsRedline() throws {
        let company = try Company.load(PublicLibraryTests.profilePath)
        let redline = try company.termsRedline("terms/goods-and-software", from: try PublicLibraryTests.date("2026-01-01"),
                                               to: try PublicLibraryTests.date("2026-09-01"), language: .english)
        #expect(redline.old.effective == "2026-01-01" && redline.new.effective == "2026-09-01")
        #expect(redline.changes.filter { $0.changes == [.added] }.map(\.label) == ["4a", "7a"])
        #expect(redline.figures.map { "\($0.article): \($0.old ?? "-") → \($0.new ?? "-")" }.last == "9: - → twelve months")
        let pdf = try company.redlinePDF(redline, changesOnly: true)
        #expect(pdf.pageCount >= 2)
        let folder = try PublicLibraryTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("redline.pdf").path
        try pdf.write(to: path)
        let text = try PublicLibraryTests.text(ofPDF: path)
        #expect(text.contains("Comparison of terms") && text.contains("twelve months"))
    }

    @Test("Markdown read and compared without a company: a renumbered article and its references are no change")
    func markdown() {
        let old = MarkdownTerms.read("# T\n\n## 1. Orders\n\nAn order binds the Client once confirmed.\n\n## 2. Payment\n\nPayable within 30 days, see article 1.\n")
        let new = MarkdownTerms.read("# T\n\n## 1. Scope\n\nThese terms apply to every sale made online.\n\n## 2. Orders\n\nAn order binds the Client once confirmed.\n\n## 3. Payment\n\nPayable within 45 days, see article 2.\n")
        let redline = TermsComparison.compare(old, new, old: RedlineVersion(name: "old"), new: RedlineVersion(name: "new"))
        #expect(redline.changes.map(\.changes) == [[.added], [.renumbered], [.modified, .renumbered]])
        #expect(redline.figures.map { "\($0.old ?? "") → \($0.new ?? "")" } == ["30 days → 45 days"])
    }
}
