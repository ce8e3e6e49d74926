/// Compares two versions of a terms document article by article: the engine of `folio terms diff`.
///
/// ```swift
/// let redline = TermsComparison.compare(MarkdownTerms.read(old), MarkdownTerms.read(new),
///                                       old: RedlineVersion(name: "old.md"), new: RedlineVersion(name: "new.md"))
/// redline.changes.map(\.changes)   // [[.renumbered], [.added], …]
/// redline.figures                  // 30 jours → 45 jours, art. 7
/// ```
public enum TermsComparison {
    /// The redline of `new` against `old`; `strict` compares typography and spacing as written.
    public static func compare(_ old: TermsText, _ new: TermsText, old oldVersion: RedlineVersion,
                               new newVersion: RedlineVersion, strict: Bool = false) -> Redline {
        var oldVersion = oldVersion, newVersion = newVersion
        if oldVersion.title == nil { oldVersion.title = old.title }
        if newVersion.title == nil { newVersion.title = new.title }
        let comparison = Comparison(old: old.allSections, new: new.allSections, strict: strict)
        return Redline(old: oldVersion, new: newVersion, strict: strict,
                       articles: comparison.articles(), figures: comparison.figures)
    }
}

/// The work of one comparison: tokens, matching, diffs, figures.
private final class Comparison {
    let old: [TermsSection]
    let new: [TermsSection]
    let strict: Bool
    let oldBodies: [[Token]]
    let newBodies: [[Token]]
    let matching: ArticleMatching
    /// Old numbers and the new numbers they became, for references that follow a renumbering.
    let renumbering: [String: String]
    var figures: [FigureChange] = []

    init(old: [TermsSection], new: [TermsSection], strict: Bool) {
        self.old = old
        self.new = new
        self.strict = strict
        let oldTitles = old.map { Tokenizer.tokens($0.title, strict: strict) }
        let newTitles = new.map { Tokenizer.tokens($0.title, strict: strict) }
        let oldBodies = old.map { Tokenizer.tokens($0.paragraphs, strict: strict) }
        let newBodies = new.map { Tokenizer.tokens($0.paragraphs, strict: strict) }
        self.oldBodies = oldBodies
        self.newBodies = newBodies
        var dictionary: [String: Int] = [:]
        let oldShingles = old.indices.map { Shingles(oldTitles[$0] + oldBodies[$0], dictionary: &dictionary) }
        let newShingles = new.indices.map { Shingles(newTitles[$0] + newBodies[$0], dictionary: &dictionary) }
        let oldTrees = Self.trees(old, titles: oldTitles, bodies: oldBodies, own: oldShingles, dictionary: &dictionary)
        let newTrees = Self.trees(new, titles: newTitles, bodies: newBodies, own: newShingles, dictionary: &dictionary)
        matching = ArticleMatching(old: old, new: new, oldShingles: oldShingles, newShingles: newShingles,
                                   oldTrees: oldTrees, newTrees: newTrees)
        var renumbering: [String: String] = [:]
        var ambiguous: Set<String> = []
        for (i, j) in matching.newOfOld.enumerated() {
            guard let j, let from = old[i].number, let to = new[j].number else { continue }
            if let earlier = renumbering[from], earlier != to { ambiguous.insert(from) }
            renumbering[from] = to
        }
        for (j, parts) in matching.mergedParts {
            for i in parts { if let from = old[i].number, let to = new[j].number { renumbering[from] = to } }
        }
        for number in ambiguous { renumbering[number] = nil }
        self.renumbering = renumbering
    }

    /// Each section's text with its sub-clauses', as word pairs (its own when it has none).
    private static func trees(_ sections: [TermsSection], titles: [[Token]], bodies: [[Token]], own: [Shingles],
                              dictionary: inout [String: Int]) -> [Shingles] {
        var tokens: [[Token]] = sections.indices.map { titles[$0] + bodies[$0] }
        var hasChildren = Array(repeating: false, count: sections.count)
        // Children come after their parent: walking backwards, each adds its subtree to its parent's.
        for index in sections.indices.reversed() {
            if let parent = sections[index].parent {
                tokens[parent] += tokens[index]
                hasChildren[parent] = true
            }
        }
        return sections.indices.map { hasChildren[$0] ? Shingles(tokens[$0], dictionary: &dictionary) : own[$0] }
    }

    // MARK: The articles in the new version's order

    func articles() -> [RedlineArticle] {
        let moved = movedArticles()
        var entries: [RedlineArticle] = []
        // Deleted old articles go after the new article matched with the nearest old one before them.
        var deletedAfter: [Int: [Int]] = [:]
        for i in old.indices where matching.newOfOld[i] == nil && !matching.isMergedPart(i) {
            let anchor = (0..<i).reversed().lazy.compactMap { self.matching.newOfOld[$0] }.first ?? -1
            deletedAfter[anchor, default: []].append(i)
        }
        for i in deletedAfter[-1] ?? [] { entries.append(deleted(i)) }
        for j in new.indices {
            if let i = matching.oldOfNew[j] {
                if matching.splitParts[i] != nil {
                    entries += split(i, moved: moved.contains(i))
                } else if let parts = matching.mergedParts[j] {
                    entries.append(merged([i] + parts, into: j))
                } else {
                    entries.append(matched(i, j, moved: moved.contains(i)))
                }
            } else if !matching.isSplitPart(j) {
                entries.append(added(j))
            }
            for i in deletedAfter[j] ?? [] { entries.append(deleted(i)) }
        }
        return entries
    }

    private func place(_ section: TermsSection, _ index: Int, in sections: [TermsSection]) -> ArticlePlace {
        let position = sections.first?.isPreamble == true ? index : index + 1
        return ArticlePlace(label: section.label, number: section.number, title: section.title, position: position, level: section.level)
    }

    private func added(_ j: Int) -> RedlineArticle {
        RedlineArticle(changes: [.added], old: nil, new: place(new[j], j, in: new),
                       paragraphs: paragraphs(newBodies[j], kind: .inserted))
    }

    private func deleted(_ i: Int) -> RedlineArticle {
        RedlineArticle(changes: [.deleted], old: place(old[i], i, in: old), new: nil,
                       paragraphs: paragraphs(oldBodies[i], kind: .deleted))
    }

    private func matched(_ i: Int, _ j: Int, moved: Bool) -> RedlineArticle {
        var changes: [ArticleChangeKind] = []
        if moved { changes.append(.moved) } else if let from = old[i].number, let to = new[j].number, from != to { changes.append(.renumbered) }
        let (bodies, changed) = marked(olds: [i], news: [j])
        let oldTitle = Tokenizer.tokens(old[i].title, strict: strict)
        let newTitle = Tokenizer.tokens(new[j].title, strict: strict)
        var titleSpans: [RedlineSpan]?
        if oldTitle.map(\.key) != newTitle.map(\.key) {
            titleSpans = spans(old: oldTitle, new: newTitle)
        }
        if changed || titleSpans != nil { changes.append(.modified) }
        return RedlineArticle(changes: changes.sorted(), old: place(old[i], i, in: old), new: place(new[j], j, in: new),
                              titleSpans: titleSpans, paragraphs: bodies[0])
    }

    private func split(_ i: Int, moved: Bool) -> [RedlineArticle] {
        guard let first = matching.newOfOld[i] else { return [] }
        let parts = [first] + (matching.splitParts[i] ?? [])
        let (bodies, changed) = marked(olds: [i], news: parts)
        var changes: [ArticleChangeKind] = [.split]
        if changed { changes.append(.modified) }
        if moved { changes.append(.moved) }
        var entries = [RedlineArticle(changes: changes.sorted(), old: place(old[i], i, in: old), new: place(new[first], first, in: new),
                                      splitInto: parts.map { new[$0].label }, paragraphs: bodies[0])]
        for (index, j) in parts.enumerated().dropFirst() {
            entries.append(RedlineArticle(changes: [], old: nil, new: place(new[j], j, in: new), partOf: old[i].label,
                                          paragraphs: bodies[index]))
        }
        return entries
    }

    private func merged(_ olds: [Int], into j: Int) -> RedlineArticle {
        let olds = olds.sorted()
        let (bodies, changed) = marked(olds: olds, news: [j])
        var changes: [ArticleChangeKind] = [.merged]
        if changed { changes.append(.modified) }
        return RedlineArticle(changes: changes.sorted(), old: place(old[olds[0]], olds[0], in: old), new: place(new[j], j, in: new),
                              mergedFrom: olds.map { old[$0].label }, paragraphs: bodies[0])
    }

    /// Old articles matched out of order: the fewest moves that explain the new order (the others keep
    /// their order: a longest increasing subsequence), among top-level articles and among the sub-clauses
    /// of one article. A sub-clause now under another article has moved.
    private func movedArticles() -> Set<Int> {
        var groups: [Int: [Int]] = [:]   // new parent (−1 for top level) → old articles, in old order
        var moved: Set<Int> = []
        for (i, j) in matching.newOfOld.enumerated() {
            guard let j, !old[i].isPreamble else { continue }
            switch (old[i].parent, new[j].parent) {
            case (nil, nil): groups[-1, default: []].append(i)
            case let (oldParent?, newParent?) where matching.newHomes(of: oldParent).contains(newParent):
                groups[newParent, default: []].append(i)
            default:
                // Under another article now, or raised to an article, or made a sub-clause.
                moved.insert(i)
            }
        }
        for members in groups.values {
            let sequence = members.compactMap { matching.newOfOld[$0] }
            let kept = Set(Self.longestIncreasing(sequence).map { members[$0] })
            for i in members where !kept.contains(i) { moved.insert(i) }
        }
        return moved
    }

    /// Indices of a longest strictly increasing subsequence.
    static func longestIncreasing(_ values: [Int]) -> [Int] {
        var tails: [Int] = []         // index into values of the smallest tail of each length
        var previous = Array(repeating: -1, count: values.count)
        for (index, value) in values.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if values[tails[middle]] < value { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var result: [Int] = []
        var index = tails.last ?? -1
        while index >= 0 { result.append(index); index = previous[index] }
        return result.reversed()
    }

    // MARK: Marked text

    /// The marked paragraphs of each new article of a group, and whether anything changed;
    /// the group's figures are added to ``figures``.
    private func marked(olds: [Int], news: [Int]) -> ([[RedlineParagraph]], Bool) {
        let separator = Token(text: "", trailing: "", key: "¶", kind: .paragraphBreak)
        var oldTokens: [Token] = []
        for i in olds {
            if !oldTokens.isEmpty, !oldBodies[i].isEmpty { oldTokens.append(separator) }
            oldTokens += oldBodies[i].map(renumbered)
        }
        var newTokens: [Token] = []
        var ranges: [Range<Int>] = []
        var boundaries: Set<Int> = []
        for j in news {
            if !newTokens.isEmpty, !newBodies[j].isEmpty { boundaries.insert(newTokens.count); newTokens.append(separator) }
            let start = newTokens.count
            newTokens += newBodies[j]
            ranges.append(start..<newTokens.count)
        }
        var numbers = KeyNumbers()
        let runs = TokenDiff.runs(old: numbers.of(oldTokens), new: numbers.of(newTokens), separator: numbers.of("¶"))
        let pieces = SemanticCleanup.pieces(runs, old: oldTokens, new: newTokens)
        func part(_ position: Int) -> Int {
            ranges.firstIndex { position < $0.upperBound } ?? max(ranges.count - 1, 0)
        }
        let figuresBefore = figures.count
        var events: [[(RedlineSpan.Kind, Token)]] = Array(repeating: [], count: news.count)
        var changed = false
        for piece in pieces {
            switch piece {
            case let .kept(_, kept):
                for t in kept where !boundaries.contains(t) { events[part(t)].append((.kept, newTokens[t])) }
            case let .changed(hunk):
                changed = true
                let at = part(hunk.new.lowerBound)
                for t in hunk.old { events[at].append((.deleted, oldTokens[t])) }
                for t in hunk.new where !boundaries.contains(t) { events[part(t)].append((.inserted, newTokens[t])) }
                collectFigures(hunk, old: oldTokens, new: newTokens, article: news[part(hunk.new.lowerBound)])
            }
        }
        settleFigures(from: figuresBefore)
        return (events.map(Self.paragraphs), changed)
    }

    /// An old token with its reference renamed after the renumbering.
    private func renumbered(_ token: Token) -> Token {
        guard case let .reference(noun, numbers) = token.kind, numbers.contains(where: { renumbering[$0] != nil }) else { return token }
        var token = token
        token.key = "\(noun) \(numbers.map { renumbering[$0] ?? $0 }.joined(separator: ","))"
        return token
    }

    private func paragraphs(_ tokens: [Token], kind: RedlineSpan.Kind) -> [RedlineParagraph] {
        Self.paragraphs(tokens.map { (kind, $0) })
    }

    private func spans(old: [Token], new: [Token]) -> [RedlineSpan] {
        var numbers = KeyNumbers()
        let runs = TokenDiff.runs(old: numbers.of(old), new: numbers.of(new))
        var events: [(RedlineSpan.Kind, Token)] = []
        for piece in SemanticCleanup.pieces(runs, old: old, new: new) {
            switch piece {
            case let .kept(_, kept): for t in kept { events.append((.kept, new[t])) }
            case let .changed(hunk):
                for t in hunk.old { events.append((.deleted, old[t])) }
                for t in hunk.new { events.append((.inserted, new[t])) }
            }
        }
        return Self.paragraphs(events).first?.spans ?? []
    }

    /// Tokens with their fate, as paragraphs of spans.
    static func paragraphs(_ events: [(RedlineSpan.Kind, Token)]) -> [RedlineParagraph] {
        var paragraphs: [RedlineParagraph] = []
        var current = RedlineParagraph(isItem: false, spans: [])
        func close() {
            if let last = current.spans.last {
                current.spans[current.spans.count - 1].text = last.text.trimmedTrailingSpaces()
            }
            current.spans.removeAll { $0.text.isEmpty }
            if !current.spans.isEmpty { paragraphs.append(current) }
            current = RedlineParagraph(isItem: false, spans: [])
        }
        for (kind, token) in events {
            switch token.kind {
            case .paragraphBreak: close()
            case .itemMark: if kind != .deleted { current.isItem = true }
            default:
                let text = token.text + displayed(token.trailing)
                if let last = current.spans.last, last.kind == kind {
                    current.spans[current.spans.count - 1].text += text
                } else {
                    current.spans.append(RedlineSpan(kind, text))
                }
            }
        }
        close()
        return paragraphs
    }

    /// Spaces as shown: one space for a run or a line end, a single no-break space kept.
    private static func displayed(_ spaces: String) -> String {
        if spaces.isEmpty { return "" }
        if spaces.count == 1, spaces != "\n", spaces != "\t" { return spaces }
        return " "
    }

    // MARK: Figures

    private func collectFigures(_ hunk: Hunk, old oldTokens: [Token], new newTokens: [Token], article j: Int) {
        var removed = hunk.old.filter { oldTokens[$0].isFigure }
        var added = hunk.new.filter { newTokens[$0].isFigure }
        // A figure on both sides (a phrase rewritten around it) did not change.
        removed.removeAll { i in
            if let index = added.firstIndex(where: { newTokens[$0].key == oldTokens[i].key }) { added.remove(at: index); return true }
            return false
        }
        let context = contextBefore(hunk.new.lowerBound, in: newTokens)
        for kind in FigureKind.allCases {
            let olds = removed.filter { kindOf(oldTokens[$0]) == kind }
            let news = added.filter { kindOf(newTokens[$0]) == kind }
            for index in 0..<max(olds.count, news.count) {
                figures.append(FigureChange(kind: kind,
                                            old: index < olds.count ? Typography.plain(oldTokens[olds[index]].text) : nil,
                                            new: index < news.count ? Typography.plain(newTokens[news[index]].text) : nil,
                                            article: new[j].label, title: new[j].title, context: context))
            }
        }
    }

    /// A figure removed in one place of an article and added in another, the same, has moved, not changed.
    private func settleFigures(from start: Int) {
        var index = start
        while index < figures.count {
            let figure = figures[index]
            if figure.new == nil, let twin = figures[start...].firstIndex(where: {
                $0.old == nil && $0.kind == figure.kind && $0.new.map { Typography.plain($0) } == figure.old
            }) {
                figures.remove(at: max(index, twin))
                figures.remove(at: min(index, twin))
                index = start
                continue
            }
            index += 1
        }
    }

    private func kindOf(_ token: Token) -> FigureKind? {
        if case let .figure(kind) = token.kind { return kind }
        return nil
    }

    /// Up to five words before a position, for the reader to place a figure.
    private func contextBefore(_ position: Int, in tokens: [Token]) -> String {
        var start = position
        var words = 0
        while start > 0, words < 5, tokens[start - 1].kind != .paragraphBreak, tokens[start - 1].kind != .itemMark {
            start -= 1
            if tokens[start].isContent { words += 1 }
        }
        let text = tokens[start..<position].map { $0.text + ($0.trailing.isEmpty ? "" : " ") }.joined()
        return text.trimmedSpaces()
    }
}

/// Tokens' keys as numbers for the diff, equal keys equal numbers, given in order of first sight
/// (never hash values, which change from one process to the next).
private struct KeyNumbers {
    private var numbers: [String: Int] = [:]

    mutating func of(_ key: String) -> Int {
        if let number = numbers[key] { return number }
        numbers[key] = numbers.count
        return numbers.count - 1
    }

    mutating func of(_ tokens: [Token]) -> [Int] { tokens.map { of($0.key) } }
}
