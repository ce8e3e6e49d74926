import Foundation

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
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let sign = nextSign(in: rest) {
            output += rest[..<sign.upperBound]
            output.append(FrenchTypography.noBreakSpace)
            rest = rest[rest.index(after: sign.upperBound)...]
        }
        output += rest
        return output
    }

    /// The next sign that starts a word and is followed by a plain space.
    private static func nextSign(in text: Substring) -> Range<Substring.Index>? {
        var best: Range<Substring.Index>?
        for sign in signs {
            var searchStart = text.startIndex
            while let range = text[searchStart...].range(of: sign) {
                let startsWord = range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
                if startsWord, range.upperBound < text.endIndex, text[range.upperBound] == " " {
                    if best.map({ range.lowerBound < $0.lowerBound }) ?? true { best = range }
                    break
                }
                searchStart = range.upperBound
            }
        }
        return best
    }
}
