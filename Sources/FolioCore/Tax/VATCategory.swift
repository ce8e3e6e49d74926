/// A VAT category code of EN 16931 (UNTDID 5305 subset), BT-118 / BT-151.
public enum VATCategory: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Standard rate.
    case standard = "S"
    /// Zero rated goods.
    case zeroRated = "Z"
    /// Exempt from VAT.
    case exempt = "E"
    /// VAT reverse charge: the buyer owes the tax.
    case reverseCharge = "AE"
    /// Intra-community supply of goods, VAT exempt.
    case intraCommunity = "K"
    /// Free export item, VAT not charged.
    case export = "G"
    /// Services outside the scope of tax.
    case notSubject = "O"
    /// Canary Islands general indirect tax (IGIC).
    case canaryIslands = "L"
    /// Ceuta and Melilla tax (IPSI).
    case ceutaMelilla = "M"
    /// Transferred VAT: the Italian split payment, where the buyer pays the VAT to the State. Read in
    /// received e-invoices only; a French seller never uses it.
    // EN 16931 code list for BT-118 (UNTDID 5305 subset), code B.
    case transferred = "B"

    /// The categories a French seller may use (DOMAIN §5).
    public static let allowedInFrance: Set<VATCategory> = [.standard, .zeroRated, .exempt, .reverseCharge, .intraCommunity, .export, .notSubject]

    /// True when the category carries a rate above zero (S, L, M, B); the others carry rate 0.
    public var isTaxed: Bool { self == .standard || self == .canaryIslands || self == .ceutaMelilla || self == .transferred }

    /// True when EN 16931 wants an exemption reason (code or text) in the VAT breakdown (BR-E-10, BR-AE-10, …).
    public var needsExemptionReason: Bool {
        switch self {
        case .exempt, .reverseCharge, .intraCommunity, .export, .notSubject: true
        case .standard, .zeroRated, .canaryIslands, .ceutaMelilla, .transferred: false
        }
    }

    public var code: String { rawValue }

    public static func < (lhs: VATCategory, rhs: VATCategory) -> Bool {
        lhs.sortIndex < rhs.sortIndex
    }

    private var sortIndex: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

/// The VAT that applies to a line, an allowance or a charge: a category and its rate in percent.
///
/// Categories other than S, L and M always carry rate 0.
public struct VATClassification: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let category: VATCategory
    /// The rate in percent, e.g. 20 or 5.5; zero for exempt categories.
    public let rate: ExactDecimal

    public init(category: VATCategory, rate: ExactDecimal) {
        self.category = category
        self.rate = category.isTaxed ? rate.normalized : .zero
    }

    public static func standard(_ rate: ExactDecimal) -> VATClassification {
        VATClassification(category: .standard, rate: rate)
    }

    public static func < (lhs: VATClassification, rhs: VATClassification) -> Bool {
        (lhs.category, rhs.rate) < (rhs.category, lhs.rate)  // category order, then highest rate first
    }

    /// `S 20%`, `AE 0%`.
    public var description: String { "\(category.code) \(rate)%" }
}
