import ArgumentParser
import FolioDocuments

/// `folio notice reminder|formal-notice ORDER --at DATE`: a letter claiming an unpaid invoice.
struct NoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice",
        abstract: "Write a payment reminder or a formal notice (mise en demeure) for an unpaid invoice.",
        discussion: """
            Penalties run from the day after the due date to the letter's date, at the invoice's rate \
            (raised to 3 × the legal interest rate for a business debtor when lower), plus the 40 € \
            recovery indemnity (C. com. L441-10, D441-5). Examples:
              folio notice reminder examples/orders/01-domestic-several-rates.yaml \\
                  --number F-2026-0001 --at 2026-06-15
              folio notice formal-notice examples/orders/01-domestic-several-rates.yaml \\
                  --number F-2026-0001 --at 2026-07-20 --lang en
            """)

    @Argument(help: "reminder or formal-notice.")
    var kind: NoticeKind

    @Argument(help: "The unpaid invoice's order data, YAML or JSON.")
    var order: String

    @Option(help: "The letter's date (YYYY-MM-DD); penalties are computed to it.")
    var at: String

    @Option(help: "Days given to pay (default: 15 for a reminder, 8 for a formal notice).")
    var deadlineDays: Int?

    @Option(help: "The amount still unpaid, when part was paid (default: the whole amount due).")
    var unpaid: String?

    @Option(help: "The unpaid invoice's number, as issued.")
    var number: String?

    @OptionGroup var options: DocumentOptions

    mutating func run() throws {
        let language = try options.language()
        guard let date = CalendarDate(at) else { throw ValidationError("--at: \"\(at)\" is not a date (YYYY-MM-DD)") }
        var unpaidAmount: ExactDecimal?
        if let unpaid {
            guard let value = ExactDecimal(unpaid) else { throw ValidationError("--unpaid: \"\(unpaid)\" is not an amount") }
            unpaidAmount = value
        }
        let company = try Company.load(options.company)
        let path = options.output ?? DocumentOptions.defaultOutput(for: order, suffix: "\(kind.rawValue).\(language.rawValue)")
        let letter = try company.notice(kind, for: OrderInput(file: order), number: number, on: date, deadlineDays: deadlineDays,
                                        unpaid: unpaidAmount, language: language)
        try letter.write(to: path)
        print("Wrote \(path) (\(pages(letter.pageCount)); \(letter.templateVersions.joined(separator: ", ")))")
    }
}

extension NoticeKind: ExpressibleByArgument {}
