/// The measure of each line and the knobs that say what a good paragraph is.
///
/// Demerits of a line that ends at a breakpoint with penalty cost `p` (Knuth and Plass 1981):
///
///     badness  b = 100 × |r|³                  (r = the line's adjustment ratio)
///     demerits   = (linePenalty + b)² + p²     if p ≥ 0
///                = (linePenalty + b)² − p²     if forced < p < 0
///                = (linePenalty + b)²          if the break is forced
///
/// plus ``flaggedDemerits`` when this line and the previous one both end with a hyphen,
/// ``finalHyphenDemerits`` instead when the previous line ends with a hyphen and this is the last
/// line of the paragraph, and ``fitnessDemerits`` when this line and the previous one are in fitness
/// classes more than one apart (tight r < −0.5, decent, loose r > 0.5, very loose r > 1; the line
/// before the first one counts as decent). A paragraph's demerits are the sum over its lines.
public struct LineBreakingParameters: Sendable, Equatable {
    /// The width of each line, in points: entry `i` is line `i` (first line is 0), and the last entry
    /// also applies to every later line. `[w]` is a plain rectangular paragraph; `[w - indent, w]` has
    /// a first-line indent done by shortening; `[w1, w1, w1, w2]` wraps three lines around a figure.
    /// An empty array counts as `[0]`.
    public var lineWidths: [Double]
    /// The largest adjustment ratio allowed on the first pass (2 lets spaces stretch to twice their
    /// stretchability; TeX's `\pretolerance=100` is about r = 1, `\tolerance=200` about r = 1.26).
    public var tolerance: Double
    /// The largest adjustment ratio allowed on the second pass, tried when the first pass finds no
    /// way to break the paragraph. A third, emergency pass accepts any ratio and overfull lines.
    public var retryTolerance: Double
    /// Added to each line's badness before squaring (Knuth's l, TeX's `\linepenalty`): favours fewer lines.
    public var linePenalty: Double
    /// Extra demerits when two consecutive lines end with a hyphen (flagged penalty; Knuth and Plass's α).
    /// Default 3000; plain TeX's `\doublehyphendemerits` is 10 000.
    public var flaggedDemerits: Double
    /// Extra demerits when two adjacent lines have fitness classes more than one apart, e.g. a tight
    /// line after a loose one (Knuth and Plass's γ). Default 100; plain TeX's `\adjdemerits` is 10 000.
    public var fitnessDemerits: Double
    /// Extra demerits (replacing ``flaggedDemerits``) when the second-last line ends with a hyphen
    /// (TeX's `\finalhyphendemerits`, 5000 in plain TeX).
    public var finalHyphenDemerits: Double

    /// Parameters for lines of the given widths (see ``lineWidths``).
    public init(
        lineWidths: [Double],
        tolerance: Double = 2,
        retryTolerance: Double = 10,
        linePenalty: Double = 10,
        flaggedDemerits: Double = 3000,
        fitnessDemerits: Double = 100,
        finalHyphenDemerits: Double = 5000
    ) {
        self.lineWidths = lineWidths
        self.tolerance = tolerance
        self.retryTolerance = retryTolerance
        self.linePenalty = linePenalty
        self.flaggedDemerits = flaggedDemerits
        self.fitnessDemerits = fitnessDemerits
        self.finalHyphenDemerits = finalHyphenDemerits
    }

    /// Parameters for a rectangular paragraph whose lines all have the same width.
    public init(
        lineWidth: Double,
        tolerance: Double = 2,
        retryTolerance: Double = 10,
        linePenalty: Double = 10,
        flaggedDemerits: Double = 3000,
        fitnessDemerits: Double = 100,
        finalHyphenDemerits: Double = 5000
    ) {
        self.init(
            lineWidths: [lineWidth], tolerance: tolerance, retryTolerance: retryTolerance,
            linePenalty: linePenalty, flaggedDemerits: flaggedDemerits,
            fitnessDemerits: fitnessDemerits, finalHyphenDemerits: finalHyphenDemerits)
    }

    /// The width of line `index` (0-based): the last entry of ``lineWidths`` repeats.
    public func lineWidth(forLine index: Int) -> Double {
        guard let last = lineWidths.last else { return 0 }
        return index < lineWidths.count ? lineWidths[max(index, 0)] : last
    }
}
