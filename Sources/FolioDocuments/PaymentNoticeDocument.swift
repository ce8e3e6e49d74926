import FolioCore
import FolioLedger
import FolioTemplates
import Foundation

/// A letter claiming an unpaid invoice.
public enum NoticeKind: String, Sendable, Hashable, CaseIterable {
    case reminder
    case formalNotice = "formal-notice"

    /// A reminder leaves 15 days; a formal notice 8, the usual delay before going to court.
    public var defaultDeadlineDays: Int { self == .reminder ? 15 : 8 }

    var template: String { self == .reminder ? "reminder" : "formal-notice" }

    var recorded: NoticeRecord.Kind { self == .reminder ? .reminder : .formalNotice }
}

/// A notice recorded in the ledger, and its rendering.
public struct SentNotice: Sendable {
    public let record: NoticeRecord
    public let document: RenderedDocument
}

extension Company {
    /// A reminder or formal notice for an invoice of the ledger, dated `date`, recorded in the
    /// ledger with its PDF beside the invoice's: the principal is what is still unpaid that day
    /// after every credit note and payment recorded, and penalties run each day on what was unpaid
    /// that day (see ``OutstandingBalance``). To a consumer, nothing runs before a formal notice:
    /// interest at the legal rate runs from the first formal notice of the ledger dated before this
    /// letter, and a first formal notice claims the principal alone.
    ///
    /// ```swift
    /// let sent = try company.notice(.reminder, invoice: "F-2026-0001", in: ledger,
    ///                               on: CalendarDate("2026-11-26")!, language: .french)
    /// sent.record.total      // principal + penalties + indemnity
    /// ```
    ///
    /// - Throws: ``InputError`` when the invoice is not in the ledger, not overdue on `date`, paid,
    ///   or already claimed by a notice of this kind that day. Nothing is written then.
    public func notice(_ kind: NoticeKind, invoice number: String, in ledger: Ledger, on date: CalendarDate,
                       deadlineDays: Int? = nil, language: DocumentLanguage, file: String? = nil,
                       signing: SigningChoice = .automatic) throws -> SentNotice {
        let siren = profile.ledgerKey
        var rendered: RenderedDocument?
        do {
            guard let invoice = try ledger.document(number: number, company: siren) else {
                throw InputError(source: number, "no invoice \(number) of \(profile.legalName) in \(ledger.path) (an invoice issued elsewhere: give its order file)")
            }
            let path = file ?? Self.noticeFile(of: invoice, kind: kind, on: date)
            let record = try ledger.recordNotice(invoice: number, company: siren, on: date, file: path) { account in
                let (content, drawn) = try notice(kind, account: account, on: date, deadlineDays: deadlineDays, language: language)
                let document = try signed(drawn, choice: signing)
                rendered = document
                return (content, document.pdf)
            }
            guard let rendered else { throw LedgerUnavailable("\(ledger.path): recorded a notice without rendering it") }
            return SentNotice(record: record, document: rendered)
        } catch let violation as RuleViolation {
            throw InputError(source: number, violation.reason)
        }
    }

    /// The same letter as ``notice(_:invoice:in:on:deadlineDays:language:file:)``, rendered but not
    /// recorded: a translation of a notice sent, or a preview before sending it.
    public func previewNotice(_ kind: NoticeKind, invoice number: String, in ledger: Ledger, on date: CalendarDate,
                              deadlineDays: Int? = nil, language: DocumentLanguage) throws -> RenderedDocument {
        do {
            let account = try ledger.account(invoice: number, company: profile.ledgerKey).asOf(date)
            return try notice(kind, account: account, on: date, deadlineDays: deadlineDays, language: language).1
        } catch let violation as RuleViolation {
            throw InputError(source: number, violation.reason)
        }
    }

    /// The notice of an invoice's account on a day: what it claims, and its rendering.
    private func notice(_ kind: NoticeKind, account: Ledger.InvoiceAccount, on date: CalendarDate, deadlineDays: Int?,
                        language: DocumentLanguage) throws -> (NoticeRecord, RenderedDocument) {
        let number = account.invoice.number
        let computed = try RecordedOrders(rates: rates).computed(account.invoice)
        let currency = computed.order.currency
        let balance = account.balance(in: currency)
        let notice: PaymentNotice
        do throws(InvalidField) {
            notice = try PaymentNotice(invoice: computed, on: date, deadlineDays: deadlineDays ?? kind.defaultDeadlineDays,
                                       balance: balance, credited: Money(rounding: account.credited, in: currency),
                                       paid: Money(rounding: account.paid, in: currency), rates: rates,
                                       // A French consumer owes interest from the first formal notice sent (C. civ. 1231-6,
                                       // 1344-1); a German debtor is in default from a sooner reminder (§ 286 Abs. 1 BGB).
                                       formalNotice: computed.penaltyRule.flatMap { account.noticeStartingInterest(before: date, rule: $0) })
        } catch { throw InputError(source: number, error) }
        let document = try render(kind, notice: notice, number: number, language: language)
        let indemnity = notice.penalty.recoveryIndemnity.flatMap { $0.currency == currency ? $0.amount : nil } ?? .zero
        let content = NoticeRecord(company: account.invoice.company, invoice: number, kind: kind.recorded, date: date,
                                   deadline: notice.deadline, currency: currency.code, principal: notice.principal.amount,
                                   interest: notice.penalty.interest.amount, indemnity: indemnity,
                                   total: notice.total.amount, language: language.rawValue)
        return (content, document)
    }

    /// A payment reminder or a formal notice for an invoice known only from its order data — one
    /// issued elsewhere, not in the ledger; the letter says so. Penalties run from the day after the
    /// due date to the letter's date, plus the recovery indemnity.
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
        return try render(kind, notice: notice, number: number, language: language)
    }

    private func render(_ kind: NoticeKind, notice: PaymentNotice, number: String?, language: DocumentLanguage) throws -> RenderedDocument {
        let computed = notice.invoice
        let values = DocumentValues(computed: computed, company: profile, language: language, number: number)
        let filled = values.values(notice: notice)
        let name = kind == .reminder ? language.words(fr: "Relance", en: "Payment reminder", de: "Zahlungserinnerung")
                                     : language.words(fr: "Mise en demeure", en: "Formal notice", de: "Mahnung")
        let title = "\(name) — \(values.documentTitle)"
        let facts = DocumentFacts(kind: kind == .reminder ? .reminder : .formalNotice, title: title, date: notice.date,
                                  language: language, number: nil, computed: computed)
        return try render([DocumentComposer.Part(template: documentTemplate(named: kind.template), languages: [language]) { _, _ in filled }],
                          description: .init(title: title, author: profile.legalName,
                                             subject: "\(title) — \(computed.order.buyer.name)", date: notice.date, language: language,
                                             legalLanguage: profile.law.legalLanguage),
                          facts: facts)
    }

    /// `F-2026-0001.reminder.2026-11-26.pdf` beside the invoice's PDF.
    static func noticeFile(of invoice: IssuedDocument, kind: NoticeKind, on date: CalendarDate) -> String {
        let folder = URL(fileURLWithPath: invoice.file).deletingLastPathComponent()
        let base = String(fileName(of: invoice.number).dropLast(4))
        return folder.appendingPathComponent("\(base).\(kind.rawValue).\(date).pdf").path
    }
}
