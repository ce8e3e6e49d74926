/// Whom a version of terms of sale is written for. Terms for businesses (L441-1 « socle de la
/// négociation commerciale », penalties of plein droit, the 40 € indemnity, a choice of court) are
/// unlawful or misleading for a consumer; terms for consumers (withdrawal, legal guarantees,
/// mediator) do not fit a business client. A document is refused when its terms do not admit its buyer.
public enum TermsAudience: String, Sendable, Hashable, Codable, CaseIterable {
    /// Professional clients only.
    case business
    /// Consumers only.
    case consumer
    /// Both: the terms state the clauses proper to each.
    case all

    /// The audience of a terms version that declares none: Folio's terms were written for businesses.
    public static let undeclared = TermsAudience.business

    /// True when these terms can govern a document for this buyer.
    public func admits(buyerIsBusiness: Bool) -> Bool {
        switch self {
        case .all: true
        case .business: buyerIsBusiness
        case .consumer: !buyerIsBusiness
        }
    }

    /// « for businesses only », for messages.
    public var phrase: String {
        switch self {
        case .business: "for businesses only"
        case .consumer: "for consumers only"
        case .all: "for businesses and consumers"
        }
    }
}
