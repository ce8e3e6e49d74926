import ArgumentParser
import FolioCore
import FolioTemplates
import Foundation

/// `folio notice reminder|formal-notice ORDER --at DATE`: a letter claiming an unpaid invoice.
struct NoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice",
        abstract: "Write a payment reminder or a formal notice (mise en demeure) for an unpaid invoice.",
        discussion: """
            Penalties run from the day after the due date to the letter's date, at the invoice's rate \
            (raised to 3 × the legal interest rate for a business debtor when lower), plus the 40 € \
            recovery indemnity (C. com. L441-10, D441-5). Examples:
              folio notice reminder examples/orders/01-domestic-several-rates.yaml --number F-2026-0001 --at 2026-06-15
              folio notice formal-notice examples/orders/01-domestic-several-rates.yaml --number F-2026-0001 --at 2026-07-20 --lang en
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case reminder
        case formalNotice = "formal-notice"

        /// A reminder leaves 15 days; a formal notice 8, the usual delay before going to court.
        var defaultDeadlineDays: Int { self == .reminder ? 15 : 8 }
    }

    @Argument(help: "reminder or formal-notice.")
    var kind: Kind

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
        let company = try CompanySetup.load(options.company)
        let path = options.output ?? DocumentWriting.defaultOutput(for: order, suffix: "\(kind.rawValue).\(language.rawValue)")
        let composed = try Self.compose(kind, orderFile: order, on: date, deadlineDays: deadlineDays ?? kind.defaultDeadlineDays,
                                        unpaid: unpaidAmount, number: number, language: language, company: company)
        let pages = try DocumentWriting.write(composed, typesetter: company.typesetter, to: path)
        print("Wrote \(path) (\(pages) page\(pages == 1 ? "" : "s"); \(composed.versions.map(\.identity).joined(separator: ", ")))")
    }

    /// The letter for the unpaid invoice of an order, on a given day.
    static func compose(_ kind: Kind, orderFile: String, on date: CalendarDate, deadlineDays: Int, unpaid: ExactDecimal?,
                        number: String?, language: DocumentLanguage, company: CompanySetup) throws -> DocumentComposer.Composed {
        let computed = try company.compute(orderFile: orderFile)
        let notice: PaymentNotice
        do {
            notice = try PaymentNotice(invoice: computed, on: date, deadlineDays: deadlineDays, unpaid: unpaid)
        } catch {
            throw InputFailure(file: orderFile, error)
        }
        let values = DocumentValues(computed: computed, company: company.profile, language: language, number: number)
        let filled = values.values(notice: notice)
        let french = language == .french
        let name = kind == .reminder ? (french ? "Relance" : "Payment reminder") : (french ? "Mise en demeure" : "Formal notice")
        let title = "\(name) — \(values.documentTitle)"
        let template = kind == .reminder ? "reminder" : "formal-notice"
        return try DocumentWriting.compose(company, [DocumentComposer.Part(template: template, languages: [language]) { _, _ in filled }],
                                           description: .init(title: title, author: company.profile.legalName,
                                                              subject: "\(title) — \(computed.order.buyer.name)",
                                                              date: date, language: language))
    }
}
