/// Total-fit line breaking: the breaks that minimise the paragraph's demerits (Knuth and Plass 1981).
///
/// How it works, for a newcomer: the paragraph is scanned once, left to right. Every legal
/// breakpoint that some earlier break can reach with a line that is neither overfull nor looser than
/// the tolerance is *feasible*; for it we remember the cheapest way to get there (dynamic
/// programming), one per fitness class and per distinct line width. The *active list* holds the
/// feasible breaks from which a line could still end at the breakpoint being scanned; a break leaves
/// the list as soon as its line would be overfull (r < −1) or a forced break passes. Line widths,
/// stretch and shrink come from running sums, so each breakpoint costs O(active breaks) and the
/// whole paragraph O(items × active breaks), with active breaks about the number of words on a line.
///
/// Passes: first with ``LineBreakingParameters/tolerance``; if no set of breaks fits, again with
/// ``LineBreakingParameters/retryTolerance``; and finally an emergency pass that accepts any ratio
/// and, when something is wider than the measure, an overfull line (reported with ratio < −1).
/// It never fails. Within one pass the result is optimal, so its demerits are at most first-fit's
/// whenever first-fit's lines all lie within the tolerance; when a paragraph needs a later pass,
/// that comparison is not guaranteed (the passes trade optimality for keeping lines within tolerance).
///
/// Example, justified text with first-line indent and a final ragged line:
///
///     var items: [ParagraphItem] = []
///     for (index, word) in wordWidths.enumerated() {
///         if index > 0 { items += ParagraphSpacing.justified(space: 3.3, stretch: 1.65, shrink: 1.1) }
///         items.append(.box(width: word))
///     }
///     items += ParagraphItem.paragraphEnd()
///     let result = KnuthPlass.breakLines(items, parameters: .init(lineWidths: [300 - 12, 300]))
///     for (range, lineBreak) in zip(result.lineRanges(in: items), result.breaks) { ... }
public enum KnuthPlass: Sendable {
    /// Breaks `items` into lines with the least total demerits.
    ///
    /// `items` should end with ``ParagraphItem/paragraphEnd()``; if they do not end with a forced
    /// break, the paragraph end is added and the last break's position is `items.count`. An empty
    /// `items` gives no lines.
    public static func breakLines(_ items: [ParagraphItem], parameters: LineBreakingParameters) -> LineBreaking {
        if items.isEmpty { return LineBreaking(breaks: [], totalDemerits: 0) }
        let measure = ParagraphMeasure(items)
        if let result = run(measure, parameters, tolerance: parameters.tolerance, emergency: false) {
            return result
        }
        if parameters.retryTolerance > parameters.tolerance,
            let result = run(measure, parameters, tolerance: parameters.retryTolerance, emergency: false) {
            return result
        }
        if let result = run(measure, parameters, tolerance: .infinity, emergency: true) {
            return result
        }
        // The emergency pass always finds a path; this is a belt-and-braces fallback.
        return FirstFit.breakLines(items, parameters: parameters)
    }

    /// A feasible break: the best way found to end a line at `position` in fitness class `fitness`.
    private struct Node {
        /// Internal index of the breaking item (−1 for the start of the paragraph).
        var position: Int
        /// Index of the first item of the line that follows this break.
        var lineStart: Int
        /// Number of lines up to and including this break (its line count).
        var line: Int
        var fitness: FitnessClass
        /// Demerits of the best path from the paragraph start to here.
        var totalDemerits: Double
        /// Adjustment ratio of the line ending here.
        var ratio: Double
        /// Index in the node pool of the break before this one (−1 for the start).
        var previous: Int
        /// Whether this break is a flagged penalty (a hyphen).
        var flagged: Bool
    }

    /// The best candidate found so far at the current breakpoint, per fitness class.
    private struct Candidates {
        var totals = [Double](repeating: .infinity, count: 4)
        var from = [Int](repeating: -1, count: 4)
        var ratios = [Double](repeating: 0, count: 4)
        var isEmpty = true

        mutating func offer(fitness: FitnessClass, total: Double, from node: Int, ratio: Double) {
            let slot = fitness.rawValue
            if total < totals[slot] {
                totals[slot] = total
                from[slot] = node
                ratios[slot] = ratio
                isEmpty = false
            }
        }

        mutating func reset() {
            for slot in 0..<4 {
                totals[slot] = .infinity
                from[slot] = -1
            }
            isEmpty = true
        }
    }

    /// One pass over the paragraph; nil when no set of breaks satisfies `tolerance`.
    private static func run(
        _ measure: ParagraphMeasure, _ parameters: LineBreakingParameters, tolerance: Double, emergency: Bool
    ) -> LineBreaking? {
        let items = measure.items
        // Lines from `lastWidthClass` on all have the same width, so their line numbers need not be told apart.
        let lastWidthClass = max(parameters.lineWidths.count - 1, 0)
        var nodes: [Node] = [
            Node(
                position: -1, lineStart: 0, line: 0, fitness: .decent, totalDemerits: 0, ratio: 0,
                previous: -1, flagged: false)
        ]
        nodes.reserveCapacity(items.count)
        var active: [Int] = [0]
        var nextActive: [Int] = []
        var candidates = Candidates()

        for position in items.indices where measure.isLegalBreak(position) {
            let penalty = measure.breakPenalty(at: position)
            let isForced = penalty.cost <= ParagraphItem.forced
            let isLastLine = position == measure.finalIndex
            nextActive.removeAll(keepingCapacity: true)
            candidates.reset()
            var widthClass = -1

            // Turns the candidates into active breaks at `position`, keeping only fitness classes
            // that could still win (within `fitnessDemerits` of the best).
            func flushCandidates() {
                guard !candidates.isEmpty else { return }
                let best = candidates.totals.min() ?? .infinity
                let limit = best + max(parameters.fitnessDemerits, 0)
                let nextStart = measure.lineStart(after: position)
                for fitness in FitnessClass.allCases {
                    let slot = fitness.rawValue
                    let from = candidates.from[slot]
                    guard from >= 0, candidates.totals[slot] <= limit else { continue }
                    nodes.append(
                        Node(
                            position: position, lineStart: nextStart, line: nodes[from].line + 1,
                            fitness: fitness, totalDemerits: candidates.totals[slot],
                            ratio: candidates.ratios[slot], previous: from, flagged: penalty.flagged))
                    nextActive.append(nodes.count - 1)
                }
                candidates.reset()
            }

            for (order, index) in active.enumerated() {
                let node = nodes[index]
                // Active breaks are kept in order of line number; candidates are grouped per line width.
                let nodeClass = min(node.line, lastWidthClass)
                if nodeClass != widthClass {
                    flushCandidates()
                    widthClass = nodeClass
                }
                // A penalty among the items dropped after `node` cannot end a line that starts at `node`.
                if node.lineStart > position {
                    nextActive.append(index)
                    continue
                }
                let line = measure.line(from: node.lineStart, to: position, extraWidth: penalty.width)
                let ratio = ParagraphMeasure.ratio(of: line, measure: parameters.lineWidth(forLine: node.line))
                if ratio >= -1 && !isForced {
                    nextActive.append(index)
                }
                let feasible = ratio >= -1 && ratio <= tolerance
                // Emergency: the last active break is about to go with nothing to replace it, so
                // accept an overfull line here rather than lose every way to break the paragraph.
                let lastResort =
                    emergency && !feasible && candidates.isEmpty && nextActive.isEmpty
                    && order == active.count - 1
                guard feasible || lastResort else { continue }
                let fitness = FitnessClass(ratio: ratio)
                let demerits = LineDemerits.lineDemerits(
                    ratio: ratio, cost: penalty.cost, flagged: penalty.flagged, previousFlagged: node.flagged,
                    isLastLine: isLastLine, fitness: fitness, previousFitness: node.fitness,
                    parameters: parameters)
                candidates.offer(
                    fitness: fitness, total: node.totalDemerits + demerits, from: index, ratio: ratio)
            }
            flushCandidates()
            swap(&active, &nextActive)
            if active.isEmpty { return nil }
        }

        // After the final forced break only breaks at the paragraph's end remain active.
        var best = -1
        for index in active where nodes[index].position == measure.finalIndex {
            if best < 0 || nodes[index].totalDemerits < nodes[best].totalDemerits { best = index }
        }
        guard best >= 0 else { return nil }
        var breaks: [LineBreak] = []
        var cursor = best
        while cursor > 0 {
            let node = nodes[cursor]
            breaks.append(
                LineBreak(
                    position: measure.reportedPosition(node.position),
                    ratio: ParagraphMeasure.reportedRatio(node.ratio),
                    hyphenated: node.flagged))
            cursor = node.previous
        }
        breaks.reverse()
        return LineBreaking(breaks: breaks, totalDemerits: nodes[best].totalDemerits)
    }
}
