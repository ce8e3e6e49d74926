/// Price revision on an index: P1 = P0 × (S1 / S0).
///
/// P0 is the price at the contract date, S0 the index then (e.g. SYNTEC of month M0), S1 the latest
/// index published at the revision date. Index values are inputs: Folio keeps no index table.
///
/// ```swift
/// try PriceRevision(index: "SYNTEC", baseIndex: ExactDecimal("296.3")!, newIndex: ExactDecimal("302.5")!)
///     .revised(ExactDecimal("89.00")!)   // 90.86
/// ```
public struct PriceRevision: Sendable, Hashable {
    public let index: String
    /// S0.
    public let baseIndex: ExactDecimal
    /// S1.
    public let newIndex: ExactDecimal

    public init(index: String, baseIndex: ExactDecimal, newIndex: ExactDecimal) throws(RuleViolation) {
        guard baseIndex > .zero, newIndex > .zero else {
            throw RuleViolation("index values must be positive (S0 = \(baseIndex), S1 = \(newIndex))")
        }
        self.index = index
        self.baseIndex = baseIndex
        self.newIndex = newIndex
    }

    /// P1, rounded half up to `places` decimals (2 for prices in cents, up to 6 for unit prices).
    public func revised(_ price: ExactDecimal, places: Int = 2) -> ExactDecimal {
        (price * newIndex).divided(by: baseIndex, toPlaces: places) ?? price
    }
}
