/// Turns a paragraph's spans into Knuth–Plass items: words become boxes, spaces glue, and
/// hyphenation points flagged penalties (the "collect" stage of setting a paragraph).
///
/// Each item has a `Piece` beside it saying what to draw if the item ends up on a line.
struct ParagraphCollector {
    /// What an item stands for when it is drawn.
    enum Piece {
        /// Part of a word.
        case glyphs(ShapedRun, TextSpan)
        /// An inter-word space (drawn as the space glyph, stretched or shrunk).
        case space(ShapedRun, TextSpan)
        /// A hyphen, drawn only if the line breaks here (no text: it is not part of the source).
        case hyphen(ShapedRun, TextSpan)
        /// Nothing to draw (indent, fill glue, penalties).
        case nothing
    }

    struct Collected {
        var items: [ParagraphItem] = []
        var pieces: [Piece] = []

        mutating func append(_ item: ParagraphItem, _ piece: Piece) {
            items.append(item)
            pieces.append(piece)
        }
    }

    let shaper: Shaper
    /// The hyphenator of each language that is hyphenated.
    let hyphenators: LanguageHyphenators
    let breakCache: BreakOpportunityCache

    /// TeX's \hyphenpenalty and \exhyphenpenalty.
    static let hyphenPenalty: Double = 50
    static let explicitHyphenPenalty: Double = 50

    func collect(_ paragraph: Paragraph) -> Collected {
        var collected = Collected()
        let style = paragraph.style
        if style.firstLineIndent > 0 { collected.append(.box(width: style.firstLineIndent), .nothing) }
        let ragged = style.alignment != .justified
        var pendingSpace: TextSpan?
        var hasWords = false

        for span in paragraph.spans {
            var word = ""
            func flushWord() {
                guard !word.isEmpty else { return }
                if let spaceSpan = pendingSpace, hasWords {
                    appendSpace(spaceSpan, ragged: ragged, to: &collected)
                }
                pendingSpace = nil
                hasWords = true
                appendWord(word, span: span, hyphenate: style.hyphenate, ragged: ragged, to: &collected)
                word = ""
            }
            for character in span.text {
                switch character {
                case " ", "\t":
                    flushWord()
                    pendingSpace = pendingSpace ?? span
                case "\n", "\r\n":
                    flushWord()
                    pendingSpace = nil
                    collected.items.append(contentsOf: ParagraphItem.paragraphEnd())
                    collected.pieces.append(contentsOf: ParagraphItem.paragraphEnd().map { _ in .nothing })
                default:
                    word.append(character)
                }
            }
            flushWord()
        }
        // A paragraph ending in a forced line break needs no second end.
        if case .penalty(_, let cost, _)? = collected.items.last, cost <= ParagraphItem.forced { return collected }
        collected.items.append(contentsOf: ParagraphItem.paragraphEnd())
        collected.pieces.append(contentsOf: ParagraphItem.paragraphEnd().map { _ in .nothing })
        return collected
    }

    private func appendSpace(_ span: TextSpan, ragged: Bool, to collected: inout Collected) {
        guard let space = shaper.shape(" ", style: span.style).first else { return }
        let width = space.width
        let items = ragged
            ? ParagraphSpacing.raggedRight(space: width, fill: 3 * span.style.size)
            : ParagraphSpacing.justified(space: width, stretch: width / 2, shrink: width / 3)
        for item in items {
            if case .glue(let glueWidth, _, _) = item, glueWidth > 0 {
                collected.append(item, .space(space, span))
            } else {
                collected.append(item, .nothing)
            }
        }
    }

    private func appendWord(_ word: String, span: TextSpan, hyphenate: Bool, ragged: Bool,
                            to collected: inout Collected) {
        let runs = shaper.shape(word, style: span.style)
        guard runs.count == 1, let run = runs.first, !run.rightToLeft else {
            for run in runs { collected.append(.box(width: run.width), .glyphs(run, span)) }
            return
        }
        // Words met in an earlier layout come from the cache: a language whose patterns could not be read
        // must still fail this layout.
        if hyphenate { hyphenators.checkReadable(span.style.language) }
        let key = BreakOpportunityCache.Key(word: word, language: span.style.language, hyphenate: hyphenate)
        let breaks = breakCache.opportunities(for: key) {
            breakOpportunities(in: word, language: span.style.language, hyphenate: hyphenate)
        }.filter { run.isClusterBoundary(atUTF8: $0.offset) }
        guard !breaks.isEmpty, let hyphen = shaper.shape("-", style: span.style).first else {
            collected.append(.box(width: run.width), .glyphs(run, span))
            return
        }
        var start = 0
        for opportunity in breaks {
            let piece = run.slice(fromUTF8: start, to: opportunity.offset)
            collected.append(.box(width: piece.width), .glyphs(piece, span))
            // In ragged text the break point carries its own fill, or it could never be chosen.
            let fill = ragged ? 3 * span.style.size : nil
            let items: [ParagraphItem]
            switch opportunity.kind {
            case .hyphenation:
                items = ParagraphSpacing.hyphenationPoint(hyphenWidth: hyphen.width, cost: Self.hyphenPenalty, raggedFill: fill)
            case .afterHyphen:
                items = ParagraphSpacing.hyphenationPoint(hyphenWidth: 0, cost: Self.explicitHyphenPenalty, raggedFill: fill)
            case .afterSlash:
                items = Self.unflagged(ParagraphSpacing.hyphenationPoint(hyphenWidth: 0, cost: Self.urlBreakPenalty,
                                                                         raggedFill: fill))
            }
            for item in items {
                if case .penalty(let width, _, true) = item, width > 0 {
                    collected.append(item, .hyphen(hyphen, span))
                } else {
                    collected.append(item, .nothing)
                }
            }
            start = opportunity.offset
        }
        let last = run.slice(fromUTF8: start, to: word.utf8.count)
        collected.append(.box(width: last.width), .glyphs(last, span))
    }

    /// A place a word may break, as a UTF-8 offset, and why.
    struct BreakOpportunity {
        enum Kind {
            /// A hyphenation point: a hyphen is added if the line breaks here.
            case hyphenation
            /// Just after a hyphen the word already has (« porte-monnaie »).
            case afterHyphen
            /// Just after a slash of a web address: no hyphen, so the address stays exact.
            case afterSlash
        }
        let offset: Int
        let kind: Kind
    }

    /// The penalty for breaking a web address after a slash.
    static let urlBreakPenalty: Double = 100

    /// The same items with the penalty not flagged (a break that adds no hyphen is not a hyphen).
    static func unflagged(_ items: [ParagraphItem]) -> [ParagraphItem] {
        items.map { if case .penalty(let width, let cost, true) = $0 { return .penalty(width: width, cost: cost, flagged: false) }; return $0 }
    }

    /// Where a word may break: after an explicit hyphen, at a hyphenation point, or after a
    /// slash in a web address. Numbers, amounts and e-mail addresses never break.
    private func breakOpportunities(in word: String, language: Language, hyphenate: Bool) -> [BreakOpportunity] {
        let lowercased = word.lowercased()
        if lowercased.contains("://") || lowercased.hasPrefix("www.") {
            let characters = Array(word)
            // Slashes of "https://" are not break points; those of the path are (not a final one).
            var schemeEnd = 0
            if let scheme = word.range(of: "://") { schemeEnd = word.distance(from: word.startIndex, to: scheme.upperBound) }
            var result: [BreakOpportunity] = []
            var offset = 0
            for (index, character) in characters.enumerated() {
                offset += character.utf8.count
                if character == "/", index >= schemeEnd, index < characters.count - 2 {
                    result.append(BreakOpportunity(offset: offset, kind: .afterSlash))
                }
            }
            return result
        }
        if word.contains(where: { $0.isNumber || $0 == "@" || $0 == "/" || $0 == "\\" || $0 == "_" }) {
            return []
        }
        var result: [BreakOpportunity] = []
        // Letters between leading and trailing punctuation: the part patterns apply to.
        let characters = Array(word)
        var first = 0
        while first < characters.count, !characters[first].isLetter { first += 1 }
        var end = characters.count
        while end > first, !characters[end - 1].isLetter { end -= 1 }
        guard end - first >= 2 else { return [] }

        func utf8Offset(_ characterIndex: Int) -> Int {
            characters[0..<characterIndex].reduce(0) { $0 + $1.utf8.count }
        }
        // Explicit hyphens inside the word: break after them, keeping two letters on each side.
        var segmentStart = first
        var segments: [Range<Int>] = []
        for index in first..<end where characters[index] == "-" {
            if index - first >= 2, end - index - 1 >= 2 { result.append(BreakOpportunity(offset: utf8Offset(index + 1), kind: .afterHyphen)) }
            segments.append(segmentStart..<index)
            segmentStart = index + 1
        }
        segments.append(segmentStart..<end)

        guard hyphenate, let hyphenator = hyphenators[language] else { return result }
        for segment in segments where segment.count >= 4 {
            let part = String(characters[segment])
            for point in hyphenator.hyphenationPoints(in: part) {
                result.append(BreakOpportunity(offset: utf8Offset(segment.lowerBound + point), kind: .hyphenation))
            }
        }
        return result.sorted { $0.offset < $1.offset }
    }
}
