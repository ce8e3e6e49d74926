/// What a reminder or a formal notice claims for an unpaid invoice on a given day: the amount
/// unpaid, the penalties run since the due date, the recovery indemnity, and the deadline given.
///
/// ```swift
/// let notice = try PaymentNotice(invoice: computed, on: CalendarDate("2026-11-22")!, deadlineDays: 8)
/// notice.penalty.interest   // penalties from the day after the due date to 22 November 2026
/// notice.deadline           // 30 November 2026
/// ```
public struct PaymentNotice: Sendable, Hashable {
    public let invoice: ComputedOrder
    /// The day of the letter; penalties are counted to it.
    public let date: CalendarDate
    public let deadline: CalendarDate
    public let deadlineDays: Int
    public let dueDate: CalendarDate
    public let penalty: LatePaymentPenalty
    /// Unpaid amount + penalties + indemnity.
    public let total: Money

    /// - Parameters:
    ///   - unpaid: what is still unpaid when part was paid; the amount due otherwise.
    ///   - rates: the rates penalties are computed with (a company's ``RateBook``; this release's tables by default).
    public init(invoice: ComputedOrder, on date: CalendarDate, deadlineDays: Int, unpaid: ExactDecimal? = nil,
                rates: RateBook = .builtIn) throws(InvalidField) {
        guard invoice.order.kind == .invoice || invoice.order.kind == .depositInvoice,
              let dueDate = invoice.dueDate, let rule = invoice.penaltyRule else {
            throw InvalidField("kind", "a payment notice is for an unpaid invoice, not \(invoice.order.kind.withArticle)")
        }
        guard date > dueDate else {
            throw InvalidField("date", "the invoice is not overdue on \(date): it is due on \(dueDate)")
        }
        guard (1...90).contains(deadlineDays) else {
            throw InvalidField("deadline", "give between 1 and 90 days to pay, not \(deadlineDays)")
        }
        let due = invoice.totals.amountDue
        let principal = unpaid.map { Money(rounding: $0, in: due.currency) } ?? due
        guard principal.amount > .zero, principal.amount <= due.amount else {
            throw InvalidField("unpaid", "the unpaid amount must be more than 0 and at most the amount due (\(due.amount))")
        }
        let penalty: LatePaymentPenalty
        do {
            penalty = try LatePaymentPenalty.compute(principal: principal, dueDate: dueDate, paymentDate: date, rule: rule, rates: rates)
        } catch { throw InvalidField("latePayment", error.reason) }
        self.invoice = invoice
        self.date = date
        self.deadlineDays = deadlineDays
        self.deadline = date.adding(days: deadlineDays)
        self.dueDate = dueDate
        self.penalty = penalty
        // The indemnity is in euros; an invoice in another currency claims it separately.
        let indemnity = penalty.recoveryIndemnity.flatMap { $0.currency == principal.currency ? $0 : nil }
        total = principal + penalty.interest + (indemnity ?? .zero(principal.currency))
    }
}
