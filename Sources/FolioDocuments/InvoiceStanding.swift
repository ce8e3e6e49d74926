import FolioCore
import FolioLedger

/// Where an invoice stands on a day.
public enum InvoiceStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Nothing paid yet, not yet due.
    case open
    /// Part paid, the rest not yet due.
    case partlyPaid = "partly paid"
    /// Nothing left to pay, and payments made up the difference.
    case paid
    /// Something still unpaid after the due date.
    case overdue
    /// Credit notes cancelled all of it.
    case credited
}

/// An invoice of the ledger as it stands on a day: its amount due, what credit notes and payments
/// dated up to that day took off, what is still due, how late it is, and the penalties run so far.
public struct InvoiceStanding: Sendable {
    /// The account as of ``date``: credit notes, payments and notices dated later are left out.
    public let account: Ledger.InvoiceAccount
    /// The day the invoice is looked at.
    public let date: CalendarDate
    /// The invoice's order, computed again from what the ledger kept.
    public let computed: ComputedOrder
    /// Penalties and indemnity run to ``date`` on each day's unpaid amount, when the invoice was
    /// late; a failure when a rate they need is not known.
    public let accrued: Result<LatePaymentPenalty, RuleViolation>?
    /// The fixed recovery indemnity owed since the invoice was late, for a business debtor — known
    /// even when a rate the penalties need is not.
    public let indemnity: Money?

    public var invoice: IssuedDocument { account.invoice }
    public var dueDate: CalendarDate? { computed.dueDate }
    /// The invoice's amount due (after any deposit deducted).
    public var total: ExactDecimal { invoice.amountDue }
    public var credited: ExactDecimal { account.credited }
    public var paid: ExactDecimal { account.paid }
    public var due: ExactDecimal { account.stillDue }

    /// Days since the due date while something is still due; 0 otherwise.
    public var daysLate: Int {
        guard let dueDate, due > .zero, date > dueDate else { return 0 }
        return dueDate.days(until: date)
    }

    public var status: InvoiceStatus {
        // Nothing was due (paid when ordering), or payments and credits made up the difference.
        if due.isZero { return !total.isZero && credited >= total ? .credited : .paid }
        if daysLate > 0 { return .overdue }
        return paid > .zero ? .partlyPaid : .open
    }

    /// The standing of an invoice on `date`; penalties computed with `rates`.
    public init(account: Ledger.InvoiceAccount, on date: CalendarDate, computed: ComputedOrder, rates: RateBook = .builtIn) {
        let account = account.asOf(date)
        self.account = account
        self.date = date
        self.computed = computed
        guard let dueDate = computed.dueDate, let rule = computed.penaltyRule, date > dueDate else {
            accrued = nil
            indemnity = nil
            return
        }
        let currency = computed.order.currency
        let balance = account.balance(in: currency)
        guard balance.amount(on: dueDate.adding(days: 1)).amount > .zero else {
            accrued = nil
            indemnity = nil
            return
        }
        do throws(RuleViolation) {
            // A French consumer's interest runs from the first formal notice (C. civ. 1231-6, 1344-1); a
            // German debtor's from a reminder sooner than the 30 days (§ 286 Abs. 1 BGB).
            let penalty = try LatePaymentPenalty.compute(balance: balance, dueDate: dueDate, through: date, rule: rule, rates: rates,
                                                         formalNotice: account.noticeStartingInterest(before: date.adding(days: 1), rule: rule))
            accrued = .success(penalty)
            indemnity = penalty.recoveryIndemnity
        } catch {
            accrued = .failure(error)
            indemnity = rule.businessDebtor ? try? rule.jurisdiction.law.recoveryIndemnity(in: rates).amount(dueOn: dueDate) : nil
        }
    }
}
