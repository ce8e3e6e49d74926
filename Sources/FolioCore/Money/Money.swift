/// An amount of money: an exact decimal in a currency, with the currency's number of decimals.
///
/// ```swift
/// let price = Money(rounding: ExactDecimal("10.005")!, in: .euro)   // 10.01 EUR
/// ```
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let amount: ExactDecimal
    public let currency: Currency

    /// The amount rounded half away from zero to the currency's minor unit.
    public init(rounding amount: ExactDecimal, in currency: Currency) {
        self.amount = amount.rounded(toPlaces: currency.minorUnit)
        self.currency = currency
    }

    public static func zero(_ currency: Currency) -> Money {
        Money(rounding: .zero, in: currency)
    }

    public static func + (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "adding \(lhs.currency) to \(rhs.currency)")
        return Money(rounding: lhs.amount + rhs.amount, in: lhs.currency)
    }

    public static func - (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "subtracting \(rhs.currency) from \(lhs.currency)")
        return Money(rounding: lhs.amount - rhs.amount, in: lhs.currency)
    }

    public static prefix func - (value: Money) -> Money {
        Money(rounding: -value.amount, in: value.currency)
    }

    public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }
    public static func -= (lhs: inout Money, rhs: Money) { lhs = lhs - rhs }

    public static func < (lhs: Money, rhs: Money) -> Bool {
        precondition(lhs.currency == rhs.currency, "comparing \(lhs.currency) with \(rhs.currency)")
        return lhs.amount < rhs.amount
    }

    public var isZero: Bool { amount.isZero }

    /// `12.50 EUR`.
    public var description: String { "\(amount) \(currency.code)" }
}

extension Sequence where Element == Money {
    /// The sum of the amounts, in `currency` (zero when empty).
    public func sum(in currency: Currency) -> Money {
        reduce(.zero(currency), +)
    }
}
