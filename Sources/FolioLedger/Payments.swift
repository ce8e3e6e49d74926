import FolioCore
import Foundation

extension Ledger {
    /// What an invoice still owes, from the ledger's own records: its amount due, less its credit
    /// notes and the payments received (all of them, or those dated on or before `date`).
    public struct InvoiceAccount: Sendable, Hashable {
        public let invoice: IssuedDocument
        /// The credit notes citing the invoice, in order of issue.
        public let creditNotes: [IssuedDocument]
        public let payments: [Payment]
        public let notices: [NoticeRecord]

        /// Σ of the credit notes' totals including VAT.
        public var credited: ExactDecimal { inCurrency(creditNotes.reduce(.zero) { $0 + $1.grandTotal }) }
        public var paid: ExactDecimal { inCurrency(payments.reduce(.zero) { $0 + $1.amount }) }
        /// The invoice's amount due (after any deposits deducted), less credits and payments; never below zero.
        public var stillDue: ExactDecimal { inCurrency(max(.zero, invoice.amountDue - credited - paid)) }

        /// With the currency's decimals (« 0.00 », not « 0 »).
        private func inCurrency(_ value: ExactDecimal) -> ExactDecimal {
            value.rounded(toPlaces: Currency(code: invoice.currency)?.minorUnit ?? 2)
        }

        /// What was unpaid day by day: the amount due, reduced by each credit note and payment on its date.
        public func balance(in currency: Currency) -> OutstandingBalance {
            var balance = OutstandingBalance(Money(rounding: invoice.amountDue, in: currency))
            for note in creditNotes { balance.reduce(by: Money(rounding: note.grandTotal, in: currency), on: note.date) }
            for payment in payments { balance.reduce(by: Money(rounding: payment.amount, in: currency), on: payment.date) }
            return balance
        }

        /// The account as it stood at the end of `date`: credit notes, payments and notices dated later left out.
        public func asOf(_ date: CalendarDate) -> InvoiceAccount {
            InvoiceAccount(invoice: invoice, creditNotes: creditNotes.filter { $0.date <= date },
                           payments: payments.filter { $0.date <= date }, notices: notices.filter { $0.date <= date })
        }
    }

    /// The account of one invoice of a company: its credit notes, payments and notices.
    /// - Throws: ``RuleViolation`` when no invoice of that number was issued.
    public func account(invoice number: String, company: String) throws -> InvoiceAccount {
        try store.read { try Self.account(invoice: number, company: company, $0) }
    }

    /// The accounts of every invoice and deposit invoice, in order of issue.
    public func accounts(company: String? = nil) throws -> [InvoiceAccount] {
        try store.read { ledger in
            let credits = Dictionary(grouping: try ledger.documents(DocumentFilter(kinds: [.creditNote]))) { "\($0.company) \($0.credited ?? "")" }
            let payments = Dictionary(grouping: try ledger.payments(company: nil, invoice: nil)) { "\($0.company) \($0.invoice)" }
            let notices = Dictionary(grouping: try ledger.notices(company: nil, invoice: nil)) { "\($0.company) \($0.invoice)" }
            return try ledger.documents(DocumentFilter(company: company, kinds: [.invoice, .depositInvoice])).map { invoice in
                let key = "\(invoice.company) \(invoice.number)"
                return InvoiceAccount(invoice: invoice, creditNotes: credits[key] ?? [], payments: payments[key] ?? [],
                                      notices: notices[key] ?? [])
            }
        }
    }

    static func account(invoice number: String, company: String, _ ledger: any LedgerReading) throws -> InvoiceAccount {
        guard let invoice = try ledger.documents(DocumentFilter(company: company, number: number)).first else {
            throw RuleViolation("no document \(number) in the ledger")
        }
        guard invoice.kind == .invoice || invoice.kind == .depositInvoice else {
            throw RuleViolation("\(number) is \(invoice.kind.withArticle), not an invoice")
        }
        let credits = try ledger.documents(DocumentFilter(company: company, kinds: [.creditNote], credited: number))
        let payments = try ledger.payments(company: company, invoice: number)
        let notices = try ledger.notices(company: company, invoice: number)
        return InvoiceAccount(invoice: invoice, creditNotes: credits, payments: payments, notices: notices)
    }

    /// Records a payment received for an invoice, once; it is never changed.
    ///
    /// Refused when the document is not an invoice (a quote is not paid), when the day is before the
    /// invoice's date, when the amount is not positive or has more decimals than the currency, and
    /// when it is more than what is still due after credit notes and earlier payments.
    public func pay(invoice number: String, company: String, amount: ExactDecimal, on date: CalendarDate,
                    method: String? = nil, reference: String? = nil) throws -> Payment {
        try store.write { ledger -> Payment in
            try Self.pay(invoice: number, company: company, amount: amount, on: date, method: method, reference: reference, ledger)
        }
    }

    /// Records several payments (a bank statement) in one transaction: all of them, or none when
    /// any is refused — the error then names the payment by its position (1, 2, 3…).
    public func pay(_ payments: [Payment]) throws -> [Payment] {
        try store.write { ledger -> [Payment] in
            var recorded: [Payment] = []
            for (index, payment) in payments.enumerated() {
                do {
                    recorded.append(try Self.pay(invoice: payment.invoice, company: payment.company, amount: payment.amount,
                                                 on: payment.date, method: payment.method, reference: payment.reference, ledger))
                } catch let violation as RuleViolation {
                    throw PaymentRefused(index: index + 1, reason: violation.reason)
                }
            }
            return recorded
        }
    }

    private static func pay(invoice number: String, company: String, amount: ExactDecimal, on date: CalendarDate,
                            method: String?, reference: String?, _ ledger: any LedgerTransaction) throws -> Payment {
        let account = try account(invoice: number, company: company, ledger)
        let invoice = account.invoice
        guard date >= invoice.date else {
            throw RuleViolation("\(date) is before the invoice's date \(invoice.date): a payment cannot precede its invoice")
        }
        let places = Currency(code: invoice.currency)?.minorUnit ?? 2
        guard amount > .zero, !amount.hasMoreDecimals(than: places) else {
            throw RuleViolation("\(amount) is not an amount to pay: more than 0, at most \(places) decimals")
        }
        let due = account.stillDue
        guard due > .zero else {
            throw RuleViolation("\(number) has nothing left to pay (amount due \(invoice.amountDue), credited \(account.credited), paid \(account.paid) \(invoice.currency))")
        }
        guard amount <= due else {
            throw RuleViolation("\(amount) \(invoice.currency) is more than the \(due) \(invoice.currency) still due on \(number): an overpayment is not recorded as a payment")
        }
        var payment = Payment(company: company, invoice: number, date: date, amount: amount.rounded(toPlaces: places),
                              currency: invoice.currency, method: method, reference: reference)
        payment.position = try link(.payment, fields: payment.sealedFields, ledger)
        try ledger.insert(payment)
        return payment
    }

    /// Records a notice sent for an invoice and writes its PDF, in one transaction: `prepare` gets
    /// the invoice's account at the notice's date and returns the record's content and the PDF.
    /// The PDF is written to `file` through a `.partial` file, like an issued document.
    public func recordNotice(invoice number: String, company: String, on date: CalendarDate, file: String,
                             prepare: (InvoiceAccount) throws -> (NoticeRecord, [UInt8])) throws -> NoticeRecord {
        try recordLetter(at: file) { ledger in
            let account = try Self.account(invoice: number, company: company, ledger).asOf(date)
            var (record, pdf) = try prepare(account)
            if let earlier = account.notices.first(where: { $0.kind == record.kind && $0.date == date }) {
                throw RuleViolation("a \(earlier.kind.rawValue) for \(number) dated \(date) was already sent: \(earlier.file)")
            }
            record.company = company
            record.invoice = number
            record.date = date
            return (record, pdf)
        }
    }

    /// Every payment, in order of recording.
    public func payments(company: String? = nil) throws -> [Payment] {
        try store.read { try $0.payments(company: company, invoice: nil) }
    }

    /// Every notice, in order of recording.
    public func notices(company: String? = nil) throws -> [NoticeRecord] {
        try store.read { try $0.notices(company: company, invoice: nil) }
    }
}

/// A payment of a batch was refused: nothing of the batch is recorded.
public struct PaymentRefused: Error, Sendable, CustomStringConvertible {
    /// The payment's position in the batch, from 1.
    public let index: Int
    public let reason: String
    public var description: String { "payment \(index): \(reason)" }
}
