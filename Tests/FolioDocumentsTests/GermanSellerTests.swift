import FolioDocuments
import Foundation
import Testing

/// Seed 002 as written, a German GmbH: its orders issued into a ledger in German, rendered in English,
/// a payment reminder and a dunning letter with default interest, read back with pdftotext and qpdf.
@Suite("A German seller, end to end")
struct GermanSellerTests {
    static let root = PublicLibraryTests.root
    static let seed = root.appendingPathComponent("examples/seeds/002-azultek-webshop-de")

    static func input(_ name: String) throws -> OrderInput {
        try OrderInput(file: seed.appendingPathComponent("orders/\(name).yaml").path)
    }

    /// The seed's company with an empty ledger in a scratch folder (the caller removes the folder).
    static func seedCompany() throws -> (folder: URL, company: Company, ledger: Ledger) {
        let folder = try PublicLibraryTests.temporaryFolder()
        let engine = try RenderingEngine(resources: root)
        let company = try Company.load(seed.appendingPathComponent("profile.yaml").path, engine: engine)
        return (folder, company, try Ledger(path: folder.appendingPathComponent("ledger.sqlite").path))
    }

    static func qpdfCheck(_ path: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
        process.arguments = ["--check", path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test("Invoices in German: German law, identity of § 35a GmbHG, German formats; the English copy says the German version prevails")
    func invoices() throws {
        let (folder, company, ledger) = try Self.seedCompany()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(company.profile.law.jurisdiction == .germany && company.profile.ledgerKey == "DE136695976")

        // 44.70 € VAT included, 37.56 € net: the 5.00 € net small-order charge with 19 % VAT.
        let small = try company.issue(Self.input("02-business-small-order"), language: .german, into: ledger)
        #expect(small.record.number == "RE-2026-0001")
        #expect(small.record.grandTotal == (try PublicLibraryTests.decimal("50.65")))
        let smallText = try PublicLibraryTests.text(ofPDF: small.record.file)
        for expected in ["Rechnung", "RE-2026-0001", "USt-IdNr. DE136695976", "Amtsgericht Bielefeld, HRB 48213",
                         "Jonas Falkenrath", "Mindermengenzuschlag", "17. Februar 2026", "50,65 €", "§ 286 Abs. 3 BGB"] {
            #expect(smallText.contains(expected), "\(expected) in \(smallText)")
        }
        for french in ["SIREN", "RCS", "CGI", "TVA", "C. com."] {
            #expect(!smallText.contains(french), "\(french) in \(smallText)")
        }
        #expect(try Self.qpdfCheck(small.record.file) == 0)

        let export = try company.issue(Self.input("04-export-switzerland"), language: .german, into: ledger)
        #expect(try PublicLibraryTests.text(ofPDF: export.record.file).contains("Steuerfreie Ausfuhrlieferung"))

        let intraEU = try company.issue(Self.input("05-intra-eu-business-france"), language: .german, into: ledger)
        let intraText = try PublicLibraryTests.text(ofPDF: intraEU.record.file)
        #expect(intraText.contains("Steuerfreie innergemeinschaftliche Lieferung") && intraText.contains("FR33538329152"), "\(intraText)")
        #expect(intraEU.record.vatTotal == 0)

        let consumer = try company.issue(Self.input("01-consumer-cash-on-delivery"), language: .german, into: ledger)
        let consumerText = try PublicLibraryTests.text(ofPDF: consumer.record.file)
        #expect(consumerText.contains("Nachnahme") && consumerText.contains("§ 286 Abs. 3 BGB"), "\(consumerText)")
        #expect(!consumerText.contains("40,00 €"), "no lump sum from a consumer")

        let english = try company.render(try #require(small.document.facts.computed), language: .english, number: small.record.number)
        let englishPath = folder.appendingPathComponent("english.pdf").path
        try english.write(to: englishPath)
        let englishText = try PublicLibraryTests.text(ofPDF: englishPath)
        #expect(englishText.contains("the German version prevails") && englishText.contains("€50.65"), "\(englishText)")
        #expect(throws: (any Error).self) {
            try company.render(try #require(small.document.facts.computed), language: .french, number: small.record.number)
        }
    }

    @Test("A dunning letter (Mahnung) claims default interest from the 31st day and the 40 € lump sum")
    func mahnung() throws {
        let (folder, company, ledger) = try Self.seedCompany()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 4 × 229.00 + 4 × 99.00 + 19.90 shipping = 1,331.90 € VAT included, due on 2026-03-04 (on receipt); the 30th day after it is Good Friday 3 April, then
        // Easter Monday: default from Wednesday 8 April. Up to 22 April: 15 days at 1.27 + 9 = 10.27 %.
        let invoice = try company.issue(Self.input("03-business-above-threshold"), language: .german, into: ledger)
        let letter = try company.notice(.formalNotice, invoice: invoice.record.number, in: ledger,
                                        on: try PublicLibraryTests.date("2026-04-22"), language: .german)
        // 1,331.90 × 10.27 % × 15 / 365 = 5.6213… = 5.62.
        #expect(letter.record.principal == (try PublicLibraryTests.decimal("1331.90")))
        #expect(letter.record.interest == (try PublicLibraryTests.decimal("5.62")))
        #expect(letter.record.indemnity == 40)
        let text = try PublicLibraryTests.text(ofPDF: letter.record.file)
        #expect(text.contains("Mahnung") && text.contains("10,27 %") && text.contains("40,00 €"), "\(text)")
    }

    @Test("A reminder before the 30 days puts the debtor in default from the day after it (§ 286 Abs. 1 BGB)")
    func reminderBringsDefaultForward() throws {
        let (folder, company, ledger) = try Self.seedCompany()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 1,331.90 € due on 2026-03-04: without a reminder, in default from 8 April.
        let invoice = try company.issue(Self.input("03-business-above-threshold"), language: .german, into: ledger)
        let number = invoice.record.number
        // The first reminder, 20 March: nothing is owed yet, and no empty table of interest is printed.
        let first = try company.notice(.reminder, invoice: number, in: ledger, on: try PublicLibraryTests.date("2026-03-20"), language: .german)
        #expect(first.record.interest == 0 && first.record.indemnity == 0)
        let firstText = try PublicLibraryTests.text(ofPDF: first.record.file)
        #expect(!firstText.contains("Verzugszinsen im Einzelnen") && firstText.contains("keine angesetzt"), "\(firstText)")
        // The second, 31 March: in default since 21 March, 11 days at 1.27 + 9 = 10.27 %:
        // 1,331.90 × 10.27 % × 11 / 365 = 4.1223… = 4.12 €, and the lump sum, the debtor being a business.
        let second = try company.notice(.reminder, invoice: number, in: ledger, on: try PublicLibraryTests.date("2026-03-31"), language: .german)
        #expect(second.record.interest == (try PublicLibraryTests.decimal("4.12")))
        #expect(second.record.indemnity == 40)
        let text = try PublicLibraryTests.text(ofPDF: second.record.file).replacingOccurrences(of: "\u{AD}\n", with: "")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for expected in ["Mit unserer Zahlungsaufforderung vom 20. März 2026", "§ 286 Abs. 1 BGB", "vom 21. März 2026 bis 31. März 2026",
                         "11 Tage", "10,27 %", "4,12 €"] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        // In English too, from the same ledger.
        let english = try company.previewNotice(.reminder, invoice: number, in: ledger, on: try PublicLibraryTests.date("2026-03-31"), language: .english)
        let englishFile = folder.appendingPathComponent("reminder.en.pdf").path
        try english.write(to: englishFile)
        #expect(try PublicLibraryTests.text(ofPDF: englishFile).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .contains("With our request for payment of 20 March 2026"))
    }

    @Test("A consumer's quote at a distance: pre-contract information, the right of withdrawal and the statutory model form (Anlage 2 EGBGB)")
    func consumerQuote() throws {
        let (folder, company, ledger) = try Self.seedCompany()
        defer { try? FileManager.default.removeItem(at: folder) }
        let quote = try company.issue(Self.input("08-consumer-quote-distance"), language: .german, into: ledger)
        #expect(quote.record.number == "AN-2026-0001")
        let text = try PublicLibraryTests.text(ofPDF: quote.record.file).replacingOccurrences(of: "\u{AD}\n", with: "")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for expected in ["Vorvertragliche Informationen", "binnen vierzehn Tagen", "§ 312g Abs. 1, § 355 BGB",
                         "das diesem Angebot beigefügte Muster-Widerrufsformular", "Muster-Widerrufsformular",
                         "Hiermit widerrufe(n) ich/wir (*)", "Angebot Nr. AN-2026-0001 vom 23. November 2026",
                         "Unterschrift des/der Verbraucher(s) (nur bei Mitteilung auf Papier)", "(*) Unzutreffendes streichen",
                         "E-Rechnung an: jonas.weber@mail.example", "Gesamtbetrag brutto 614,80 €"] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        #expect(!text.contains("EM:jonas"))
    }
}
