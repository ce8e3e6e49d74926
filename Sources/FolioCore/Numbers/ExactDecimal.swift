/// An exact decimal number: an integer significand and a count of decimal places.
///
/// Folio never stores money, rates or quantities in binary floating point. `ExactDecimal`
/// keeps every digit that was written and rounds only when asked, half away from zero.
///
/// We do not use `Foundation.Decimal`: it is a 38-digit floating decimal whose parser accepts
/// trailing junk (`"12abc"` reads as 12) and whose rounding is reached only through
/// `NSDecimalRound`. A 128-bit significand with an explicit scale is exact for every amount
/// an invoice can hold (up to 10^20 at 18 decimal places) and is cheap to add and compare.
///
/// ```swift
/// let price = ExactDecimal("19.99")!          // 19.99
/// let net = (price * ExactDecimal(3)).rounded(toPlaces: 2)   // 59.97
/// ```
public struct ExactDecimal: Sendable, Hashable, Comparable {
    /// The value times 10^places.
    public let significand: Int128
    /// Digits after the decimal point.
    public let places: Int

    /// The most decimal places a value keeps; products beyond it are rounded half away from zero.
    public static let maximumPlaces = 18

    public static let zero = ExactDecimal(significand: 0, places: 0)
    public static let one = ExactDecimal(significand: 1, places: 0)
    public static let hundred = ExactDecimal(significand: 100, places: 0)

    public init(significand: Int128, places: Int) {
        precondition(places >= 0 && places <= Self.maximumPlaces, "decimal places out of range")
        self.significand = significand
        self.places = places
    }

    public init(_ integer: Int) {
        self.init(significand: Int128(integer), places: 0)
    }

    /// Reads `-12`, `12.50`, `+0.055`: an optional sign, digits, an optional point and digits.
    ///
    /// Returns nil for anything else: exponents, spaces, commas, `.5`, `5.`, or more than
    /// ``maximumPlaces`` decimals or 20 integer digits.
    public init?(_ text: some StringProtocol) {
        var utf8 = Substring(text).utf8[...]
        var negative = false
        if let first = utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            utf8 = utf8.dropFirst()
        }
        var significand: Int128 = 0
        var integerDigits = 0
        var places = 0
        var seenPoint = false
        for byte in utf8 {
            if byte == UInt8(ascii: ".") {
                guard !seenPoint, integerDigits > 0 else { return nil }
                seenPoint = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            if seenPoint { places += 1 } else { integerDigits += 1 }
            guard places <= Self.maximumPlaces, integerDigits <= 20 else { return nil }
            significand = significand * 10 + Int128(byte - UInt8(ascii: "0"))
        }
        guard integerDigits > 0, !seenPoint || places > 0 else { return nil }
        self.init(significand: negative ? -significand : significand, places: places)
    }

    // MARK: - Arithmetic

    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        let places = max(lhs.places, rhs.places)
        return ExactDecimal(significand: lhs.scaled(to: places) + rhs.scaled(to: places), places: places)
    }

    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        let places = max(lhs.places, rhs.places)
        return ExactDecimal(significand: lhs.scaled(to: places) - rhs.scaled(to: places), places: places)
    }

    public static prefix func - (value: ExactDecimal) -> ExactDecimal {
        ExactDecimal(significand: -value.significand, places: value.places)
    }

    /// The exact product; beyond ``maximumPlaces`` decimals it is rounded half away from zero.
    public static func * (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        let product = lhs.significand * rhs.significand
        let places = lhs.places + rhs.places
        if places <= maximumPlaces { return ExactDecimal(significand: product, places: places) }
        return ExactDecimal(significand: divideRounded(product, by: power10(places - maximumPlaces)),
                            places: maximumPlaces)
    }

    public static func += (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs + rhs }
    public static func -= (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs - rhs }

    /// `self / divisor`, rounded half away from zero to `places` decimals; nil when dividing by zero.
    public func divided(by divisor: ExactDecimal, toPlaces places: Int) -> ExactDecimal? {
        guard divisor.significand != 0 else { return nil }
        // self / divisor = (a / 10^p) / (b / 10^q) = a * 10^(q - p) / b; scaled by 10^places.
        let shift = places + divisor.places - self.places
        var numerator = significand
        var denominator = divisor.significand
        if shift >= 0 { numerator *= Self.power10(shift) } else { denominator *= Self.power10(-shift) }
        return ExactDecimal(significand: Self.divideRounded(numerator, by: denominator), places: places)
    }

    /// This value rounded half away from zero to `places` decimals (1.005 → 1.01, −1.005 → −1.01).
    ///
    /// Rounding to more places than the value has pads with zeros.
    public func rounded(toPlaces places: Int) -> ExactDecimal {
        if places >= self.places { return ExactDecimal(significand: scaled(to: places), places: places) }
        return ExactDecimal(significand: Self.divideRounded(significand, by: Self.power10(self.places - places)),
                            places: places)
    }

    /// This value with trailing zero decimals removed (12.500 → 12.5).
    public var normalized: ExactDecimal {
        var significand = significand
        var places = places
        while places > 0, significand % 10 == 0 {
            significand /= 10
            places -= 1
        }
        return ExactDecimal(significand: significand, places: places)
    }

    public var isZero: Bool { significand == 0 }
    public var isNegative: Bool { significand < 0 }
    public var magnitude: ExactDecimal { ExactDecimal(significand: significand < 0 ? -significand : significand, places: places) }

    /// True when the value has a non-zero digit beyond `places` decimals.
    public func hasMoreDecimals(than places: Int) -> Bool {
        normalized.places > places
    }

    // MARK: - Comparing

    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let places = max(lhs.places, rhs.places)
        return lhs.scaled(to: places) == rhs.scaled(to: places)
    }

    public func hash(into hasher: inout Hasher) {
        let normal = normalized
        hasher.combine(normal.significand)
        hasher.combine(normal.places)
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let places = max(lhs.places, rhs.places)
        return lhs.scaled(to: places) < rhs.scaled(to: places)
    }

    // MARK: - Helpers

    private func scaled(to places: Int) -> Int128 {
        significand * Self.power10(places - self.places)
    }

    static func power10(_ exponent: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    /// Integer division rounding half away from zero.
    static func divideRounded(_ numerator: Int128, by denominator: Int128) -> Int128 {
        let quotient = numerator / denominator
        let remainder = numerator % denominator
        guard remainder != 0 else { return quotient }
        let twiceRemainder = remainder.magnitude * 2
        guard twiceRemainder >= denominator.magnitude else { return quotient }
        return (numerator < 0) != (denominator < 0) ? quotient - 1 : quotient + 1
    }
}

extension ExactDecimal: CustomStringConvertible {
    /// The value with exactly its own decimal places: `12.50`, `-0.055`, `3`.
    public var description: String {
        let digits = String(significand.magnitude)
        let sign = significand < 0 ? "-" : ""
        guard places > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
        let cut = padded.index(padded.endIndex, offsetBy: -places)
        return sign + padded[..<cut] + "." + padded[cut...]
    }

    /// The value rounded or padded to `places` decimals: `formatted(places: 2)` → `12.50`.
    public func formatted(places: Int) -> String {
        rounded(toPlaces: places).description
    }
}

extension ExactDecimal: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension ExactDecimal: Codable {
    /// Decimals travel as JSON strings (`"12.50"`) so no reader turns them into binary floats.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = ExactDecimal(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a decimal number: \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
