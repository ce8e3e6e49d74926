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
        // Each character's scalar when it is one alone (0 otherwise): the rules compare these numbers
        // instead of characters, which Swift compares as strings (a third of this function's time).
        let codes = characters.map(Self.code)
        var output: [Character] = []
        var outputCodes: [UInt32] = []
        output.reserveCapacity(characters.count + 8)
        outputCodes.reserveCapacity(characters.count + 8)
        func append(_ character: Character, _ code: UInt32) {
            output.append(character)
            outputCodes.append(code)
        }
        var index = 0
        while index < characters.count {
            let code = codes[index]
            if isSpace(code) {
                // A run of spaces: look at what follows and what came before.
                var end = index
                while end < characters.count, isSpace(codes[end]) { end += 1 }
                let next: UInt32? = end < characters.count ? codes[end] : nil
                let previous = output.last
                if let next, next == Self.semicolon || next == Self.exclamation || next == Self.question || next == Self.closingGuillemet {
                    append(narrowNoBreakSpace, Self.narrowNoBreakSpaceCode)
                } else if next == Self.colon {
                    append(noBreakSpace, Self.noBreakSpaceCode)
                } else if outputCodes.last == Self.openingGuillemet {
                    append(narrowNoBreakSpace, Self.narrowNoBreakSpaceCode)
                } else if let previous, previous.isNumber, end < characters.count, units.contains(characters[end]) {
                    append(noBreakSpace, Self.noBreakSpaceCode)
                } else if let previous, previous.isNumber, isThousandsGroup(codes, from: end),
                          isInNumber(output, outputCodes) {
                    append(narrowNoBreakSpace, Self.narrowNoBreakSpaceCode)
                } else {
                    output.append(contentsOf: characters[index..<end])
                    outputCodes.append(contentsOf: codes[index..<end])
                }
                index = end
                continue
            }
            if code == Self.closingGuillemet, let previous = outputCodes.last, !isSpace(previous) {
                append(narrowNoBreakSpace, Self.narrowNoBreakSpaceCode)
            }
            append(characters[index], code)
            if code == Self.openingGuillemet, index + 1 < characters.count, !isSpace(codes[index + 1]) {
                append(narrowNoBreakSpace, Self.narrowNoBreakSpaceCode)
            }
            index += 1
        }
        return String(output)
    }

    private static let semicolon: UInt32 = 0x3B, exclamation: UInt32 = 0x21, question: UInt32 = 0x3F, colon: UInt32 = 0x3A
    private static let openingGuillemet: UInt32 = 0xAB, closingGuillemet: UInt32 = 0xBB
    private static let noBreakSpaceCode: UInt32 = 0xA0, narrowNoBreakSpaceCode: UInt32 = 0x202F

    /// The scalar of a one-scalar character, 0 for any other; U+037E is « ; », as `Character` equality has it
    /// (canonical equivalence; none of the other characters the rules look at has an equivalent).
    private static func code(_ character: Character) -> UInt32 {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return 0 }
        return first.value == 0x37E ? semicolon : first.value
    }

    /// A scalar some rule looks at: « : ; ! ? « » » or a number (what `Character.isNumber` tests).
    private static func mayNeedSpacing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ":", ";", "!", "?", "«", "»": return true
        case "0"..."9": return true
        default: return scalar.value >= 0x80 && scalar.properties.numericType != nil
        }
    }

    private static func isSpace(_ code: UInt32) -> Bool {
        code == 0x20 || code == noBreakSpaceCode || code == narrowNoBreakSpaceCode
    }

    private static func isASCIIDigit(_ code: UInt32) -> Bool { (0x30...0x39).contains(code) }

    /// Three digits then something that is not a digit: the next group of a number.
    private static func isThousandsGroup(_ codes: [UInt32], from start: Int) -> Bool {
        guard start + 3 <= codes.count, codes[start..<start + 3].allSatisfy(isASCIIDigit) else { return false }
        return start + 3 == codes.count || !isASCIIDigit(codes[start + 3])
    }

    /// The digits just written are a whole number of at most three digits, or earlier groups.
    private static func isInNumber(_ output: [Character], _ codes: [UInt32]) -> Bool {
        var digits = 0
        for index in codes.indices.reversed() {
            let code = codes[index]
            if isASCIIDigit(code) { digits += 1; continue }
            if code == narrowNoBreakSpaceCode, digits == 3 { digits = 0; continue }
            return digits >= 1 && digits <= 3 && (code == 0x20 || !output[index].isLetter)
        }
        return digits >= 1 && digits <= 3
    }
}
