/// Greedy line breaking, one line at a time, as most word processors do; kept to compare with ``KnuthPlass``.
///
/// Each line takes as many items as fit (glue may shrink fully, ratio down to −1) and breaks at the
/// last legal breakpoint that fits. Lines are never too wide unless a single unbreakable piece is
/// wider than the measure, in which case that piece gets an overfull line (ratio < −1). Lines may be
/// arbitrarily loose: there is no tolerance. ``LineBreaking/totalDemerits`` is computed with
/// ``LineDemerits`` so it can be compared with the total-fit result.
public enum FirstFit: Sendable {
    /// Breaks `items` greedily (same conventions as ``KnuthPlass/breakLines(_:parameters:)``).
    public static func breakLines(_ items: [ParagraphItem], parameters: LineBreakingParameters) -> LineBreaking {
        if items.isEmpty { return LineBreaking(breaks: [], totalDemerits: 0) }
        let measure = ParagraphMeasure(items)
        var positions: [Int] = []
        var breaks: [LineBreak] = []
        var start = 0
        var lastFit: (position: Int, ratio: Double)?

        func commit(_ position: Int, ratio: Double) {
            positions.append(position)
            breaks.append(
                LineBreak(
                    position: measure.reportedPosition(position), ratio: ParagraphMeasure.reportedRatio(ratio),
                    hyphenated: measure.breakPenalty(at: position).flagged))
            start = measure.lineStart(after: position)
            lastFit = nil
        }

        var position = 0
        while position < measure.items.count {
            guard position >= start, measure.isLegalBreak(position) else {
                position += 1
                continue
            }
            let penalty = measure.breakPenalty(at: position)
            let line = measure.line(from: start, to: position, extraWidth: penalty.width)
            let ratio = ParagraphMeasure.ratio(of: line, measure: parameters.lineWidth(forLine: breaks.count))
            if ratio >= -1 {
                if penalty.cost <= ParagraphItem.forced {
                    commit(position, ratio: ratio)
                } else {
                    lastFit = (position, ratio)
                }
                position += 1
            } else if let fit = lastFit {
                commit(fit.position, ratio: fit.ratio)  // and look at `position` again, on the new line
            } else {
                commit(position, ratio: ratio)  // nothing fits: an unavoidable overfull line
                position += 1
            }
        }
        let total = LineDemerits.score(positions, measure: measure, parameters: parameters)
        return LineBreaking(breaks: breaks, totalDemerits: total)
    }
}
