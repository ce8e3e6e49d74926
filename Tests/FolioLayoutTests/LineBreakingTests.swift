import FolioLayout
import Testing

/// Knuth–Plass and first-fit line breaking on synthetic paragraphs (every character 5 pt wide).
@Suite("Line breaking")
struct LineBreakingTests {
    // MARK: - Corpora

    static let text = """
        In olden times when wishing still helped one, there lived a king whose daughters were all \
        beautiful; and the youngest was so beautiful that the sun itself, which has seen so much, \
        was astonished whenever it shone in her face. Close by the king's castle lay a great dark \
        forest, and under an old lime-tree in the forest was a well, and when the day was very warm, \
        the king's child went out into the forest and sat down by the side of the cool fountain; and \
        when she was bored she took a golden ball, and threw it up on high and caught it; and this \
        ball was her favorite plaything.
        """

    static let legalese = """
        The supplier shall deliver the goods described in the order confirmation within the period \
        stated therein, failing which the customer may, after granting a reasonable additional period \
        in writing, withdraw from the contract without prejudice to any claim for damages arising from \
        the delay, provided that the delay is attributable to the supplier and not to circumstances \
        of force majeure, industrial action or the acts or omissions of the customer or its agents.
        """

    static let characterWidth = 5.0

    /// Boxes for words (5 pt a character) joined by `spacing`, ended by `paragraphEnd()`. With
    /// `hyphenate`, words of eight letters or more get a hyphenation point after their fourth letter.
    static func paragraph(
        _ text: String, spacing: [ParagraphItem] = ParagraphSpacing.justified(space: 5, stretch: 2.5, shrink: 1.7),
        hyphenate: Bool = false, hyphenCost: Double = 50
    ) -> [ParagraphItem] {
        var items: [ParagraphItem] = []
        for (index, word) in text.split(separator: " ").enumerated() {
            if index > 0 { items += spacing }
            if hyphenate && word.count >= 8 {
                items.append(.box(width: 4 * characterWidth))
                items += ParagraphSpacing.hyphenationPoint(hyphenWidth: characterWidth, cost: hyphenCost)
                items.append(.box(width: Double(word.count - 4) * characterWidth))
            } else {
                items.append(.box(width: Double(word.count) * characterWidth))
            }
        }
        return items + ParagraphItem.paragraphEnd()
    }

    // MARK: - Independent line measurement (does not use the library's sums)

    struct MeasuredLine {
        var natural: Double
        var stretch: Double
        var shrink: Double
        var hasFill: Bool
        var range: Range<Int>
    }

    static func isLegalBreak(_ items: [ParagraphItem], _ index: Int) -> Bool {
        switch items[index] {
        case .box: return false
        case .glue:
            if index > 0, case .box = items[index - 1] { return true }
            return false
        case .penalty(_, let cost, _): return cost < ParagraphItem.forbidden
        }
    }

    static func measure(_ result: LineBreaking, _ items: [ParagraphItem]) -> [MeasuredLine] {
        zip(result.lineRanges(in: items), result.breaks).map { range, lineBreak in
            var line = MeasuredLine(natural: 0, stretch: 0, shrink: 0, hasFill: false, range: range)
            for index in range {
                switch items[index] {
                case .box(let width): line.natural += width
                case .glue(let width, let stretch, let shrink):
                    line.natural += width
                    line.shrink += shrink
                    if stretch.isInfinite { line.hasFill = true } else { line.stretch += stretch }
                case .penalty: break
                }
            }
            if lineBreak.position < items.count, case .penalty(let width, _, _) = items[lineBreak.position] {
                line.natural += width
            }
            return line
        }
    }

    /// Checks everything any result must satisfy; returns the measured lines.
    @discardableResult
    static func checkInvariants(
        _ result: LineBreaking, _ items: [ParagraphItem], _ parameters: LineBreakingParameters,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> [MeasuredLine] {
        let positions = result.positions
        #expect(positions == positions.sorted() && Set(positions).count == positions.count, sourceLocation: sourceLocation)
        if !items.isEmpty {
            let expectedEnd = items.last?.isForcedBreak == true ? items.count - 1 : items.count
            #expect(positions.last == expectedEnd, sourceLocation: sourceLocation)
        }
        let lines = measure(result, items)
        for (number, (line, lineBreak)) in zip(lines, result.breaks).enumerated() {
            let width = parameters.lineWidth(forLine: number)
            if lineBreak.position < items.count {
                #expect(isLegalBreak(items, lineBreak.position), sourceLocation: sourceLocation)
            }
            // No forced break is skipped.
            #expect(!line.range.contains { items[$0].isForcedBreak }, sourceLocation: sourceLocation)
            if line.natural - line.shrink > width + 1e-6 {
                // Overfull: allowed only when nothing on the line could have been broken earlier.
                #expect(lineBreak.isOverfull, "line \(number) overfull but ratio \(lineBreak.ratio)", sourceLocation: sourceLocation)
                let inner = line.range.dropFirst().filter { isLegalBreak(items, $0) }
                #expect(inner.isEmpty, "avoidable overfull line \(number)", sourceLocation: sourceLocation)
            } else {
                #expect(!lineBreak.isOverfull, "line \(number) fits but ratio \(lineBreak.ratio)", sourceLocation: sourceLocation)
                // The reported ratio sets the line to the measure.
                if lineBreak.ratio.isFinite {
                    let set: Double
                    if line.hasFill && line.natural < width {
                        set = width
                    } else if lineBreak.ratio == 0 && line.stretch <= 0 && line.natural < width {
                        set = width  // too short, with nothing to stretch: left short (emergency only)
                    } else {
                        set = line.natural + lineBreak.ratio * (lineBreak.ratio >= 0 ? line.stretch : line.shrink)
                    }
                    #expect(abs(set - width) < 1e-6, "line \(number) sets to \(set), not \(width)", sourceLocation: sourceLocation)
                }
            }
            if lineBreak.position < items.count, case .penalty(_, _, let flagged) = items[lineBreak.position] {
                #expect(lineBreak.hyphenated == flagged, sourceLocation: sourceLocation)
            } else {
                #expect(!lineBreak.hyphenated, sourceLocation: sourceLocation)
            }
        }
        let rescored = LineDemerits.demerits(of: positions, in: items, parameters: parameters)
        #expect(rescored == result.totalDemerits, sourceLocation: sourceLocation)
        return lines
    }

    // MARK: - Tests

    @Test(arguments: [150.0, 200, 250, 300, 350, 420])
    func linesNeverExceedTheMeasure(width: Double) {
        let parameters = LineBreakingParameters(lineWidth: width)
        for text in [Self.text, Self.legalese] {
            for hyphenate in [false, true] {
                let items = Self.paragraph(text, hyphenate: hyphenate)
                for result in [KnuthPlass.breakLines(items, parameters: parameters), FirstFit.breakLines(items, parameters: parameters)] {
                    let lines = Self.checkInvariants(result, items, parameters)
                    #expect(lines.allSatisfy { $0.natural - $0.shrink <= width + 1e-6 })
                    #expect(result.lineCount > 1)
                }
            }
        }
    }

    @Test func totalFitBeatsFirstFit() {
        var strictlyBetter = 0
        var compared = 0
        for text in [Self.text, Self.legalese] {
            for hyphenate in [false, true] {
                for width in stride(from: 150.0, through: 450, by: 25) {
                    let parameters = LineBreakingParameters(lineWidth: width)
                    let items = Self.paragraph(text, hyphenate: hyphenate)
                    let best = KnuthPlass.breakLines(items, parameters: parameters)
                    let greedy = FirstFit.breakLines(items, parameters: parameters)
                    #expect(best.totalDemerits <= greedy.totalDemerits, "width \(width)")
                    compared += 1
                    if best.totalDemerits < greedy.totalDemerits { strictlyBetter += 1 }
                }
            }
        }
        #expect(strictlyBetter > compared / 2, "\(strictlyBetter) of \(compared)")
    }

    /// Every way to break `items` whose lines all have −1 ≤ r ≤ tolerance, by depth-first search
    /// (gives up, returning [], past 20 000 ways).
    static func feasibleBreakings(_ items: [ParagraphItem], _ parameters: LineBreakingParameters, tolerance: Double) -> [[Int]] {
        var found: [[Int]] = []
        func search(from start: Int, line: Int, path: [Int]) {
            guard found.count <= 20_000 else { return }
            let width = parameters.lineWidth(forLine: line)
            var natural = 0.0, stretch = 0.0, shrink = 0.0, fill = false
            for index in start..<items.count {
                if Self.isLegalBreak(items, index) {
                    var lineWidth = natural
                    if case .penalty(let hyphen, _, _) = items[index] { lineWidth += hyphen }
                    let fits: Bool
                    if lineWidth - shrink > width + 1e-9 {
                        fits = false
                    } else if lineWidth >= width - 1e-9 || fill {
                        fits = true
                    } else {
                        fits = stretch > 0 && (width - lineWidth) / stretch <= tolerance
                    }
                    if fits {
                        if index == items.count - 1 {
                            found.append(path + [index])
                        } else {
                            let next = ((index + 1)..<items.count).first {
                                if case .box = items[$0] { return true }
                                return items[$0].isForcedBreak
                            } ?? items.count
                            search(from: next, line: line + 1, path: path + [index])
                        }
                    }
                    if items[index].isForcedBreak { return }
                }
                switch items[index] {
                case .box(let w): natural += w
                case .glue(let w, let y, let z):
                    natural += w
                    shrink += z
                    if y.isInfinite { fill = true } else { stretch += y }
                case .penalty: break
                }
                // Widths minus shrinks only grow here, so every later break would be overfull too.
                if natural - shrink > width + 1e-9 { return }
            }
        }
        search(from: 0, line: 0, path: [])
        return found.count > 20_000 ? [] : found
    }

    @Test func totalFitIsOptimalAgainstExhaustiveSearch() {
        var rng = SplitMix64(seed: 7)
        var compared = 0
        var comparedOnRetry = 0
        for trial in 0..<600 {
            let ragged = trial % 4 == 3
            var items: [ParagraphItem] = []
            for index in 0..<Int(rng.uniform(6...18.99)) {
                if index > 0 {
                    items += ragged
                        ? ParagraphSpacing.raggedRight(space: 5, fill: 25)
                        : ParagraphSpacing.justified(space: 5, stretch: 2.5, shrink: 1.7)
                }
                items.append(.box(width: rng.uniform(5...40)))
                if rng.uniform(0...1) < 0.3 {
                    let cost = [50, 500, -200][Int(rng.uniform(0...2.99))]
                    items += ParagraphSpacing.hyphenationPoint(hyphenWidth: 5, cost: Double(cost), raggedFill: ragged ? 25 : nil)
                    items.append(.box(width: rng.uniform(5...25)))
                }
            }
            items += ParagraphItem.paragraphEnd()
            // Up to five distinct line widths, so that breaks on different lines must be told apart,
            // and TeX's large demerits as well as the defaults.
            let widths = (0..<Int(rng.uniform(1...5.99))).map { _ in rng.uniform(50...140) }
            let texLike = rng.uniform(0...1) < 0.5
            let parameters = LineBreakingParameters(
                lineWidths: widths, tolerance: ragged ? 1 : 3, retryTolerance: ragged ? 2 : 10,
                flaggedDemerits: texLike ? 10_000 : 3000, fitnessDemerits: texLike ? 10_000 : 100)
            let result = KnuthPlass.breakLines(items, parameters: parameters)
            Self.checkInvariants(result, items, parameters)
            // The optimum of the first pass, else of the second (the emergency pass is not searched).
            var all = Self.feasibleBreakings(items, parameters, tolerance: parameters.tolerance)
            if all.isEmpty {
                all = Self.feasibleBreakings(items, parameters, tolerance: parameters.retryTolerance)
                if !all.isEmpty { comparedOnRetry += 1 }
            }
            guard !all.isEmpty else { continue }
            compared += 1
            let best = all.map { LineDemerits.demerits(of: $0, in: items, parameters: parameters) }.min() ?? .infinity
            #expect(abs(result.totalDemerits - best) <= 1e-9 * max(1, best), "trial \(trial): \(result.totalDemerits) vs \(best)")
        }
        #expect(compared > 200 && comparedOnRetry > 20, "\(compared) compared, \(comparedOnRetry) on the second pass")
    }

    @Test func aWordLongerThanTheMeasureGivesAnOverfullLine() {
        var items = Self.paragraph("a few short words then")
        items.removeLast(3)
        items += ParagraphSpacing.justified(space: 5, stretch: 2.5, shrink: 1.7)
        items.append(.box(width: 500))  // wider than the 100 pt measure
        items += ParagraphSpacing.justified(space: 5, stretch: 2.5, shrink: 1.7)
        items.append(.box(width: 20))
        items += ParagraphItem.paragraphEnd()
        let parameters = LineBreakingParameters(lineWidth: 100)
        for result in [KnuthPlass.breakLines(items, parameters: parameters), FirstFit.breakLines(items, parameters: parameters)] {
            let lines = Self.checkInvariants(result, items, parameters)
            let overfull = result.breaks.indices.filter { result.breaks[$0].isOverfull }
            #expect(overfull.count == 1)
            if let index = overfull.first {
                #expect(lines[index].natural == 500)
                #expect(result.breaks[index].ratio < -1)
            }
        }
    }

    @Test func aLineWithNothingToStretchIsLeftShort() {
        // A 40 pt column holds one 30 pt word a line: no glue left on the line to stretch.
        let items: [ParagraphItem] = [.box(width: 30), .glue(width: 5, stretch: 2.5, shrink: 1.7), .box(width: 30)]
            + ParagraphItem.paragraphEnd()
        let parameters = LineBreakingParameters(lineWidth: 40)
        for result in [KnuthPlass.breakLines(items, parameters: parameters), FirstFit.breakLines(items, parameters: parameters)] {
            Self.checkInvariants(result, items, parameters)
            #expect(result.positions == [1, items.count - 1])
            #expect(result.breaks.allSatisfy { $0.ratio == 0 && !$0.isOverfull })
        }
    }

    @Test func forcedPenaltiesBreak() {
        let first = Self.paragraph("one two")
        let items = Array(first.dropLast(3)) + ParagraphItem.paragraphEnd() + Self.paragraph("three four five")
        let forcedIndex = first.count - 1
        let parameters = LineBreakingParameters(lineWidth: 400)
        for result in [KnuthPlass.breakLines(items, parameters: parameters), FirstFit.breakLines(items, parameters: parameters)] {
            Self.checkInvariants(result, items, parameters)
            #expect(result.positions == [forcedIndex, items.count - 1])
        }
    }

    @Test func forbiddenPenaltiesNeverBreak() {
        // Every space is tied (`penalty(forbidden)` before the glue), except one.
        var items: [ParagraphItem] = []
        let words = Self.legalese.split(separator: " ")
        for (index, word) in words.enumerated() {
            if index > 0 {
                if index != 30 { items.append(.penalty(width: 0, cost: ParagraphItem.forbidden, flagged: false)) }
                items.append(.glue(width: 5, stretch: 2.5, shrink: 1.7))
            }
            items.append(.box(width: Double(word.count) * 5))
        }
        items += ParagraphItem.paragraphEnd()
        let forbidden = Set(items.indices.filter {
            if case .penalty(_, let cost, _) = items[$0] { return cost >= ParagraphItem.forbidden }
            return false
        })
        let parameters = LineBreakingParameters(lineWidth: 300)
        for result in [KnuthPlass.breakLines(items, parameters: parameters), FirstFit.breakLines(items, parameters: parameters)] {
            Self.checkInvariants(result, items, parameters)
            #expect(result.positions.allSatisfy { !forbidden.contains($0) })
            #expect(result.positions.allSatisfy { !(items[$0 - 1] == .penalty(width: 0, cost: ParagraphItem.forbidden, flagged: false)) })
            #expect(result.lineCount == 2)  // breaks only at the one untied space and at the end
        }
    }

    @Test func hyphensAreUsedOnlyWhenTheyHelp() {
        var usedSomewhere = false
        for width in stride(from: 120.0, through: 400, by: 10) {
            let parameters = LineBreakingParameters(lineWidth: width)
            let plain = KnuthPlass.breakLines(Self.paragraph(Self.legalese), parameters: parameters)
            let items = Self.paragraph(Self.legalese, hyphenate: true)
            let hyphenated = KnuthPlass.breakLines(items, parameters: parameters)
            Self.checkInvariants(hyphenated, items, parameters)
            #expect(hyphenated.totalDemerits <= plain.totalDemerits)
            if hyphenated.breaks.contains(where: { $0.hyphenated }) {
                usedSomewhere = true
                #expect(hyphenated.totalDemerits < plain.totalDemerits, "width \(width): a hyphen that does not help")
            }
        }
        #expect(usedSomewhere)
        // Everything fits on one line: no hyphen.
        let items = Self.paragraph("the supplier shall deliver immediately", hyphenate: true)
        let wide = KnuthPlass.breakLines(items, parameters: LineBreakingParameters(lineWidth: 1000))
        #expect(wide.lineCount == 1 && !wide.breaks.contains { $0.hyphenated })
        // A prohibitive hyphen cost is never worth it when the paragraph can be set without
        // hyphens within the first pass's tolerance. (When it cannot, a hyphen that keeps the first
        // pass feasible is still preferred to looser spacing, as in TeX.)
        var widthsChecked = 0
        for width in stride(from: 150.0, through: 400, by: 10) {
            let parameters = LineBreakingParameters(lineWidth: width)
            let plain = KnuthPlass.breakLines(Self.paragraph(Self.legalese), parameters: parameters)
            guard plain.breaks.allSatisfy({ $0.ratio <= parameters.tolerance }) else { continue }
            widthsChecked += 1
            let costly = Self.paragraph(Self.legalese, hyphenate: true, hyphenCost: 9_999)
            let result = KnuthPlass.breakLines(costly, parameters: parameters)
            #expect(!result.breaks.contains { $0.hyphenated }, "width \(width)")
        }
        #expect(widthsChecked > 10)
    }

    @Test func variableLineWidthsAreHonoured() {
        let parameters = LineBreakingParameters(lineWidths: [120, 120, 120, 320])
        let items = Self.paragraph(Self.text)
        for result in [KnuthPlass.breakLines(items, parameters: parameters), FirstFit.breakLines(items, parameters: parameters)] {
            let lines = Self.checkInvariants(result, items, parameters)
            #expect(lines.prefix(3).allSatisfy { $0.natural - $0.shrink <= 120 + 1e-6 })
            // Later lines fit the wider measure, and really use it.
            #expect(lines.dropFirst(3).allSatisfy { $0.natural - $0.shrink <= 320 + 1e-6 })
            #expect(lines.dropFirst(3).contains { $0.natural > 200 })
        }
        // A first-line indent: first line narrower.
        let indented = LineBreakingParameters(lineWidths: [250, 300])
        let result = KnuthPlass.breakLines(items, parameters: indented)
        Self.checkInvariants(result, items, indented)
    }

    @Test func raggedRightLinesDifferButFit() {
        let width = 250.0
        let items = Self.paragraph(Self.text, spacing: ParagraphSpacing.raggedRight(space: 5, fill: 30))
        let parameters = LineBreakingParameters(lineWidth: width)
        let result = KnuthPlass.breakLines(items, parameters: parameters)
        let lines = Self.checkInvariants(result, items, parameters)
        #expect(lines.count > 3)
        // Natural width of each line's content (the ragged construction's widths sum to the words and spaces).
        let widths = lines.map(\.natural)
        #expect(widths.allSatisfy { $0 <= width + 1e-9 })
        #expect(Set(widths).count > 1)
        // Ragged lines are set at their natural spacing: no line shrinks.
        #expect(result.breaks.allSatisfy { $0.ratio >= 0 })
        // Every line but the last ends at the penalty of a space, or (at the glue just before it)
        // fills the measure exactly, which costs the same.
        for (line, lineBreak) in zip(lines, result.breaks).dropLast() {
            let atPenalty = items[lineBreak.position] == .penalty(width: 0, cost: 0, flagged: false)
            #expect(atPenalty || line.natural == width)
        }
        // Total fit evens the right edge out better than greedy filling.
        let greedy = FirstFit.breakLines(items, parameters: parameters)
        Self.checkInvariants(greedy, items, parameters)
        #expect(result.totalDemerits < greedy.totalDemerits)
    }

    @Test func emptyAndOneWordParagraphs() {
        let parameters = LineBreakingParameters(lineWidth: 200)
        for breaker in [KnuthPlass.breakLines, FirstFit.breakLines] {
            let empty = breaker([], parameters)
            #expect(empty.lineCount == 0 && empty.totalDemerits == 0)

            let onlyEnd = breaker(ParagraphItem.paragraphEnd(), parameters)
            #expect(onlyEnd.positions == [2])

            let oneWord: [ParagraphItem] = [.box(width: 40)] + ParagraphItem.paragraphEnd()
            let result = breaker(oneWord, parameters)
            Self.checkInvariants(result, oneWord, parameters)
            #expect(result.positions == [3] && result.breaks.first?.ratio == 0)
            #expect(result.lineRanges(in: oneWord) == [0..<3])

            // Without paragraphEnd(): treated as if it were there; the last break is items.count.
            let bare: [ParagraphItem] = [.box(width: 40)]
            let bareResult = breaker(bare, parameters)
            #expect(bareResult.positions == [1] && bareResult.lineRanges(in: bare) == [0..<1])
            #expect(bareResult.totalDemerits == result.totalDemerits)
        }
    }

    @Test func lineRangesCoverEveryBoxOnce() {
        let items = Self.paragraph(Self.text, hyphenate: true)
        let result = KnuthPlass.breakLines(items, parameters: LineBreakingParameters(lineWidth: 180))
        let ranges = result.lineRanges(in: items)
        let boxes = items.indices.filter { if case .box = items[$0] { return true } else { return false } }
        #expect(ranges.flatMap { Array($0) }.filter { boxes.contains($0) } == boxes)
        for range in ranges {
            if let first = range.first, case .box = items[first] {} else { Issue.record("line \(range) does not start with a box") }
        }
    }

    @Test func demeritsRejectInvalidBreaks() {
        let items = Self.paragraph("one two three")
        let parameters = LineBreakingParameters(lineWidth: 100)
        #expect(LineDemerits.demerits(of: [0], in: items, parameters: parameters) == .infinity)  // a box
        #expect(LineDemerits.demerits(of: [3, 1], in: items, parameters: parameters) == .infinity)  // out of order
        #expect(LineDemerits.demerits(of: [1], in: items, parameters: parameters).isFinite)
        // The final break may be left out.
        #expect(
            LineDemerits.demerits(of: [1], in: items, parameters: parameters)
                == LineDemerits.demerits(of: [1, items.count - 1], in: items, parameters: parameters))
    }

    @Test func randomParagraphsKeepTheInvariants() {
        var rng = SplitMix64(seed: 2024)
        var greedyFeasible = 0
        do {
            for _ in 0..<500 {
                let ragged = rng.uniform(0...1) < 0.2
                let spacing = ragged
                    ? ParagraphSpacing.raggedRight(space: 5, fill: 30)
                    : ParagraphSpacing.justified(space: 5, stretch: 2.5, shrink: 1.7)
                var items: [ParagraphItem] = []
                for index in 0..<Int(rng.uniform(1...80)) {
                    if index > 0 { items += spacing }
                    items.append(.box(width: rng.uniform(3...70)))
                    if rng.uniform(0...1) < 0.15 {
                        items += ParagraphSpacing.hyphenationPoint(hyphenWidth: 4, raggedFill: ragged ? 30 : nil)
                        items.append(.box(width: rng.uniform(3...40)))
                    }
                    if rng.uniform(0...1) < 0.01 { items += ParagraphItem.paragraphEnd() + [.box(width: 10)] }
                }
                items += ParagraphItem.paragraphEnd()
                let widths = rng.uniform(0...1) < 0.3
                    ? [rng.uniform(40...200), rng.uniform(40...400)]
                    : [rng.uniform(40...400)]
                let parameters = LineBreakingParameters(lineWidths: widths)
                let best = KnuthPlass.breakLines(items, parameters: parameters)
                let greedy = FirstFit.breakLines(items, parameters: parameters)
                Self.checkInvariants(best, items, parameters)
                Self.checkInvariants(greedy, items, parameters)
                // When greedy's lines all lie within the first pass's tolerance, total fit must do at least as well.
                if greedy.breaks.allSatisfy({ $0.ratio >= -1 && $0.ratio <= parameters.tolerance }) {
                    greedyFeasible += 1
                    #expect(best.totalDemerits <= greedy.totalDemerits * (1 + 1e-12))
                }
            }
        }
        #expect(greedyFeasible > 100)
    }
}

/// A small seeded pseudo-random generator (SplitMix64), so the random tests are repeatable.
private struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in `range`.
    mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + Double(next() >> 11) / Double(UInt64(1) << 53) * (range.upperBound - range.lowerBound)
    }
}
