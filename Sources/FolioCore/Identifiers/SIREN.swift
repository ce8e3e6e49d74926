/// A French company identification number (9 digits, Luhn key), as printed on every invoice.
// CGI ann. II art. 242 nonies A, I-1° and décret 73-314 (SIRENE).
public struct SIREN: TextIdentifier, Sendable, Hashable, CustomStringConvertible {
    /// The 9 digits, without spaces.
    public let digits: String
    public var compactText: String { digits }

    /// Reads `732 829 320` or `732829320`; throws with the reason when invalid.
    public init(_ text: String) throws(RuleViolation) {
        let compact = compactIdentifier(text)
        guard compact.count == 9, compact.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw RuleViolation("a SIREN has 9 digits, \"\(text)\" does not")
        }
        guard Luhn.isValid(compact) else {
            throw RuleViolation("SIREN \(compact) fails its check digit (Luhn)")
        }
        digits = compact
    }

    /// `732 829 320`.
    public var description: String {
        let d = Array(digits)
        return "\(String(d[0..<3])) \(String(d[3..<6])) \(String(d[6..<9]))"
    }
}

/// An establishment identification number: the SIREN followed by a 5-digit NIC (14 digits).
public struct SIRET: TextIdentifier, Sendable, Hashable, CustomStringConvertible {
    public let digits: String
    public var compactText: String { digits }

    /// La Poste's establishments share one SIREN and use a sum-of-digits key instead of Luhn.
    static let laPosteSIREN = "356000000"

    public init(_ text: String) throws(RuleViolation) {
        let compact = compactIdentifier(text)
        guard compact.count == 14, compact.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw RuleViolation("a SIRET has 14 digits, \"\(text)\" does not")
        }
        if compact.hasPrefix(Self.laPosteSIREN) {
            let sum = compact.compactMap(\.wholeNumberValue).reduce(0, +)
            guard sum % 5 == 0 else { throw RuleViolation("SIRET \(compact) fails La Poste's check (sum of digits)") }
        } else {
            _ = try SIREN(String(compact.prefix(9)))
            guard Luhn.isValid(compact) else { throw RuleViolation("SIRET \(compact) fails its check digit (Luhn)") }
        }
        digits = compact
    }

    public var siren: String { String(digits.prefix(9)) }

    /// `732 829 320 00074`.
    public var description: String {
        let d = Array(digits)
        return "\(String(d[0..<3])) \(String(d[3..<6])) \(String(d[6..<9])) \(String(d[9..<14]))"
    }
}
