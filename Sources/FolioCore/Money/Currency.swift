/// An ISO 4217 currency and the number of decimals of its minor unit.
public struct Currency: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The three-letter code, e.g. `EUR`.
    public let code: String
    /// Decimals of the minor unit: 2 for EUR (cents), 0 for JPY, 3 for KWD.
    public let minorUnit: Int

    /// Looks up an active ISO 4217 currency; nil for an unknown code.
    public init?(code: String) {
        guard let minorUnit = Self.minorUnits[code] else { return nil }
        self.code = code
        self.minorUnit = minorUnit
    }

    public var description: String { code }

    public static let euro = Currency(knownCode: "EUR", minorUnit: 2)

    private init(knownCode: String, minorUnit: Int) {
        self.code = knownCode
        self.minorUnit = minorUnit
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        guard let currency = Currency(code: code) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown ISO 4217 currency \(code)")
        }
        self = currency
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    /// Active ISO 4217 codes (list one, 2024 edition) with their minor units.
    /// Codes without a minor unit (XAU, XDR, …) are left out: they are not invoicing currencies.
    static let minorUnits: [String: Int] = {
        var table: [String: Int] = [:]
        let zero = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"
        let three = "BHD IQD JOD KWD LYD OMR TND"
        let four = "CLF UYW"
        let two = """
            AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD \
            CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS \
            GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL \
            MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK \
            PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS \
            TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG
            """
        for (codes, unit) in [(zero, 0), (two, 2), (three, 3), (four, 4)] {
            for code in codes.split(separator: " ") { table[String(code)] = unit }
        }
        return table
    }()
}
