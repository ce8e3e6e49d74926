import ArgumentParser
import FolioDocuments
import Foundation

/// `folio notice reminder|formal-notice INVOICE --at DATE`: a letter claiming an unpaid invoice.
struct NoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice",
        abstract: "Write a payment reminder or a formal notice (mise en demeure) for an unpaid invoice.",
        discussion: """
            Give the number of an invoice of the ledger: the letter claims what is still unpaid after \
            every credit note and payment recorded, is recorded in the ledger, and its PDF is written \
            beside the invoice's. For an invoice issued elsewhere, give its order file instead (with \
            --number and, if part was paid, --unpaid); the letter says it is not in the ledger.
            Penalties run from the day after the due date to the letter's date, each day on what was \
            unpaid that day, at the invoice's rate (raised to 3 × the legal interest rate for a \
            business debtor when lower), plus the 40 € recovery indemnity (C. com. L441-10, D441-5).
            Examples:
              folio notice reminder F-2026-0001 --at 2026-11-26
              folio notice formal-notice F-2026-0001 --at 2026-12-10 --lang en
              folio notice reminder old-invoice.yaml --number 2025-118 --at 2026-11-26
            """)

    @Argument(help: "reminder or formal-notice.")
    var kind: NoticeKind

    @Argument(help: "The unpaid invoice: its number in the ledger, or its order file (YAML or JSON) if issued elsewhere.")
    var invoice: String

    @Option(help: "The letter's date (YYYY-MM-DD); penalties are computed to it.")
    var at: String

    @Option(help: "Days given to pay (default: 15 for a reminder, 8 for a formal notice).")
    var deadlineDays: Int?

    @Option(help: "With an order file: the amount still unpaid, when part was paid (default: the whole amount due).")
    var unpaid: String?

    @Option(help: "With an order file: the invoice's number, as issued.")
    var number: String?

    @Option(help: "With a number: the ledger (default: $FOLIO_LEDGER, else out/folio-ledger.sqlite).")
    var ledger: String?

    @OptionGroup var options: DocumentOptions

    @Flag(inversion: .prefixedNo, help: "Sign the letter with the profile's certificate (PAdES); letters are not signed by default.")
    var sign = false

    /// An order file names a file that exists; anything else is an invoice number.
    private var isOrderFile: Bool { FileManager.default.fileExists(atPath: invoice) }

    mutating func validate() throws {
        if !isOrderFile, unpaid != nil || number != nil {
            throw ValidationError("--unpaid and --number go with an order file; for an invoice of the ledger, payments are recorded with « folio ledger pay »")
        }
        if isOrderFile, ledger != nil {
            throw ValidationError("--ledger goes with an invoice number, not an order file")
        }
    }

    mutating func run() throws {
        let date = try CalendarDate.option(at, "--at") ?? .today()
        let company = try Company.load(options.company)
        let language = try options.language(of: company)
        guard isOrderFile else {
            let ledger = try Ledger.named(ledger, existing: true)
            let sent = try company.notice(kind, invoice: invoice, in: ledger, on: date, deadlineDays: deadlineDays,
                                          language: language, file: options.output, signing: sign ? .sign : .doNotSign)
            let record = sent.record
            print("Wrote \(record.file) (\(pages(sent.document.pageCount))): \(record.kind.rawValue) for \(record.invoice), \(record.principal) \(record.currency) still due + \(record.interest) penalties + \(record.indemnity) indemnity = \(record.total) \(record.currency), to pay by \(record.deadline); recorded in \(ledger.path)")
            return
        }
        var unpaidAmount: ExactDecimal?
        if let unpaid {
            guard let value = ExactDecimal(unpaid) else { throw ValidationError("--unpaid: \"\(unpaid)\" is not an amount") }
            unpaidAmount = value
        }
        let path = options.output ?? DocumentOptions.defaultOutput(for: invoice, suffix: "\(kind.rawValue).\(language.rawValue)")
        let letter = try company.signed(company.notice(kind, for: OrderInput(file: invoice), number: number, on: date,
                                                       deadlineDays: deadlineDays, unpaid: unpaidAmount, language: language),
                                        choice: sign ? .sign : .doNotSign)
        try letter.write(to: path)
        print("Wrote \(path) (\(pages(letter.pageCount)); \(letter.templateVersions.joined(separator: ", ")))")
    }
}

extension NoticeKind: ExpressibleByArgument {}
