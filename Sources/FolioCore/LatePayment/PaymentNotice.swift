/// What a reminder or a formal notice claims for an unpaid invoice on a given day: the amount
/// still unpaid after credit notes and payments, the penalties run since the due date, the
/// recovery indemnity, and the deadline given.
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
    /// The invoice's amount due (after any deposit deducted).
    public private(set) var invoiceAmount: Money
    /// Credit notes and payments dated on or before the letter.
    public let credited: Money
    public let paid: Money
    /// What is still unpaid on the letter's date: the principal claimed.
    public let principal: Money
    public let penalty: LatePaymentPenalty
    /// Principal + penalties + indemnity.
    public let total: Money
    /// The invoice is not in the ledger: its amounts are as the caller stated them.
    public let issuedElsewhere: Bool
    /// The day of the notice sent before this letter from which interest has run: a French
    /// consumer's first formal notice (nil: none was sent, so a formal notice starts it on its own
    /// day), or the German reminder that put the debtor in default before the 30 days.
    // C. civ. 1231-6, 1344-1; § 286 Abs. 1 BGB.
    public let earlierFormalNotice: CalendarDate?

    /// German law: the day of the earlier notice that put the debtor in default before the 30 days.
    // § 286 Abs. 1 BGB.
    public var defaultSinceEarlierNotice: CalendarDate? {
        guard invoice.penaltyRule?.start == .thirtyDaysAfterDueDate, let since = earlierFormalNotice,
              since < GermanLaw.lastDayBeforeDefault(dueDate: dueDate) else { return nil }
        return since
    }

    /// The debtor is a consumer: no penalty before a formal notice, then interest at the legal rate.
    public var isToConsumer: Bool { invoice.penaltyRule?.start == .formalNotice }

    /// A notice for an invoice known only from its order data (issued elsewhere).
    ///
    /// - Parameters:
    ///   - unpaid: what is still unpaid when part was paid; the amount due otherwise.
    ///   - rates: the rates penalties are computed with (a company's ``RateBook``; this release's tables by default).
    ///   - formalNotice: the day of a notice sent before from which interest runs: a French consumer's
    ///     formal notice (at the legal rate), a German debtor's reminder sooner than the 30 days.
    public init(invoice: ComputedOrder, on date: CalendarDate, deadlineDays: Int, unpaid: ExactDecimal? = nil,
                rates: RateBook = .builtIn, formalNotice: CalendarDate? = nil) throws(InvalidField) {
        let due = invoice.totals.amountDue
        let principal = unpaid.map { Money(rounding: $0, in: due.currency) } ?? due
        guard principal.amount > .zero, principal.amount <= due.amount else {
            throw InvalidField("unpaid", "the unpaid amount must be more than 0 and at most the amount due (\(due.amount))")
        }
        // Without the ledger, the unpaid amount is taken as unpaid since the due date.
        try self.init(invoice: invoice, on: date, deadlineDays: deadlineDays, balance: OutstandingBalance(principal),
                      credited: .zero(due.currency), paid: due - principal, issuedElsewhere: true, rates: rates,
                      formalNotice: formalNotice)
        invoiceAmount = due
    }

    /// A notice for an invoice of the ledger: `balance` is its amount due reduced by each credit
    /// note and payment on its date; `credited` and `paid` are their sums up to the letter's date.
    ///
    /// To a business, penalties run from the day after the due date at the agreed rate, with the
    /// recovery indemnity. To a consumer, nothing runs before a formal notice: `formalNotice` is the
    /// day of the first one sent before this letter (from the ledger), and interest at the legal rate
    /// runs from it to the letter's date; without one, the letter claims the principal alone.
    // C. com. L441-10 (businesses); C. civ. 1231-6, 1344-1 (consumers).
    public init(invoice: ComputedOrder, on date: CalendarDate, deadlineDays: Int, balance: OutstandingBalance,
                credited: Money, paid: Money, issuedElsewhere: Bool = false, rates: RateBook = .builtIn,
                formalNotice: CalendarDate? = nil) throws(InvalidField) {
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
        let principal = balance.amount(after: date)
        guard principal.amount > .zero else {
            throw InvalidField("unpaid", "nothing is left to pay on \(date): credited \(credited.amount), paid \(paid.amount) of \(balance.initial.amount) \(balance.initial.currency.code)")
        }
        // Only a notice dated before this letter has started interest running, and only where the rule
        // lets a notice start it: a French consumer's formal notice, a German reminder (§ 286 Abs. 1 BGB).
        let earlier = rule.start == .dayAfterDueDate ? nil : formalNotice.flatMap { $0 < date ? $0 : nil }
        let penalty: LatePaymentPenalty
        do {
            penalty = try LatePaymentPenalty.compute(balance: balance, dueDate: dueDate, through: date, rule: rule, rates: rates,
                                                     formalNotice: earlier)
        } catch { throw InvalidField("latePayment", error.reason) }
        self.invoice = invoice
        self.date = date
        self.deadlineDays = deadlineDays
        self.deadline = date.adding(days: deadlineDays)
        self.dueDate = dueDate
        invoiceAmount = balance.initial
        self.credited = credited
        self.paid = paid
        self.principal = principal
        self.penalty = penalty
        self.issuedElsewhere = issuedElsewhere
        earlierFormalNotice = earlier
        // The indemnity is in euros; an invoice in another currency claims it separately.
        let indemnity = penalty.recoveryIndemnity.flatMap { $0.currency == principal.currency ? $0 : nil }
        total = principal + penalty.interest + (indemnity ?? .zero(principal.currency))
    }
}
