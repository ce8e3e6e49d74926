/// Running sums over a paragraph's items, so that the width, stretch and shrink of any line cost O(1).
///
/// Shared by ``KnuthPlass``, ``FirstFit`` and ``LineDemerits`` so that all three measure lines the
/// same way. If the items do not end with a forced break, ``ParagraphItem/paragraphEnd()`` is
/// appended internally and the final break is reported at `items.count`.
struct ParagraphMeasure: Sendable {
    /// What a line between two breakpoints adds up to.
    struct Line {
        /// Natural width, including the width of a penalty the line ends at.
        var width: Double
        /// Total finite stretch (may be negative in ragged-right text).
        var stretch: Double
        /// Total shrink.
        var shrink: Double
        /// Number of infinite-stretch glues (net of negative ones).
        var fill: Double
    }

    /// The items actually broken: the caller's, plus `paragraphEnd()` when they lacked a final forced break.
    let items: [ParagraphItem]
    /// The position reported to the caller for the final break.
    let reportedEnd: Int
    /// Sums of widths, finite stretch, shrink and fill count over `items[0..<i]`, for i in 0...count.
    private let sums: [Line]
    /// `nextStop[i]` is the first index ≥ i holding a box or a forced penalty (or `items.count`).
    private let nextStop: [Int]

    init(_ given: [ParagraphItem]) {
        if let last = given.last, last.isForcedBreak {
            items = given
            reportedEnd = given.count - 1
        } else {
            items = given + ParagraphItem.paragraphEnd()
            reportedEnd = given.count
        }
        var sums: [Line] = []
        sums.reserveCapacity(items.count + 1)
        var running = Line(width: 0, stretch: 0, shrink: 0, fill: 0)
        sums.append(running)
        for item in items {
            switch item {
            case .box(let width):
                running.width += width
            case .glue(let width, let stretch, let shrink):
                running.width += width
                running.shrink += shrink
                if stretch.isInfinite {
                    running.fill += stretch > 0 ? 1 : -1
                } else {
                    running.stretch += stretch
                }
            case .penalty:
                break
            }
            sums.append(running)
        }
        self.sums = sums
        var nextStop = [Int](repeating: items.count, count: items.count + 1)
        var index = items.count - 1
        while index >= 0 {
            switch items[index] {
            case .box: nextStop[index] = index
            case .penalty(_, let cost, _) where cost <= ParagraphItem.forced: nextStop[index] = index
            default: nextStop[index] = nextStop[index + 1]
            }
            index -= 1
        }
        self.nextStop = nextStop
    }

    /// Index of the paragraph's final forced penalty.
    var finalIndex: Int { items.count - 1 }

    /// The caller-facing position of internal breakpoint `index`.
    func reportedPosition(_ index: Int) -> Int {
        index == finalIndex ? reportedEnd : index
    }

    /// The internal index of caller-facing position `position`.
    func internalIndex(_ position: Int) -> Int {
        position == reportedEnd ? finalIndex : position
    }

    /// Whether the paragraph may break at `index`: a penalty below `forbidden`, or a glue right after a box.
    func isLegalBreak(_ index: Int) -> Bool {
        guard index >= 0, index < items.count else { return false }
        switch items[index] {
        case .box:
            return false
        case .glue:
            guard index > 0, case .box = items[index - 1] else { return false }
            return true
        case .penalty(_, let cost, _):
            return cost < ParagraphItem.forbidden
        }
    }

    /// The penalty at `index` as (width, cost, flagged); a glue break is (0, 0, false).
    func breakPenalty(at index: Int) -> (width: Double, cost: Double, flagged: Bool) {
        if case .penalty(let width, let cost, let flagged) = items[index] { return (width, cost, flagged) }
        return (0, 0, false)
    }

    /// Where the line after a break at `index` starts: glue and penalties are dropped up to the next
    /// box or forced penalty.
    func lineStart(after index: Int) -> Int {
        nextStop[min(max(index + 1, 0), items.count)]
    }

    /// The line made of `items[start..<end]`, plus `extraWidth` (the width of the penalty it breaks at).
    func line(from start: Int, to end: Int, extraWidth: Double) -> Line {
        let a = sums[start], b = sums[end]
        return Line(
            width: b.width - a.width + extraWidth,
            stretch: b.stretch - a.stretch,
            shrink: b.shrink - a.shrink,
            fill: b.fill - a.fill)
    }

    /// The adjustment ratio that sets `line` to `measure`: how far its glue must stretch (> 0) or
    /// shrink (< 0) as a fraction of its stretch or shrink. Infinite stretch gives 0; nothing to
    /// stretch gives +∞, nothing to shrink −∞. Widths within a nanopoint count as exact.
    static func ratio(of line: Line, measure: Double) -> Double {
        let slack = measure - line.width
        if abs(slack) <= 1e-9 * max(1, abs(measure)) { return 0 }
        if slack > 0 {
            if line.fill > 0 { return 0 }
            return line.stretch > 0 ? slack / line.stretch : .infinity
        }
        return line.shrink > 0 ? slack / line.shrink : -.infinity
    }

    /// The ratio to report for a line: as computed, except that an underfull line with nothing to
    /// stretch (r = +∞) reports 0, the only way to set it, so callers never multiply ∞ by 0.
    static func reportedRatio(_ ratio: Double) -> Double {
        ratio == .infinity ? 0 : ratio
    }

    /// Where the line after a break at `position` starts, for the caller's own items.
    static func lineStart(after position: Int, in items: [ParagraphItem]) -> Int {
        var index = max(position + 1, 0)
        while index < items.count {
            switch items[index] {
            case .box: return index
            case .penalty(_, let cost, _) where cost <= ParagraphItem.forced: return index
            default: index += 1
            }
        }
        return items.count
    }
}
