import FolioCore
import FolioLedger

extension Ledger.InvoiceAccount {
    /// The day of the first formal notice to pay sent for the invoice before `day`, if any: a
    /// consumer owes interest at the legal rate from it.
    // C. civ. 1231-6, 1344-1.
    public func firstFormalNotice(before day: CalendarDate) -> CalendarDate? {
        notices.filter { $0.kind == .formalNotice && $0.date < day }.map(\.date).min()
    }
}
