/// How a paragraph's lines are chosen.
public enum LineBreakingAlgorithm: Sendable, Hashable {
    /// Knuth–Plass total fit: the breaks that make the whole paragraph best (the default).
    case knuthPlass
    /// Greedy: each line as full as it can be, for comparison.
    case firstFit
}
