/// A contract's prices after a revision on its index: each line's price before and after,
/// P1 = P0 × S1 / S0 to the cent (half up), always from the price and index of the contract's
/// signature so that revisions never compound their roundings.
///
/// ```swift
/// let revised = try RevisedPrices(contract, newIndex: ExactDecimal("303.1")!)
/// revised.lines[0].after   // 546.67 for 540.00 with S0 = 299.4
/// ```
public struct RevisedPrices: Sendable, Hashable {
    public struct Line: Sendable, Hashable {
        public let description: String
        /// P0, the contract's price, and P1.
        public let before: Money
        public let after: Money
    }

    public let index: String
    /// S0 and its month, as the contract states them.
    public let baseValue: ExactDecimal
    public let baseMonth: String?
    /// S1: the latest value published when the revision applies, and its month.
    public let newValue: ExactDecimal
    public let newMonth: String?
    public let lines: [Line]
    public let currency: Currency

    /// How much the index moved, in percent to two places (half up): (S1 − S0) / S0 × 100.
    public var indexChange: ExactDecimal {
        ((newValue - baseValue) * 100).divided(by: baseValue, toPlaces: 2) ?? .zero
    }

    /// The sums of the lines before and after.
    public var totalBefore: Money { lines.reduce(.zero(currency)) { $0 + $1.before } }
    public var totalAfter: Money { lines.reduce(.zero(currency)) { $0 + $1.after } }

    /// - Throws: ``RuleViolation`` when the contract has no price revision or no priced line, or S1 is not positive.
    public init(_ contract: Contract, newIndex: ExactDecimal, newMonth: String? = nil) throws(RuleViolation) {
        guard let clause = contract.priceRevision else {
            throw RuleViolation("contract \(contract.reference) states no price revision (priceRevision: {index, baseValue})")
        }
        guard !contract.lines.isEmpty else {
            throw RuleViolation("contract \(contract.reference) has no priced line to revise (lines)")
        }
        let revision = try PriceRevision(index: clause.index, baseIndex: clause.baseValue, newIndex: newIndex)
        let places = contract.currency.minorUnit
        index = clause.index
        baseValue = clause.baseValue
        baseMonth = clause.baseMonth
        newValue = newIndex
        self.newMonth = newMonth
        currency = contract.currency
        lines = contract.lines.map { line in
            Line(description: line.description, before: Money(rounding: line.price, in: contract.currency),
                 after: Money(rounding: revision.revised(line.price, places: places), in: contract.currency))
        }
    }
}
