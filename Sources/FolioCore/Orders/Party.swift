/// A seller or a buyer, as the law wants it named on documents.
public struct Party: Sendable, Hashable {
    public var name: String
    /// Required for French businesses (CGI ann. II art. 242 nonies A).
    public var siren: SIREN?
    public var siret: SIRET?
    public var vatNumber: VATNumber?
    /// A German seller's tax number (Steuernummer), printed when it has no VAT identification number.
    // § 14 Abs. 4 Nr. 2 UStG.
    public var taxNumber: GermanTaxNumber?
    /// ISO 3166 alpha-2.
    public var country: String
    public var address: Address?
    /// False for a consumer.
    public var isBusiness: Bool
    /// Seller only: charges no VAT as a small business (CGI art. 293 B; § 19 UStG).
    public var vatFranchise: Bool
    /// Seller only: opted to pay VAT on debits.
    public var vatOnDebits: Bool
    public var iban: IBAN?
    /// Where it receives e-invoices (BT-34 seller, BT-49 buyer).
    public var electronicAddress: ElectronicAddress?

    public init(name: String, siren: SIREN? = nil, siret: SIRET? = nil, vatNumber: VATNumber? = nil, country: String,
                address: Address? = nil, isBusiness: Bool = true, vatFranchise: Bool = false, vatOnDebits: Bool = false,
                iban: IBAN? = nil) {
        self.name = name
        self.siren = siren
        self.siret = siret
        self.vatNumber = vatNumber
        self.country = country
        self.address = address
        self.isBusiness = isBusiness
        self.vatFranchise = vatFranchise
        self.vatOnDebits = vatOnDebits
        self.iban = iban
    }
}

extension Party {
    /// How a ledger knows a seller: its SIREN, else its VAT identification number, else its German
    /// tax number's digits; nil when it has none of them.
    public var companyKey: String? {
        if let siren { return siren.digits }
        if let vatNumber { return vatNumber.compactText }
        return taxNumber.map { String($0.text.filter(\.isNumber)) }
    }

    /// The party with its German tax number set.
    public func with(taxNumber: GermanTaxNumber?) -> Party {
        var party = self
        party.taxNumber = taxNumber
        return party
    }
}

extension Party {
    /// The party with its electronic address set.
    public func with(electronicAddress: ElectronicAddress?) -> Party {
        var party = self
        party.electronicAddress = electronicAddress
        return party
    }
}

/// A postal address.
public struct Address: Sendable, Hashable, Codable {
    public var lines: [String]
    public var postcode: String?
    public var city: String
    /// ISO 3166 alpha-2.
    public var country: String

    public init(lines: [String], postcode: String?, city: String, country: String) {
        self.lines = lines
        self.postcode = postcode
        self.city = city
        self.country = country
    }
}
