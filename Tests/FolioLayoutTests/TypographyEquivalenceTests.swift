import FolioLayout
import Foundation
import Testing

/// French spacing and numero signs were rewritten for speed (scalars and one scan instead of
/// character comparisons and Foundation searches): the rules as first written are kept here and
/// both must give the same text on tricky inputs.
@Suite("Typography rules give what their first versions gave")
struct TypographyEquivalenceTests {
    static let samples = [
        "Attention ! Voici « ceci » ; et cela : 30 % de 1 500 €?", "https://exemple.fr à 9:30", "«Bon pour accord»",
        "12 345 678,90 € et 2026 12 unités", "1 234 5678 et 12 34 et 1 234 567 890,12 £", "Greek\u{37E} question ; mark",
        "« \u{301}accent » et »x «y", "x ;\u{301} y ? z\u{A0}! w\u{202F}: v", "٣ ٤٥٦ € et 7 ¥", "a  ;  b   :c",
        "Facture d'acompte n° FA-2026-0001, devis N° D-1", "Invoice No. F-1 (law no. 80-335)", "Casino. Piano. 30° C",
        "No.No. 1 n°n° 2 nn° 3 n°\u{301} 4 N° ", "n° 1", "Xn° 2 (n° 3) n°  4", "", "No.", "  ",
    ]

    @Test("French spacing")
    func frenchSpacing() {
        for sample in Self.samples {
            #expect(FrenchTypography.apply(to: sample) == FirstFrenchTypography.apply(to: sample), "\(sample)")
        }
    }

    @Test("Numero signs")
    func numberSigns() {
        for sample in Self.samples {
            #expect(NumberSignSpacing.apply(to: sample) == FirstNumberSignSpacing.apply(to: sample), "\(sample)")
        }
    }
}

/// `FrenchTypography.apply` as first written, character by character.
private enum FirstFrenchTypography {
    static let narrowNoBreakSpace: Character = "\u{202F}"
    static let noBreakSpace: Character = "\u{00A0}"
    static let units: Set<Character> = ["€", "$", "£", "%", "¥", "₣"]

    static func apply(to text: String) -> String {
        let characters = Array(text)
        var output: [Character] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if isSpace(character) {
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
                } else if let previous, previous.isNumber, isThousandsGroup(characters, from: end), isInNumber(output) {
                    output.append(narrowNoBreakSpace)
                } else {
                    output.append(contentsOf: characters[index..<end])
                }
                index = end
                continue
            }
            if character == "»", let previous = output.last, !isSpace(previous) { output.append(narrowNoBreakSpace) }
            output.append(character)
            if character == "«", index + 1 < characters.count, !isSpace(characters[index + 1]) { output.append(narrowNoBreakSpace) }
            index += 1
        }
        return String(output)
    }

    static func isSpace(_ character: Character) -> Bool {
        character == " " || character == noBreakSpace || character == narrowNoBreakSpace
    }

    static func isThousandsGroup(_ characters: [Character], from start: Int) -> Bool {
        guard start + 3 <= characters.count, characters[start..<start + 3].allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        return start + 3 == characters.count || !(characters[start + 3].isASCII && characters[start + 3].isNumber)
    }

    static func isInNumber(_ output: [Character]) -> Bool {
        var digits = 0
        for character in output.reversed() {
            if character.isASCII, character.isNumber { digits += 1; continue }
            if character == narrowNoBreakSpace, digits == 3 { digits = 0; continue }
            return digits >= 1 && digits <= 3 && (character == " " || !character.isLetter)
        }
        return digits >= 1 && digits <= 3
    }
}

/// `NumberSignSpacing.apply` as first written, with Foundation searches.
private enum FirstNumberSignSpacing {
    static let signs = ["n°", "N°", "No.", "no."]

    static func apply(to text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let sign = nextSign(in: rest) {
            output += rest[..<sign.upperBound]
            output.append("\u{00A0}")
            rest = rest[rest.index(after: sign.upperBound)...]
        }
        output += rest
        return output
    }

    static func nextSign(in text: Substring) -> Range<Substring.Index>? {
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
