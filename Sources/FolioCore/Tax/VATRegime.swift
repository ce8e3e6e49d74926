/// What is supplied, which decides the place of supply: goods or services.
public enum SupplyNature: String, Sendable, Codable, CaseIterable {
    case goods
    case services
}

/// The parties' facts that decide which VAT applies to a sale.
public struct VATSituation: Sendable, Hashable {
    /// The seller's country (ISO 3166): FR, or GP/MQ/RE for the French overseas departments; DE.
    public var sellerCountry: String
    /// The seller is under its country's small-business scheme and charges no VAT: the franchise en
    /// base (CGI art. 293 B), the Kleinunternehmerregelung (§ 19 UStG).
    public var sellerInFranchise: Bool
    /// The buyer's country (ISO 3166).
    public var buyerCountry: String
    /// The buyer's VAT number, when it has one.
    public var buyerVATNumber: String?
    /// The buyer acts as a business (B2B); false for a consumer.
    public var buyerIsBusiness: Bool
    /// The date of the supply (tax point), which decides EU membership and rates.
    public var date: CalendarDate

    public init(sellerCountry: String, sellerInFranchise: Bool = false, buyerCountry: String,
                buyerVATNumber: String? = nil, buyerIsBusiness: Bool = true, date: CalendarDate) {
        self.sellerCountry = sellerCountry
        self.sellerInFranchise = sellerInFranchise
        self.buyerCountry = buyerCountry
        self.buyerVATNumber = buyerVATNumber
        self.buyerIsBusiness = buyerIsBusiness
        self.date = date
    }
}

/// The VAT treatment the regime chose for a supply, and why.
///
/// `category == .standard` means the line's own rate applies; any other category carries rate 0, an
/// EN 16931 exemption reason code (BT-121) and the mention the invoice must print.
public struct VATTreatment: Sendable, Hashable {
    public let category: VATCategory
    /// The VATEX code (BT-121), nil for the standard rate.
    public let exemptionReasonCode: String?
    /// The mention printed on the invoice (BT-120 for exemptions), nil for the standard rate.
    public let mention: Mention?
    /// Why this treatment applies, in one sentence (English), for people reading the totals.
    public let explanation: String
}

/// Chooses the VAT treatment of a supply by the law of the seller's country (``SellerLaw``).
///
/// A seller established where Folio knows no law is treated as French, as the callers that compute an
/// order refuse such a seller first (``Jurisdiction/law(ofSellerIn:)``).
public enum VATRegime {
    public static func treatment(of nature: SupplyNature, in situation: VATSituation) -> VATTreatment {
        let law = Jurisdiction(sellerCountry: situation.sellerCountry)?.law ?? FrenchLaw()
        return law.vatTreatment(of: nature, in: situation)
    }
}
