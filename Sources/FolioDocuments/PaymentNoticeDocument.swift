import FolioCore
import FolioTemplates

/// A letter claiming an unpaid invoice.
public enum NoticeKind: String, Sendable, Hashable, CaseIterable {
    case reminder
    case formalNotice = "formal-notice"

    /// A reminder leaves 15 days; a formal notice 8, the usual delay before going to court.
    public var defaultDeadlineDays: Int { self == .reminder ? 15 : 8 }

    var template: String { self == .reminder ? "reminder" : "formal-notice" }
}

extension Company {
    /// A payment reminder or a formal notice for an unpaid invoice, dated `date`: penalties from the
    /// day after the due date to the letter's date, the recovery indemnity, the total and the deadline.
    ///
    /// ```swift
    /// let letter = try company.notice(.formalNotice, for: OrderInput(file: "examples/orders/01-domestic-several-rates.yaml"),
    ///                                 number: "F-2026-0001", on: CalendarDate("2026-06-22")!, language: .french)
    /// ```
    ///
    /// - Parameters:
    ///   - deadlineDays: days given to pay (default: the kind's own).
    ///   - unpaid: what is still unpaid when part was paid (default: the whole amount due).
    /// - Throws: ``InputError`` when the invoice is not overdue on `date`, the unpaid amount is not possible, or a
    ///   rate the penalties need is not in the company's ``rates`` (the error names the file and the line to add).
    public func notice(_ kind: NoticeKind, for input: OrderInput, number: String?, on date: CalendarDate,
                       deadlineDays: Int? = nil, unpaid: ExactDecimal? = nil, language: DocumentLanguage) throws -> RenderedDocument {
        let computed = try compute(input)
        let notice: PaymentNotice
        do {
            notice = try PaymentNotice(invoice: computed, on: date, deadlineDays: deadlineDays ?? kind.defaultDeadlineDays, unpaid: unpaid,
                                   rates: rates)
        } catch {
            throw InputError(source: input.name, error)
        }
        let values = DocumentValues(computed: computed, company: profile, language: language, number: number)
        let filled = values.values(notice: notice)
        let french = language == .french
        let name = kind == .reminder ? (french ? "Relance" : "Payment reminder") : (french ? "Mise en demeure" : "Formal notice")
        let title = "\(name) — \(values.documentTitle)"
        let facts = DocumentFacts(kind: kind == .reminder ? .reminder : .formalNotice, title: title, date: date,
                                  language: language, number: nil, computed: computed)
        return try render([DocumentComposer.Part(template: kind.template, languages: [language]) { _, _ in filled }],
                          description: .init(title: title, author: profile.legalName,
                                             subject: "\(title) — \(computed.order.buyer.name)", date: date, language: language),
                          facts: facts)
    }
}
