import FolioCore
import FolioLedger

extension Ledger.InvoiceAccount {
    /// The day of the first formal notice to pay sent for the invoice before `day`, if any: a
    /// consumer owes interest at the legal rate from it.
    // C. civ. 1231-6, 1344-1.
    public func firstFormalNotice(before day: CalendarDate) -> CalendarDate? {
        notices.filter { $0.kind == .formalNotice && $0.date < day }.map(\.date).min()
    }

    /// The day of the notice sent before `day` from which interest runs under `rule`, if any: the
    /// first formal notice for a French consumer; under German law the first reminder or dunning
    /// letter, either of which puts the debtor in default sooner than the 30 days; none when interest
    /// runs from the due date whatever is sent.
    // C. civ. 1231-6, 1344-1; § 286 Abs. 1 BGB.
    public func noticeStartingInterest(before day: CalendarDate, rule: PenaltyRule) -> CalendarDate? {
        switch rule.start {
        case .dayAfterDueDate: nil
        case .formalNotice: firstFormalNotice(before: day)
        case .thirtyDaysAfterDueDate: notices.filter { $0.date < day }.map(\.date).min()
        }
    }
}
