import FolioCore

/// BG-4 (seller) or BG-7 (buyer).
public struct EInvoiceParty: Sendable, Hashable {
    /// BT-27 / BT-44.
    public var name: String
    /// BT-28 / BT-45.
    public var tradingName: String?
    /// BT-29 / BT-46: other identifiers (a SIRET with scheme 0009).
    public var identifiers: [SchemedIdentifier]
    /// BT-30 / BT-47: the legal registration (a SIREN with scheme 0002).
    public var legalRegistration: SchemedIdentifier?
    /// BT-31 / BT-48.
    public var vatNumber: String?
    /// BT-32: the seller's tax registration other than VAT.
    public var taxRegistration: String?
    /// BT-33: legal form, share capital, register.
    public var legalInformation: String?
    /// BT-34 / BT-49.
    public var electronicAddress: SchemedIdentifier?
    /// BG-5 / BG-8.
    public var address: EInvoiceAddress?
    /// BG-6 / BG-9.
    public var contact: EInvoiceContact?

    public init(name: String, tradingName: String? = nil, identifiers: [SchemedIdentifier] = [],
                legalRegistration: SchemedIdentifier? = nil, vatNumber: String? = nil, taxRegistration: String? = nil,
                legalInformation: String? = nil, electronicAddress: SchemedIdentifier? = nil,
                address: EInvoiceAddress? = nil, contact: EInvoiceContact? = nil) {
        self.name = name
        self.tradingName = tradingName
        self.identifiers = identifiers
        self.legalRegistration = legalRegistration
        self.vatNumber = vatNumber
        self.taxRegistration = taxRegistration
        self.legalInformation = legalInformation
        self.electronicAddress = electronicAddress
        self.address = address
        self.contact = contact
    }
}

/// An identifier with its scheme (ISO 6523 ICD or EAS code): `0002` SIREN, `0009` SIRET, `0225`…
public struct SchemedIdentifier: Sendable, Hashable, CustomStringConvertible {
    public var scheme: String?
    public var value: String
    public init(scheme: String?, value: String) {
        self.scheme = scheme
        self.value = value
    }
    public var description: String { scheme.map { "\($0):\(value)" } ?? value }
}

/// BG-5, BG-8, BG-12, BG-15: a postal address.
public struct EInvoiceAddress: Sendable, Hashable {
    /// BT-35…BT-37, BT-162 (at most three lines).
    public var lines: [String]
    public var city: String?
    public var postcode: String?
    /// BT-39: region.
    public var subdivision: String?
    /// BT-40 (ISO 3166-1 alpha-2).
    public var countryCode: String
    public init(lines: [String], city: String?, postcode: String?, subdivision: String? = nil, countryCode: String) {
        self.lines = lines
        self.city = city
        self.postcode = postcode
        self.subdivision = subdivision
        self.countryCode = countryCode
    }
}

/// BG-6 / BG-9.
public struct EInvoiceContact: Sendable, Hashable {
    public var name: String?
    public var phone: String?
    public var email: String?
    public init(name: String? = nil, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
    }
}
