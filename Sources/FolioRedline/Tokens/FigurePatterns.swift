import Foundation

/// The patterns that keep a figure in one token: amounts with their currency, percentages, durations,
/// dates, references to articles, and citations of a statute, in French, English and German.
enum FigurePatterns {
    /// What a match is.
    enum Match {
        case figure(FigureKind)
        case reference
        /// « § 286 Abs. 3 BGB »: a statute's section, not an article of the terms.
        case citation
    }

    /// Between the words of a figure: any spaces, a reflowed line included.
    private static let space = #"[\s\u00A0\u202F\u2009]+"#
    private static let optionalSpace = #"[\s\u00A0\u202F\u2009]*"#
    /// 40 · 1 234,56 · 1,500.00 · 0.5
    private static let number = #"(?:\d{1,3}(?:[ \u00A0\u202F\u2009,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)"#
    private static let englishNumberWords = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
    private static let germanNumberWords = "ein|eine|einem|einen|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|neunzig|hundert"
    private static let frenchNumberWords = "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|quatre-vingts?|quatre-vingt-dix|cent"
    private static let numberWords = "(?:(?:\(englishNumberWords)|\(frenchNumberWords)|\(germanNumberWords))(?:[- ](?:et[- ])?(?:\(englishNumberWords)|\(frenchNumberWords)))?)"
    private static let months = "january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
        + "|januar|februar|märz|maerz|juni|juli|oktober|dezember"
    private static let notAfterWord = #"(?<![\p{L}\d])"#
    private static let notBeforeWord = #"(?![\p{L}\d])"#

    private static let amount = notAfterWord
        + #"(?:(?:€|\$|£|US\$|EUR|USD|GBP|CHF)"# + optionalSpace + number
        + "|" + number + optionalSpace + #"(?:€|\$|£|EUR|USD|GBP|CHF|euros?|dollars?|pounds?(?: sterling)?|livres? sterling)"#
        + #")(?:"# + space + #"(?:HT|TTC|hors taxes?|toutes taxes comprises|excl(?:uding|\.)? VAT|incl(?:uding|\.)? VAT"#
        + #"|(?:einschließlich|inklusive|zuzüglich|inkl\.|zzgl\.)"# + space + #"(?:Umsatzsteuer|Mehrwertsteuer|USt\.?|MwSt\.?)))?"#
        + #"(?![\p{L}\d])"#
    private static let percentage = notAfterWord
        + "(?:" + number + "|" + numberWords + ")" + optionalSpace + #"(?:%|per ?cent|pour ?cent|percentage points?|points? de pourcentage|Prozentpunkten?|Prozent)"#
        + #"(?![\p{L}\d])"#
    private static let unit = "(?:(?:business|working|calendar|clear|banking|full|consecutive)" + space + ")?"
        + "(?:days?|weeks?|months?|years?|hours?|minutes?|jours?|semaines?|mois|ans|an|années?|heures?"
        + "|(?:Bankarbeits|Arbeits|Kalender|Werk)?tag(?:e|en|es)?|Wochen?|Monat(?:e|en|s)?|Jahr(?:e|en|es)?|Stunden?)"
        + "(?:" + space + "(?:ouvrés|ouvrables|calendaires|francs|pleins|civils|consécutifs))?"
    private static let duration = notAfterWord
        + "(?:" + numberWords + "(?:" + optionalSpace + #"\("# + number + #"\))?|"# + number + ")" + "(?:" + optionalSpace + "-" + optionalSpace + "|" + space + ")"
        + unit + notBeforeWord
    private static let date = notAfterWord + "(?:"
        + #"\d{1,2}(?:er|st|nd|rd|th|\.)?"# + space + "(?:" + months + ")" + space + #"\d{4}"#
        + "|(?:" + months + ")" + space + #"\d{1,2}(?:st|nd|rd|th)?,?"# + space + #"\d{4}"#
        + #"|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}"#
        + "|(?:" + months + ")" + space + #"\d{4}"#
        + ")" + notBeforeWord
    private static let referenceNumber = #"(?:[A-Z]{1,2}\.?"# + optionalSpace + #")?\d+(?:er)?[a-z]?(?:[.\-]\d+[a-z]?)*(?: (?:bis|ter|quater))?"#
    private static let reference = notAfterWord
        + #"(?:articles?|art\.|sections?|clauses?|Ziffern?|Ziff\.|§)"# + optionalSpace + "" + referenceNumber
        + "(?:(?:" + optionalSpace + "," + optionalSpace + "|" + space + "(?:and|et|or|ou|to|à|und|oder|bis)" + space + ")" + referenceNumber + ")*"
        + notBeforeWord
    /// « § 286 Abs. 3 BGB », « §§ 434 ff. BGB », « § 288 (5) BGB »: sections of a statute, named by
    /// its abbreviation (two capitals at least: BGB, UStG, EGBGB, GmbHG), so that they are never
    /// taken for the terms' own articles when these are renumbered. Matched case-sensitively.
    private static let section = #"\d+[a-z]?"#
    private static let citation = notAfterWord + "§§?" + optionalSpace + section
        + "(?:" + optionalSpace + "(?:,|und|bis|oder)" + optionalSpace + section + ")*"
        + "(?:" + optionalSpace + #"(?:Abs\.|Absatz|S\.|Satz|Nr\.|Nummer|Buchst\.|lit\.)"# + optionalSpace + section
        + "|" + optionalSpace + #"\(\d+\)"# + "|" + space + #"ff?\."# + ")*"
        + space + #"[A-Z][A-Za-z]*[A-Z][A-Za-z]*"# + notBeforeWord

    /// The starts of the words that may end a figure written without a digit (units of time, « cent »),
    /// lower-case ASCII; « an » and « ans » must be whole words.
    private static let unitWordStarts: [[UInt16]] = ["day", "week", "month", "year", "hour", "minute", "cent", "percent",
                                                      "jour", "semaine", "mois", "ann", "heure",
                                                      "tag", "woche", "monat", "jahr", "stunde", "prozent",
                                                      "werktag", "arbeitstag", "kalendertag", "bankarbeitstag"].map { Array($0.utf16) }
    /// How far before a digit or unit word a figure may start (« quatre-vingt-dix (90) jours », "EUR 1,500.00")
    /// and how far after it may end (« 1 234,56 € toutes taxes comprises »), in UTF-16 units.
    private static let reachBefore = 48
    private static let reachAfter = 40

    /// The parts of a text (UTF-16 ranges, merged) where a figure may be: around each digit and each unit word.
    static func candidateWindows(_ text: String) -> [NSRange] {
        var windows: [NSRange] = []
        let count = text.utf16.count
        func add(_ start: Int, _ end: Int) {
            let low = max(0, start - reachBefore), high = min(count, end + reachAfter)
            if let last = windows.last, low <= last.location + last.length {
                windows[windows.count - 1].length = max(last.location + last.length, high) - last.location
            } else {
                windows.append(NSRange(location: low, length: high - low))
            }
        }
        var word: [UInt16] = []
        var wordStart = 0
        func endWord(at offset: Int) {
            defer { word.removeAll(keepingCapacity: true) }
            guard !word.isEmpty else { return }
            let isUnit = word == Array("an".utf16) || word == Array("ans".utf16)
                || unitWordStarts.contains { word.count >= $0.count && word.starts(with: $0) }
            if isUnit { add(wordStart, offset) }
        }
        var offset = 0
        for unit in text.utf16 {
            if unit >= 0x30 && unit <= 0x39 {
                endWord(at: offset)
                add(offset, offset + 1)
            } else if (unit | 0x20 >= 0x61 && unit | 0x20 <= 0x7A) || (unit >= 0xC0 && unit < 0x2000) {   // letters: ASCII, accented
                if word.isEmpty { wordStart = offset }
                word.append(unit >= 0x41 && unit <= 0x5A ? unit + 0x20 : unit)
            } else {
                endWord(at: offset)
            }
            offset += 1
        }
        endWord(at: offset)
        return windows
    }

    /// Each pattern with what it finds; earlier ones win when two overlap at the same start.
    static let all: [(NSRegularExpression, Match)] = {
        let sources: [(String, Match)] = [
            (citation, .citation), (reference, .reference), (date, .figure(.date)), (amount, .figure(.amount)),
            (percentage, .figure(.percentage)), (duration, .figure(.duration)),
        ]
        return sources.compactMap { source, match in
            // The patterns are constants of this file; one that failed to compile would show in every test.
            // A statute's abbreviation is told by its capitals: the citation alone keeps case.
            let options: NSRegularExpression.Options = if case .citation = match { [] } else { [.caseInsensitive] }
            guard let expression = try? NSRegularExpression(pattern: source, options: options) else { return nil }
            return (expression, match)
        }
    }()

    /// Every figure and reference in a text, longest first where two overlap, in text order.
    static func matches(in text: String) -> [(Range<String.Index>, Match)] {
        // The patterns run only near a digit or a unit word: most of a paragraph holds no figure, and
        // scanning it whole with five patterns was most of a 30-page comparison's time.
        let windows = candidateWindows(text)
        guard !windows.isEmpty else { return [] }
        var found: [(range: NSRange, order: Int, match: Match)] = []
        for window in windows {
            for (order, (expression, match)) in all.enumerated() {
                for result in expression.matches(in: text, options: [.withTransparentBounds], range: window) {
                    found.append((result.range, order, match))
                }
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
        let noun = lower.hasPrefix("sect") ? "section" : lower.hasPrefix("clau") ? "clause" : lower.hasPrefix("§") ? "§"
            : lower.hasPrefix("ziff") ? "Ziffer" : "article"
        var numbers: [String] = []
        let plain = Typography.plain(text).split(separator: " ")
        var words = plain.dropFirst()
        // « §5 », written without a space: the number is in the first word.
        if let first = plain.first, first.hasPrefix("§"), first.count > 1 {
            words = [first.drop(while: { $0 == "§" })] + words
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
