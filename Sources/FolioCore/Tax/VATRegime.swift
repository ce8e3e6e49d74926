/// What is supplied, which decides the place of supply: goods or services.
public enum SupplyNature: String, Sendable, Codable, CaseIterable {
    case goods
    case services
}

/// The parties' facts that decide which VAT applies to a sale by a French seller.
public struct VATSituation: Sendable, Hashable {
    /// The seller's country (ISO 3166): FR, or GP/MQ/RE for the overseas departments.
    public var sellerCountry: String
    /// The seller is under the franchise en base (CGI art. 293 B) and charges no VAT.
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

/// Chooses the VAT treatment of a supply by a French seller.
///
/// The rule, in order:
/// 1. a seller under the franchise charges no VAT (E, VATEX-FR-FRANCHISE) — CGI art. 293 B;
/// 2. a buyer in the seller's own VAT territory pays French VAT at the line's rate (S);
/// 3. a business buyer in another EU member state with a VAT number: goods are an exempt intra-EU
///    supply (K) — CGI art. 262 ter I; services are reverse-charged (AE) — directive 2006/112/CE art. 196;
/// 4. a buyer outside the EU: goods are an exempt export (G) — CGI art. 262 I; services to a business
///    are outside the scope of French VAT (O) — CGI art. 259-1;
/// 5. anything else (an EU consumer, a consumer abroad buying services) pays French VAT (S).
///
/// Left to the user (uncertain, configurable per line): distance sales above the EU threshold taxed
/// in the buyer's state (OSS), sales between metropolitan France and the overseas departments, and
/// the special rules for buildings, transport and events.
public enum VATRegime {
    public static func treatment(of nature: SupplyNature, in situation: VATSituation) -> VATTreatment {
        if situation.sellerInFranchise {
            return VATTreatment(category: .exempt, exemptionReasonCode: "VATEX-FR-FRANCHISE",
                                mention: .franchise,
                                explanation: "The seller is under the VAT franchise (CGI art. 293 B): no VAT is charged.")
        }
        let sellerTerritory = VATTerritory(countryCode: situation.sellerCountry)
        if let sellerTerritory, VATTerritory(countryCode: situation.buyerCountry) == sellerTerritory {
            return VATTreatment(category: .standard, exemptionReasonCode: nil, mention: nil,
                                explanation: "Seller and buyer are in the same VAT territory: French VAT at the line's rate.")
        }
        let buyerInEU = EuropeanUnion.isMember(situation.buyerCountry, on: situation.date)
            && VATTerritory(countryCode: situation.buyerCountry) == nil
        let hasVATNumber = !(situation.buyerVATNumber ?? "").isEmpty
        if buyerInEU, situation.buyerIsBusiness, hasVATNumber {
            switch nature {
            case .goods:
                return VATTreatment(category: .intraCommunity, exemptionReasonCode: "VATEX-EU-IC",
                                    mention: .intraCommunitySupply,
                                    explanation: "Goods sent to a business in another EU member state with a VAT number: exempt intra-EU supply.")
            case .services:
                return VATTreatment(category: .reverseCharge, exemptionReasonCode: "VATEX-EU-AE",
                                    mention: .reverseCharge,
                                    explanation: "Services to a business in another EU member state: the buyer owes the VAT (reverse charge).")
            }
        }
        if !buyerInEU, VATTerritory(countryCode: situation.buyerCountry) == nil {
            switch nature {
            case .goods:
                return VATTreatment(category: .export, exemptionReasonCode: "VATEX-EU-G",
                                    mention: .export,
                                    explanation: "Goods exported outside the EU: exempt export.")
            case .services where situation.buyerIsBusiness:
                return VATTreatment(category: .notSubject, exemptionReasonCode: "VATEX-EU-O",
                                    mention: .outsideScope,
                                    explanation: "Services to a business outside the EU: supplied where the buyer is established, outside French VAT.")
            case .services:
                break
            }
        }
        return VATTreatment(category: .standard, exemptionReasonCode: nil, mention: nil,
                            explanation: "Sale to a consumer, or no exemption applies: French VAT at the line's rate.")
    }
}
