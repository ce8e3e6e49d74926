/// Whether two values say the same thing, however they were written: a string in hexadecimal or
/// literal form, `1` or `1.0`, dictionary keys in another order, a key set to `null` or left out
/// (ISO 32000-1 §7.3.7). What another program rewrites without changing stays equivalent.
extension PDFValue {
    func isEquivalent(to other: PDFValue) -> Bool {
        switch (self, other) {
        case let (.string(bytes, _), .string(otherBytes, _)):
            return bytes == otherBytes
        case (.integer, .real), (.real, .integer), (.real, .real):
            return number == other.number
        case let (.array(elements), .array(otherElements)):
            return elements.count == otherElements.count
                && zip(elements, otherElements).allSatisfy { $0.isEquivalent(to: $1) }
        case let (.dictionary(dictionary), .dictionary(otherDictionary)):
            return dictionary.keysDiffering(from: otherDictionary).isEmpty
        default:
            return self == other
        }
    }

    /// The value of a number, integer or real.
    private var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .real(let written): Double(written)
        default: nil
        }
    }
}

extension PDFDictionary {
    /// The keys whose values are not equivalent in `other` (a missing key counting as `null`).
    func keysDiffering(from other: PDFDictionary) -> Set<String> {
        var keys = Set(entries.map(\.key))
        keys.formUnion(other.entries.map(\.key))
        return keys.filter { !(self[$0] ?? .null).isEquivalent(to: other[$0] ?? .null) }
    }
}
