/// The demerits formula of Knuth and Plass, applied to any given set of breaks.
///
/// ``KnuthPlass`` minimises exactly this score and ``FirstFit`` reports it, so the two can be
/// compared. See ``LineBreakingParameters`` for the formula.
public enum LineDemerits: Sendable {
    /// The badness given to a line that cannot be set within its stretch and shrink (overfull, or
    /// underfull with nothing to stretch), and the ceiling for every other badness.
    public static let maximumBadness: Double = 100_000_000

    /// The demerits of breaking `items` at `breaks` (break positions, in increasing order, as in
    /// ``LineBreak/position``).
    ///
    /// The final break may be left out: the paragraph's end is added when `breaks` does not end with
    /// it. Returns `.infinity` when `breaks` is not a way to break the paragraph: a position that is
    /// not a legal breakpoint, positions out of order, or a forced break skipped.
    public static func demerits(of breaks: [Int], in items: [ParagraphItem], parameters: LineBreakingParameters) -> Double {
        if items.isEmpty { return breaks.isEmpty ? 0 : .infinity }
        let measure = ParagraphMeasure(items)
        var positions = breaks.map { measure.internalIndex($0) }
        if positions.last != measure.finalIndex { positions.append(measure.finalIndex) }
        return score(positions, measure: measure, parameters: parameters)
    }

    /// Scores internal break indices (the last one being `measure.finalIndex`).
    static func score(_ positions: [Int], measure: ParagraphMeasure, parameters: LineBreakingParameters) -> Double {
        var total = 0.0
        var start = 0
        var previousFitness = FitnessClass.decent
        var previousFlagged = false
        for (line, position) in positions.enumerated() {
            guard position >= start, measure.isLegalBreak(position) else { return .infinity }
            for index in start..<position where measure.items[index].isForcedBreak { return .infinity }
            let penalty = measure.breakPenalty(at: position)
            let ratio = ParagraphMeasure.ratio(
                of: measure.line(from: start, to: position, extraWidth: penalty.width),
                measure: parameters.lineWidth(forLine: line))
            let fitness = FitnessClass(ratio: ratio)
            total += lineDemerits(
                ratio: ratio, cost: penalty.cost, flagged: penalty.flagged,
                previousFlagged: previousFlagged, isLastLine: position == measure.finalIndex,
                fitness: fitness, previousFitness: previousFitness, parameters: parameters)
            previousFitness = fitness
            previousFlagged = penalty.flagged
            start = measure.lineStart(after: position)
        }
        return total
    }

    /// Badness 100|r|³ of a line with adjustment ratio `ratio`, capped at ``maximumBadness``
    /// (which is also the badness of an overfull line, r < −1).
    static func badness(ratio: Double) -> Double {
        guard ratio >= -1, ratio.isFinite else { return maximumBadness }
        let magnitude = abs(ratio)
        return min(100 * magnitude * magnitude * magnitude, maximumBadness)
    }

    /// The demerits of one line: see ``LineBreakingParameters`` for the formula.
    static func lineDemerits(
        ratio: Double, cost: Double, flagged: Bool, previousFlagged: Bool, isLastLine: Bool,
        fitness: FitnessClass, previousFitness: FitnessClass, parameters: LineBreakingParameters
    ) -> Double {
        let base = parameters.linePenalty + badness(ratio: ratio)
        var demerits = base * base
        if cost >= 0 {
            demerits += cost * cost
        } else if cost > ParagraphItem.forced {
            demerits -= cost * cost
        }
        if previousFlagged {
            if isLastLine {
                demerits += parameters.finalHyphenDemerits
            } else if flagged {
                demerits += parameters.flaggedDemerits
            }
        }
        if abs(fitness.rawValue - previousFitness.rawValue) > 1 {
            demerits += parameters.fitnessDemerits
        }
        return demerits
    }
}

/// How loose a line is; adjacent lines more than one class apart cost ``LineBreakingParameters/fitnessDemerits``.
enum FitnessClass: Int, Sendable, CaseIterable {
    /// r < −0.5: spaces visibly squeezed.
    case tight = 0
    /// −0.5 ≤ r ≤ 0.5.
    case decent = 1
    /// 0.5 < r ≤ 1.
    case loose = 2
    /// r > 1: spaces visibly wide.
    case veryLoose = 3

    init(ratio: Double) {
        if ratio < -0.5 {
            self = .tight
        } else if ratio <= 0.5 {
            self = .decent
        } else if ratio <= 1 {
            self = .loose
        } else {
            self = .veryLoose
        }
    }
}
