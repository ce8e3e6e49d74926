/// A deposit (acompte) due at signature and the balance due later.
///
/// ```swift
/// let plan = try DepositSchedule(percent: 30, balanceTerms: .net(days: 30))
///     .split(total: Money(rounding: 1234.56, in: .euro), signedOn: CalendarDate("2026-03-02")!)
/// plan.deposit   // 370.37 EUR, due 2026-03-02
/// plan.balance   // 864.19 EUR, due 30 days after the balance invoice
/// ```
public struct DepositSchedule: Sendable, Hashable {
    /// Percent of the total including VAT paid at signature (30 in seed 001).
    public let percent: ExactDecimal
    /// Terms of the balance invoice.
    public let balanceTerms: PaymentTerms

    public init(percent: ExactDecimal, balanceTerms: PaymentTerms) throws(RuleViolation) {
        try Self.check(percent: percent)
        self.percent = percent
        self.balanceTerms = balanceTerms
    }

    /// A deposit is more than 0 and less than 100 % of the total.
    public static func check(percent: ExactDecimal) throws(RuleViolation) {
        guard percent > .zero, percent < .hundred else {
            throw RuleViolation("a deposit is between 0 and 100 % of the total, not \(percent) %")
        }
    }

    public struct Split: Sendable, Hashable, Codable {
        public let percent: ExactDecimal
        public let deposit: Money
        public let depositDueDate: CalendarDate
        /// Total − deposit, so the two always add up to the total.
        public let balance: Money
    }

    /// The deposit (rounded half up to the cent) due on signature, and the balance.
    public func split(total: Money, signedOn date: CalendarDate) -> Split {
        let deposit = Money(rounding: (total.amount * percent).divided(by: .hundred, toPlaces: total.currency.minorUnit) ?? .zero,
                            in: total.currency)
        return Split(percent: percent, deposit: deposit, depositDueDate: date, balance: total - deposit)
    }
}
