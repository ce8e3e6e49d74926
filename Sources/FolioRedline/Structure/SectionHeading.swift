import Foundation

/// A heading read into its number and its title: « Article 3 — Prix » is `3` and `Prix`,
/// « 4a. Electronic invoicing » is `4a`, « D.8 Pénalités » is `D.8`, « Scope of validity » has no number.
struct SectionHeading: Equatable {
    var number: String?
    var title: String
    /// Introduced by a word such as Article, Section, Part (not a bare number).
    var hasKeyword: Bool
    /// The keyword names a part of the document (Part, Title, Chapter), above articles.
    var isPart: Bool

    /// Words that introduce a number; parts group articles.
    private static let articleWords = ["article", "art.", "art", "section", "clause", "§", "paragraph", "paragraphe", "annex", "annexe", "appendix", "schedule"]
    private static let partWords = ["part", "partie", "title", "titre", "chapter", "chapitre", "book", "livre"]

    /// A number: 3, 3.2, 4a, L441-10, D.8, 12.3.1 (and « 1er »).
    private static let numberPattern = #"(?:[0-9]+(?:er)?[a-z]?(?:[.\-][0-9]+[a-z]?)*(?: (?:bis|ter|quater|quinquies))?|[A-Z]\.[0-9]+(?:\.[0-9]+)*|[IVXLC]+|[A-Z])"#
    private static let keywordExpression = try? NSRegularExpression(
        // The number is read case-sensitively (?-i:…): « Annexe » is not « Annex » numbered « e ».
        pattern: #"^(article|art\.?|section|clause|§|paragraphe|paragraph|annexe|annex|appendix|schedule|partie|part|titre|title|chapitre|chapter|book|livre)\s*((?-i:"#
            + numberPattern + #"))(?:\s*[.):–—-]\s*|\s+|$)"#,
        options: [.caseInsensitive])
    private static let bareExpression = try? NSRegularExpression(
        // 3 · 3.2 · 4a · D.8 · « A. » and « IV. » (a letter or a roman numeral only with its period);
        // at most three digits: « 33758 Schloß Holte » is a postcode, not article 33758.
        pattern: #"^([0-9]{1,3}[a-z]?(?:\.[0-9]+[a-z]?)*(?: (?:bis|ter|quater|quinquies)(?=[\s.)]))?|[A-Z]\.[0-9]+(?:\.[0-9]+)*|[A-Z](?=[.)]\s)|[IVXLC]+(?=[.)]\s))(\.?\)|\.(?=\s)|(?=\s))\s*"#)

    /// Reads a heading's text; `requireDelimitedNumber` refuses « 14 days returns » as number 14.
    init(_ text: String) {
        let text = text.trimmedSpaces()
        let range = NSRange(text.startIndex..., in: text)
        if let match = Self.keywordExpression?.firstMatch(in: text, range: range),
           let keywordRange = Range(match.range(at: 1), in: text), let numberRange = Range(match.range(at: 2), in: text),
           let whole = Range(match.range, in: text) {
            let keyword = text[keywordRange].lowercased()
            let number = String(text[numberRange])
            // A single letter or roman numeral is a number only after a part word or « Annex ».
            let isLetters = number.allSatisfy { $0.isLetter }
            let isPart = Self.partWords.contains(keyword)
            if !isLetters || isPart || ["annex", "annexe", "appendix", "schedule", "section"].contains(keyword) {
                // « Article 1er » is article 1.
                let ordinal = number.hasSuffix("er") && number.dropLast(2).allSatisfy(\.isNumber)
                self.number = ordinal ? String(number.dropLast(2)) : number
                title = Self.cleanTitle(String(text[whole.upperBound...]))
                hasKeyword = true
                self.isPart = isPart
                return
            }
        }
        if let match = Self.bareExpression?.firstMatch(in: text, range: range),
           let numberRange = Range(match.range(at: 1), in: text), let whole = Range(match.range, in: text) {
            let rest = text[whole.upperBound...]
            let delimiter = match.range(at: 2).length > 0
            let number = String(text[numberRange])
            // « 2026 changes », « 14 days returns »: a bare number then a lower-case word is no article number.
            if delimiter || number.contains(".") || rest.first.map({ $0.isUppercase || !$0.isLetter }) ?? true {
                self.number = number
                title = Self.cleanTitle(String(rest))
                hasKeyword = false
                isPart = false
                return
            }
        }
        number = nil
        title = Self.cleanTitle(text)
        hasKeyword = false
        isPart = false
    }

    /// The depth a number shows: 3 is 1, 3.2 is 2, D.8 is 1.
    var numberDepth: Int {
        guard let number else { return 1 }
        if let first = number.first, first.isLetter, number.dropFirst().first == "." { return number.split(separator: ".").count - 1 }
        return number.split(separator: ".").count
    }

    private static func cleanTitle(_ title: String) -> String {
        var title = title.trimmedSpaces()
        while let first = title.first, "–—-:.".contains(first) { title = title.dropFirst().trimmedSpaces() }
        return title
    }
}
