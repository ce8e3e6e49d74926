/// The law a seller is established under. It decides the VAT the seller charges, the rules its
/// documents' data must meet, the mentions they print and the late-payment rules.
///
/// Each jurisdiction's rules live in one type conforming to ``SellerLaw`` (``FrenchLaw``,
/// ``GermanLaw``); the core asks ``law`` and never tests a country itself. A third country is one
/// more case here and one more ``SellerLaw`` (see the README, « A third country »).
public enum Jurisdiction: String, Sendable, Hashable, Codable, CaseIterable {
    case france = "FR"
    case germany = "DE"

    /// The law of a seller established in `country` (ISO 3166 alpha-2), nil where Folio knows none.
    ///
    /// France includes Monaco and the overseas departments where French VAT applies (Guadeloupe,
    /// Martinique, La Réunion), which have ISO codes of their own (see ``VATTerritory``).
    public init?(sellerCountry country: String) {
        if VATTerritory(countryCode: country) != nil {
            self = .france
        } else if country == "DE" {
            self = .germany
        } else {
            return nil
        }
    }

    /// Its rules.
    public var law: any SellerLaw {
        switch self {
        case .france: FrenchLaw()
        case .germany: GermanLaw()
        }
    }

    /// The countries whose sellers Folio knows the law of, for a message: « FR, MC, GP, MQ, RE (France), DE (Germany) ».
    public static var known: String {
        "FR, MC, GP, MQ, RE (France), DE (Germany)"
    }

    /// The law of an order's seller, or the error naming the seller's country.
    public static func law(ofSellerIn country: String) throws(InvalidField) -> any SellerLaw {
        guard let jurisdiction = Jurisdiction(sellerCountry: country) else {
            throw InvalidField("seller.country", unknown(country))
        }
        return jurisdiction.law
    }

    /// Why a seller established in `country` is refused.
    static func unknown(_ country: String) -> String {
        "Folio knows the VAT and invoicing law of sellers established in \(known), not of \(country)"
    }
}

extension Jurisdiction {
    /// The country's name in English, for messages: « France », « Germany ».
    public var countryName: String {
        switch self {
        case .france: "France"
        case .germany: "Germany"
        }
    }
}
