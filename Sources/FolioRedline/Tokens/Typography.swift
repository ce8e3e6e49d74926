/// Typographic variants that do not change what terms say: curly and straight quotes and apostrophes,
/// guillemets, no-break and thin spaces, dash forms, the ellipsis character.
enum Typography {
    /// The text with each variant replaced by its plain form.
    static func plain(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value > 0x7E }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC: scalars.append("'")
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: scalars.append("\"")
            case 0x00A0, 0x202F, 0x2009, 0x2007, 0x2002, 0x2003, 0x2008, 0x200A: scalars.append(" ")
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: scalars.append("-")
            case 0x2026: scalars.append(contentsOf: "...".unicodeScalars)
            case 0x200B, 0x2060, 0xFEFF, 0x00AD: break
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Whether a scalar is a space of any width.
    static func isSpace(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii == 0x20 || (ascii >= 0x09 && ascii <= 0x0D) }
        return character.isWhitespace || character == "\u{200B}" || character == "\u{FEFF}"
    }
}
