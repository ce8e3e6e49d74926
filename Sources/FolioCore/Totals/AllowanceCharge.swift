/// A discount (allowance) or a surcharge (charge), on a line or on the whole document.
///
/// Given either as an amount or as a percentage of a base amount (EN 16931 BT-92…BT-105 for the
/// document, BT-136…BT-145 for a line). A percentage without a base applies to the line's gross
/// amount (quantity × price) or, on the document, to the sum of line net amounts (BT-106).
public struct AllowanceCharge: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case allowance
        case charge
    }

    public enum Value: Sendable, Hashable {
        /// A fixed amount, in the document's currency.
        case amount(ExactDecimal)
        /// A percentage of `base`, or of the default base when nil.
        case percent(ExactDecimal, base: ExactDecimal?)
    }

    public var kind: Kind
    public var value: Value
    /// VAT of a document-level allowance or charge (BT-95 / BT-102); nil on a line, which uses the line's VAT.
    public var vat: VATClassification?
    public var reason: String?
    /// UNTDID 5189 (allowances) or 7161 (charges) code.
    public var reasonCode: String?
    /// An amount stated net of VAT even when the document's prices include VAT (a fee the terms set net).
    public var isNet: Bool
    /// An amount stated including VAT even when the document's prices exclude it (a fee the terms set
    /// « TTC »): converted to net, and the client pays exactly the amount stated (see ``TotalsCalculator``).
    public var includesVAT: Bool

    public init(kind: Kind, value: Value, vat: VATClassification? = nil, reason: String? = nil, reasonCode: String? = nil,
                isNet: Bool = false, includesVAT: Bool = false) {
        self.kind = kind
        self.value = value
        self.vat = vat
        self.reason = reason
        self.reasonCode = reasonCode
        self.isNet = isNet && !includesVAT
        self.includesVAT = includesVAT
    }

    public static func allowance(_ value: Value, vat: VATClassification? = nil, reason: String? = nil) -> AllowanceCharge {
        AllowanceCharge(kind: .allowance, value: value, vat: vat, reason: reason)
    }

    public static func charge(_ value: Value, vat: VATClassification? = nil, reason: String? = nil) -> AllowanceCharge {
        AllowanceCharge(kind: .charge, value: value, vat: vat, reason: reason)
    }

    /// The amount, rounded to `places` decimals; a percentage applies to its own base or `defaultBase`.
    public func amount(defaultBase: ExactDecimal, places: Int) -> ExactDecimal {
        switch value {
        case .amount(let amount):
            return amount.rounded(toPlaces: places)
        case .percent(let percent, let base):
            return ((base ?? defaultBase) * percent).divided(by: .hundred, toPlaces: places) ?? .zero
        }
    }

    /// The base a percentage applied to, when it is one.
    public func base(defaultBase: ExactDecimal) -> ExactDecimal? {
        if case .percent(_, let base) = value { return base ?? defaultBase }
        return nil
    }

    /// +1 for a charge, −1 for an allowance: the sign it brings to a total.
    var sign: ExactDecimal { kind == .charge ? 1 : -1 }
}
