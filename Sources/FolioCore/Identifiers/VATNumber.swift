/// A VAT identification number: an EU member state prefix (or GB, CH, NO) and the national number.
///
/// The format of every member state is checked (VIES formats), and the check digits where the
/// algorithm is public and stable: FR, BE, DE, DK, IT, LU, PL. Whether the number is registered
/// is a VIES question this offline check does not answer.
public struct VATNumber: TextIdentifier, Sendable, Hashable, CustomStringConvertible {
    /// The VAT prefix: ISO 3166 except `EL` for Greece and `XI` for Northern Ireland.
    public let prefix: String
    /// The national part, without spaces.
    public let number: String

    /// `FR44732829320`.
    public var description: String { prefix + number }
    public var compactText: String { description }

    /// The ISO 3166 country of the number (`EL` → `GR`, `XI` → `GB`).
    public var country: String {
        switch prefix {
        case "EL": "GR"
        case "XI": "GB"
        default: prefix
        }
    }

    /// Reads `FR 44 732 829 320`; throws with the reason when the number cannot be right.
    public init(_ text: String) throws(RuleViolation) {
        let compact = compactIdentifier(text)
        guard compact.count > 2 else { throw RuleViolation("\"\(text)\" is too short for a VAT number") }
        let prefix = String(compact.prefix(2))
        let number = String(compact.dropFirst(2))
        guard let patterns = Self.formats[prefix] else {
            throw RuleViolation("\"\(prefix)\" is not the prefix of a VAT number Folio knows (EU member states with EL for Greece and XI for Northern Ireland, GB, CH, NO)")
        }
        guard patterns.contains(where: { Self.matches(number, $0) }) else {
            let shapes = patterns.map { prefix + $0 }.joined(separator: " or ")
            throw RuleViolation("\(compact) does not have the format of a \(prefix) VAT number (\(shapes), 9 = digit, A = letter, X = either)")
        }
        if let check = Self.checks[prefix], !check(number) {
            throw RuleViolation("\(compact) fails the check digits of a \(prefix) VAT number")
        }
        self.prefix = prefix
        self.number = number
    }

    /// The French VAT number of a SIREN: FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97.
    public init(siren: SIREN) {
        prefix = "FR"
        number = Self.frenchKey(siren.digits) + siren.digits
    }

    // MARK: - Formats

    /// VIES formats: 9 = digit, A = letter, X = letter or digit, other characters literal.
    static let formats: [String: [String]] = [
        "AT": ["U99999999"], "BE": ["0999999999", "1999999999"], "BG": ["999999999", "9999999999"],
        "CY": ["99999999A"], "CZ": ["99999999", "999999999", "9999999999"], "DE": ["999999999"],
        "DK": ["99999999"], "EE": ["999999999"], "EL": ["999999999"], "ES": ["X9999999X"],
        "FI": ["99999999"], "FR": ["XX999999999"], "HR": ["99999999999"], "HU": ["99999999"],
        "IE": ["9X99999A", "9999999AA", "9999999A"], "IT": ["99999999999"], "LT": ["999999999", "999999999999"],
        "LU": ["99999999"], "LV": ["99999999999"], "MT": ["99999999"], "NL": ["999999999B99"],
        "PL": ["9999999999"], "PT": ["999999999"],
        "RO": ["99", "999", "9999", "99999", "999999", "9999999", "99999999", "999999999", "9999999999"],
        "SE": ["999999999901"], "SI": ["99999999"], "SK": ["9999999999"],
        "XI": ["999999999", "999999999999", "GD999", "HA999"],
        // Outside the EU, for buyers that have one: United Kingdom, Switzerland, Norway.
        "GB": ["999999999", "999999999999", "GD999", "HA999"],
        "CH": ["E999999999", "E999999999MWST", "E999999999TVA", "E999999999IVA"],
        "NO": ["999999999MVA"],
    ]

    static func matches(_ text: String, _ pattern: String) -> Bool {
        guard text.count == pattern.count else { return false }
        return zip(text, pattern).allSatisfy { character, shape in
            guard character.isASCII else { return false }
            switch shape {
            case "9": return character.isNumber
            case "A": return character.isLetter
            case "X": return character.isNumber || character.isLetter
            default: return character == shape
            }
        }
    }

    static func digits(_ text: some StringProtocol) -> [Int] { text.compactMap(\.wholeNumberValue) }

    static func frenchKey(_ siren: String) -> String {
        let value = siren.compactMap(\.wholeNumberValue).reduce(0) { $0 * 10 + $1 }
        let key = (12 + 3 * (value % 97)) % 97
        return key < 10 ? "0\(key)" : "\(key)"
    }

    static let checks: [String: @Sendable (String) -> Bool] = [
        // CGI ann. IV art. 286 ter: numeric key of the SIREN; alphanumeric keys have no public check.
        "FR": { number in
            let key = number.prefix(2), siren = String(number.dropFirst(2))
            guard key.allSatisfy(\.isNumber) else { return true }
            return Luhn.isValid(siren) && frenchKey(siren) == key
        },
        "BE": { number in
            let d = digits(number)
            let body = d[0..<8].reduce(0) { $0 * 10 + $1 }
            return 97 - body % 97 == d[8] * 10 + d[9]
        },
        // ISO 7064 MOD 11,10.
        "DE": { number in
            let d = digits(number)
            var product = 10
            for digit in d[0..<8] {
                var sum = (digit + product) % 10
                if sum == 0 { sum = 10 }
                product = (2 * sum) % 11
            }
            let check = 11 - product
            return (check == 10 ? 0 : check) == d[8]
        },
        "DK": { number in
            let weights = [2, 7, 6, 5, 4, 3, 2, 1]
            return zip(digits(number), weights).reduce(0) { $0 + $1.0 * $1.1 } % 11 == 0
        },
        "IT": { number in Luhn.isValid(number) },
        "LU": { number in
            let d = digits(number)
            return d[0..<6].reduce(0) { $0 * 10 + $1 } % 89 == d[6] * 10 + d[7]
        },
        "PL": { number in
            let d = digits(number)
            let weights = [6, 5, 7, 2, 3, 4, 5, 6, 7]
            return zip(d, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11 == d[9]
        },
    ]
}
