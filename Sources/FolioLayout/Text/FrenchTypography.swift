/// French spacing rules applied to text before it is set.
///
/// - a narrow no-break space (U+202F) before « ; ! ? » and inside guillemets « … »;
/// - a no-break space (U+00A0) before « : »;
/// - in numbers, a narrow no-break space as thousands separator (« 1 234,56 »), and a no-break
///   space between an amount and its unit or currency (« 12 € », « 30 % »).
///
/// Only spaces that are already there are changed before « : ; ! ? » (so `https://` and `9:30`
/// stay as written); guillemets always get their space. No-break spaces are never line-break
/// opportunities, so an amount is never split across two lines.
public enum FrenchTypography {
    public static let narrowNoBreakSpace: Character = "\u{202F}"
    public static let noBreakSpace: Character = "\u{00A0}"

    private static let units: Set<Character> = ["€", "$", "£", "%", "¥", "₣"]

    /// The text with French spacing.
    public static func apply(to text: String) -> String {
        // Every rule needs « : ; ! ? », a guillemet or a digit: without them the text is copied as is, so
        // it is returned at once (most labels and many sentences), one pass over its scalars.
        guard text.unicodeScalars.contains(where: Self.mayNeedSpacing) else { return text }
        let characters = Array(text)
        var output: [Character] = []
        output.reserveCapacity(characters.count + 8)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if isSpace(character) {
                // A run of spaces: look at what follows and what came before.
                var end = index
                while end < characters.count, isSpace(characters[end]) { end += 1 }
                let next = end < characters.count ? characters[end] : nil
                let previous = output.last
                if let next, [";", "!", "?", "»"].contains(next) {
                    output.append(narrowNoBreakSpace)
                } else if next == ":" {
                    output.append(noBreakSpace)
                } else if previous == "«" {
                    output.append(narrowNoBreakSpace)
                } else if let previous, previous.isNumber, let next, units.contains(next) {
                    output.append(noBreakSpace)
                } else if let previous, previous.isNumber, isThousandsGroup(characters, from: end),
                          isInNumber(output) {
                    output.append(narrowNoBreakSpace)
                } else {
                    output.append(contentsOf: characters[index..<end])
                }
                index = end
                continue
            }
            if character == "»", let previous = output.last, !isSpace(previous) {
                output.append(narrowNoBreakSpace)
            }
            output.append(character)
            if character == "«", index + 1 < characters.count, !isSpace(characters[index + 1]) {
                output.append(narrowNoBreakSpace)
            }
            index += 1
        }
        return String(output)
    }

    /// A scalar some rule looks at: « : ; ! ? « » » or a number (what `Character.isNumber` tests).
    private static func mayNeedSpacing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ":", ";", "!", "?", "«", "»": return true
        case "0"..."9": return true
        default: return scalar.value >= 0x80 && scalar.properties.numericType != nil
        }
    }

    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == noBreakSpace || character == narrowNoBreakSpace
    }

    /// Three digits then something that is not a digit: the next group of a number.
    private static func isThousandsGroup(_ characters: [Character], from start: Int) -> Bool {
        guard start + 3 <= characters.count,
              characters[start..<start + 3].allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        return start + 3 == characters.count || !(characters[start + 3].isASCII && characters[start + 3].isNumber)
    }

    /// The digits just written are a whole number of at most three digits, or earlier groups.
    private static func isInNumber(_ output: [Character]) -> Bool {
        var digits = 0
        for character in output.reversed() {
            if character.isASCII, character.isNumber { digits += 1; continue }
            if character == narrowNoBreakSpace, digits == 3 { digits = 0; continue }
            return digits >= 1 && digits <= 3 && (character == " " || !character.isLetter)
        }
        return digits >= 1 && digits <= 3
    }
}
