/// What is still unpaid on an invoice day by day: the amount due, reduced by each payment received
/// and each credit note issued.
///
/// Convention (the same in notices and in the receivables report): a payment or a credit note dated
/// day P reduces the balance **from the day after P**. The day of payment itself still accrues
/// penalties on the amount before the payment, as a single payment on day P is counted « to the
/// payment date » (C. com. L441-10: penalties run from the day after the due date to the payment).
///
/// ```swift
/// var balance = OutstandingBalance(Money(rounding: 1000, in: .euro))
/// balance.reduce(by: Money(rounding: 400, in: .euro), on: CalendarDate("2026-03-10")!)
/// balance.amount(on: CalendarDate("2026-03-10")!)   // 1000 EUR
/// balance.amount(on: CalendarDate("2026-03-11")!)   // 600 EUR
/// ```
public struct OutstandingBalance: Sendable, Hashable {
    /// A payment or a credit note.
    public struct Reduction: Sendable, Hashable {
        public let date: CalendarDate
        public let amount: Money
    }

    /// The amount due before any payment or credit.
    public let initial: Money
    /// Reductions in date order.
    public private(set) var reductions: [Reduction] = []

    public init(_ initial: Money) {
        self.initial = initial
    }

    public mutating func reduce(by amount: Money, on date: CalendarDate) {
        reductions.append(Reduction(date: date, amount: amount))
        reductions.sort { $0.date < $1.date }
    }

    /// What is unpaid during `day`: reductions dated before it are deducted; never below zero.
    public func amount(on day: CalendarDate) -> Money {
        let reduced = reductions.filter { $0.date < day }.map(\.amount).sum(in: initial.currency)
        let left = initial - reduced
        return left.amount > .zero ? left : .zero(initial.currency)
    }

    /// What is unpaid at the end of `day`, once that day's payments are counted.
    public func amount(after day: CalendarDate) -> Money { amount(on: day.adding(days: 1)) }

    /// The first day on or after `day` when the balance changes (the day after a reduction), if any.
    func nextChange(after day: CalendarDate) -> CalendarDate? {
        reductions.map { $0.date.adding(days: 1) }.first { $0 > day }
    }
}
