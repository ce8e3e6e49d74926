import Foundation

/// The patterns that keep a figure in one token: amounts with their currency, percentages, durations,
/// dates, and references to articles, in French and English.
enum FigurePatterns {
    /// What a match is.
    enum Match {
        case figure(FigureKind)
        case reference
    }

    /// Between the words of a figure: any spaces, a reflowed line included.
    private static let space = #"[\s\u00A0\u202F\u2009]+"#
    private static let optionalSpace = #"[\s\u00A0\u202F\u2009]*"#
    /// 40 · 1 234,56 · 1,500.00 · 0.5
    private static let number = #"(?:\d{1,3}(?:[ \u00A0\u202F\u2009,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)"#
    private static let englishNumberWords = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
    private static let frenchNumberWords = "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|quatre-vingts?|quatre-vingt-dix|cent"
    private static let numberWords = "(?:(?:\(englishNumberWords)|\(frenchNumberWords))(?:[- ](?:et[- ])?(?:\(englishNumberWords)|\(frenchNumberWords)))?)"
    private static let months = "january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
    private static let notAfterWord = #"(?<![\p{L}\d])"#
    private static let notBeforeWord = #"(?![\p{L}\d])"#

    private static let amount = notAfterWord
        + #"(?:(?:€|\$|£|US\$|EUR|USD|GBP|CHF)"# + optionalSpace + number
        + "|" + number + optionalSpace + #"(?:€|\$|£|EUR|USD|GBP|CHF|euros?|dollars?|pounds?(?: sterling)?|livres? sterling)"#
        + #")(?:"# + space + #"(?:HT|TTC|hors taxes?|toutes taxes comprises|excl(?:uding|\.)? VAT|incl(?:uding|\.)? VAT))?"#
        + #"(?![\p{L}\d])"#
    private static let percentage = notAfterWord
        + "(?:" + number + "|" + numberWords + ")" + optionalSpace + #"(?:%|per ?cent|pour ?cent|percentage points?|points? de pourcentage)"#
        + #"(?![\p{L}\d])"#
    private static let unit = "(?:(?:business|working|calendar|clear|banking|full|consecutive)" + space + ")?"
        + "(?:days?|weeks?|months?|years?|hours?|minutes?|jours?|semaines?|mois|ans|an|années?|heures?)"
        + "(?:" + space + "(?:ouvrés|ouvrables|calendaires|francs|pleins|civils|consécutifs))?"
    private static let duration = notAfterWord
        + "(?:" + numberWords + "(?:" + optionalSpace + #"\("# + number + #"\))?|"# + number + ")" + "(?:" + optionalSpace + "-" + optionalSpace + "|" + space + ")"
        + unit + notBeforeWord
    private static let date = notAfterWord + "(?:"
        + #"\d{1,2}(?:er|st|nd|rd|th)?"# + space + "(?:" + months + ")" + space + #"\d{4}"#
        + "|(?:" + months + ")" + space + #"\d{1,2}(?:st|nd|rd|th)?,?"# + space + #"\d{4}"#
        + #"|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}"#
        + "|(?:" + months + ")" + space + #"\d{4}"#
        + ")" + notBeforeWord
    private static let referenceNumber = #"(?:[A-Z]{1,2}\.?"# + optionalSpace + #")?\d+(?:er)?[a-z]?(?:[.\-]\d+[a-z]?)*(?: (?:bis|ter|quater))?"#
    private static let reference = notAfterWord
        + #"(?:articles?|art\.|sections?|clauses?|§)"# + optionalSpace + "" + referenceNumber
        + "(?:(?:" + optionalSpace + "," + optionalSpace + "|" + space + "(?:and|et|or|ou|to|à)" + space + ")" + referenceNumber + ")*"
        + notBeforeWord

    /// The starts of the words without which a paragraph with no digit holds no figure (units of time,
    /// « cent »), lower-case ASCII; « an » and « ans » must be whole words.
    private static let unitWordStarts: [[UInt8]] = ["day", "week", "month", "year", "hour", "minute", "cent", "percent",
                                                     "jour", "semaine", "mois", "ann", "heure"].map { Array($0.utf8) }

    /// Whether a word of the text starts like a unit of time or « cent »: scanned byte by byte, since
    /// most paragraphs have none and Foundation's substring search would cost more than the tokenizer.
    static func containsUnitWord(_ text: String) -> Bool {
        var word: [UInt8] = []
        word.reserveCapacity(16)
        func matches() -> Bool {
            if word == Array("an".utf8) || word == Array("ans".utf8) { return true }
            return unitWordStarts.contains { start in word.count >= start.count && word.starts(with: start) }
        }
        for byte in text.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || byte >= 0x80 {
                word.append(lower)
            } else {
                if !word.isEmpty, matches() { return true }
                word.removeAll(keepingCapacity: true)
            }
        }
        return !word.isEmpty && matches()
    }

    /// Each pattern with what it finds; earlier ones win when two overlap at the same start.
    static let all: [(NSRegularExpression, Match)] = {
        let sources: [(String, Match)] = [
            (reference, .reference), (date, .figure(.date)), (amount, .figure(.amount)),
            (percentage, .figure(.percentage)), (duration, .figure(.duration)),
        ]
        return sources.compactMap { source, match in
            // The patterns are constants of this file; one that failed to compile would show in every test.
            guard let expression = try? NSRegularExpression(pattern: source, options: [.caseInsensitive]) else { return nil }
            return (expression, match)
        }
    }()

    /// Every figure and reference in a text, longest first where two overlap, in text order.
    static func matches(in text: String) -> [(Range<String.Index>, Match)] {
        // Most paragraphs hold no figure: without a digit, only a duration or rate in words
        // (« quinze jours », "ten percent") can be there, and only next to a unit.
        let hasDigit = text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
        if !hasDigit, !containsUnitWord(text) { return [] }
        let whole = NSRange(text.startIndex..., in: text)
        var found: [(range: NSRange, order: Int, match: Match)] = []
        for (order, (expression, match)) in all.enumerated() {
            if !hasDigit, case .figure(let kind) = match, kind == .duration || kind == .percentage {} else if !hasDigit { continue }
            for result in expression.matches(in: text, range: whole) {
                found.append((result.range, order, match))
            }
        }
        found.sort { $0.range.location != $1.range.location ? $0.range.location < $1.range.location
            : $0.range.length != $1.range.length ? $0.range.length > $1.range.length : $0.order < $1.order }
        var kept: [(Range<String.Index>, Match)] = []
        var end = 0
        for candidate in found where candidate.range.location >= end {
            guard let range = Range(candidate.range, in: text) else { continue }
            kept.append((range, candidate.match))
            end = candidate.range.location + candidate.range.length
        }
        return kept
    }

    /// The numbers of a reference: « articles 4 et 5 » gives 4 and 5.
    static func referenceNumbers(_ text: String) -> (noun: String, numbers: [String]) {
        let lower = text.lowercased()
        let noun = lower.hasPrefix("sect") ? "section" : lower.hasPrefix("clau") ? "clause" : lower.hasPrefix("§") ? "§" : "article"
        var numbers: [String] = []
        var words = Typography.plain(text).split(separator: " ").dropFirst()
        if text.hasPrefix("§"), let first = Typography.plain(text).dropFirst().split(separator: " ").first {
            words = [first] + words
        }
        for word in words {
            let trimmed = word.trimmingCharacters(in: CharacterSet(charactersIn: ",."))
            // « article 4 bis »: one number.
            if ["bis", "ter", "quater"].contains(trimmed.lowercased()), let last = numbers.popLast() {
                numbers.append("\(last) \(trimmed)")
                continue
            }
            guard trimmed.contains(where: \.isNumber) else { continue }
            let ordinal = trimmed.hasSuffix("er") && trimmed.dropLast(2).allSatisfy(\.isNumber)
            numbers.append(ordinal ? String(trimmed.dropLast(2)) : trimmed)
        }
        return (noun, numbers)
    }
}
