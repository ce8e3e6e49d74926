/// A numero sign is never left at the end of a line: the space after « n° », « N° » and « No. »
/// becomes a no-break space, so « Facture n° FA-2026-0001 » keeps the sign with its number.
public enum NumberSignSpacing {
    private static let signs = ["n°", "N°", "No.", "no."]

    /// The text with a no-break space after every numero sign followed by a space.
    public static func apply(to text: String) -> String {
        // Every sign holds « ° » or « o. »: one pass over the scalars, not two Foundation searches.
        var previous: Unicode.Scalar = " "
        guard text.unicodeScalars.contains(where: { scalar in
            defer { previous = scalar }
            return scalar == "°" || (scalar == "." && previous == "o")
        }) else { return text }
        // A scan over the characters, signs compared where they may start: the first valid sign of the
        // text is the first one the scan meets (no sign overlaps another or itself).
        let characters = Array(text)
        var output: [Character] = []
        output.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            if let length = signLength(at: index, in: characters) {
                output.append(contentsOf: characters[index..<index + length])
                output.append(FrenchTypography.noBreakSpace)
                index += length + 1
            } else {
                output.append(characters[index])
                index += 1
            }
        }
        return String(output)
    }

    private static let signCharacters = signs.map(Array.init)

    /// The length of a sign that starts a word at `index` and is followed by a plain space.
    private static func signLength(at index: Int, in characters: [Character]) -> Int? {
        let first = characters[index]
        guard first == "n" || first == "N", index == 0 || !characters[index - 1].isLetter else { return nil }
        for sign in signCharacters where index + sign.count < characters.count
            && characters[index + sign.count] == " " && characters[index..<index + sign.count].elementsEqual(sign) {
            return sign.count
        }
        return nil
    }
}
