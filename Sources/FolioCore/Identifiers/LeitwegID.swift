/// The routing identifier of a German public buyer (Leitweg-ID): where an e-invoice to it goes, which
/// XRechnung carries as the buyer reference (BT-10) and as its electronic address (scheme 0204).
// KoSIT, « Formatspezifikation Leitweg-ID » 2.0.2: coarse address, optional fine address, check digits.
///
/// Three parts separated by hyphens: the coarse address (2 to 12 digits: the Land or federal code,
/// then the authority's), an optional fine address (up to 30 letters and digits), and two check
/// digits (ISO/IEC 7064 MOD 97-10 over the whole, letters counted A = 10 … Z = 35).
///
/// ```swift
/// let buyer = try LeitwegID("04011000-1234512345-06")
/// buyer.coarseAddress   // "04011000"
/// ```
public struct LeitwegID: Sendable, Hashable, CustomStringConvertible {
    public let text: String
    public let coarseAddress: String
    public let fineAddress: String?

    public init(_ text: String) throws(RuleViolation) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let isDigits = { (part: String) in part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard parts.count == 2 || parts.count == 3, (2...12).contains(parts[0].count), isDigits(parts[0]),
              parts[parts.count - 1].count == 2, isDigits(parts[parts.count - 1]) else {
            throw RuleViolation("\"\(text)\" is not a Leitweg-ID: 2 to 12 digits, an optional fine address, 2 check digits, separated by hyphens (04011000-1234512345-06)")
        }
        if parts.count == 3 {
            guard (1...30).contains(parts[1].count), parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                throw RuleViolation("\"\(text)\" is not a Leitweg-ID: its fine address is 1 to 30 letters and digits")
            }
        }
        // ISO/IEC 7064 MOD 97-10: the whole, letters as 10…35, leaves 1.
        var remainder = 0
        for character in parts.joined().uppercased() {
            guard let value = character.isNumber ? character.wholeNumberValue : Self.letterValue(character) else { continue }
            remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97
        }
        guard remainder == 1 else {
            throw RuleViolation("\"\(text)\" is not a Leitweg-ID: its check digits \(parts[parts.count - 1]) do not match (ISO/IEC 7064 MOD 97-10)")
        }
        self.text = text
        coarseAddress = parts[0]
        fineAddress = parts.count == 3 ? parts[1] : nil
    }

    /// Whether `text` is written like a Leitweg-ID (digits, optional fine address, two digits), so that
    /// a buyer reference of that shape is checked as one.
    public static func looksLike(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return (parts.count == 2 || parts.count == 3) && parts[0].count >= 2 && parts[0].allSatisfy(\.isNumber)
            && parts[parts.count - 1].count == 2 && parts[parts.count - 1].allSatisfy(\.isNumber)
    }

    private static func letterValue(_ character: Character) -> Int? {
        guard let ascii = character.asciiValue, (65...90).contains(ascii) else { return nil }
        return Int(ascii) - 55
    }

    public var description: String { text }
}
