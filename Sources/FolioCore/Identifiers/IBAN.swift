/// An International Bank Account Number, checked by its length for the country and ISO 13616 mod 97.
public struct IBAN: TextIdentifier, Sendable, Hashable, CustomStringConvertible {
    /// Without spaces, upper case.
    public let value: String
    public var compactText: String { value }

    public init(_ text: String) throws(RuleViolation) {
        let compact = compactIdentifier(text)
        guard compact.count >= 15, compact.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }) else {
            throw RuleViolation("\"\(text)\" is not an IBAN: letters and digits, at least 15")
        }
        let country = String(compact.prefix(2))
        guard let length = Self.lengths[country] else {
            throw RuleViolation("\(country) is not a country that uses IBANs")
        }
        guard compact.count == length else {
            throw RuleViolation("an IBAN from \(country) has \(length) characters, \(compact) has \(compact.count)")
        }
        // Move the first four characters to the end, letters become 10…35, the number mod 97 must be 1.
        var remainder = 0
        for character in compact.dropFirst(4) + compact.prefix(4) {
            guard let value = (character.isASCII ? character.wholeNumberValue : nil) ?? Self.letterValue(character) else {
                throw RuleViolation("\(compact) has a character an IBAN cannot have")
            }
            remainder = (value < 10 ? remainder * 10 : remainder * 100) + value
            remainder %= 97
        }
        guard remainder == 1 else { throw RuleViolation("IBAN \(compact) fails its check digits (mod 97)") }
        value = compact
    }

    private static func letterValue(_ character: Character) -> Int? {
        guard let ascii = character.asciiValue, ascii >= 65, ascii <= 90 else { return nil }
        return Int(ascii) - 55
    }

    /// `FR76 3000 6000 0112 3456 7890 189`.
    public var description: String {
        stride(from: 0, to: value.count, by: 4).map { start in
            let from = value.index(value.startIndex, offsetBy: start)
            let to = value.index(from, offsetBy: min(4, value.count - start))
            return String(value[from..<to])
        }.joined(separator: " ")
    }

    /// IBAN lengths from the SWIFT IBAN registry.
    static let lengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
        "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
        "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
        "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
        "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
        "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
        "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
        "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    ]
}
