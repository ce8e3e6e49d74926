/// One element of a paragraph as the line breaker sees it: a box, some glue or a penalty.
///
/// This is the box/glue/penalty model of Knuth and Plass ("Breaking paragraphs into lines", 1981).
/// The line breaker knows nothing about fonts or characters; widths are in points.
///
/// - A **box** is something of fixed width that is never broken: a word, a syllable, an inline image.
/// - **Glue** is space that can stretch or shrink when a line is justified. Its `stretch` may be
///   `.infinity` (a "fill" that takes up all the slack, used at the end of a paragraph) and may be
///   negative (used by the ragged-right construction, see ``ParagraphSpacing``).
/// - A **penalty** is a possible place to break, with a cost. Its `width` is added to the line only
///   when the line breaks there (a hyphen). `flagged` marks hyphen breaks, so that two hyphenated
///   lines in a row cost extra. A cost of ``forbidden`` or more forbids the break; a cost of
///   ``forced`` or less forces it.
///
/// Legal breakpoints are: a penalty whose cost is below ``forbidden``, and a glue that directly
/// follows a box. When a line ends at a breakpoint, the glue and penalties after it (up to the next
/// box or forced penalty) are dropped, so the next line starts at a box.
///
/// A paragraph must end with ``paragraphEnd()``; see there.
public enum ParagraphItem: Sendable, Equatable {
    /// Fixed-width material that is never broken (a word or part of a word).
    case box(width: Double)
    /// Space of natural `width` that can grow by `stretch` and shrink by `shrink`.
    case glue(width: Double, stretch: Double, shrink: Double)
    /// A possible breakpoint with a `cost`; `width` is only typeset if the line breaks here.
    case penalty(width: Double, cost: Double, flagged: Bool)

    /// A penalty cost at or above which the line may not break there.
    public static let forbidden: Double = 10_000
    /// A penalty cost at or below which the line must break there.
    public static let forced: Double = -10_000

    /// The items that close a paragraph: `penalty(forbidden) glue(0, ∞, 0) penalty(forced)`.
    ///
    /// Append them right after the last box, with no space in between (a trailing space glue would be a
    /// legal breakpoint and could produce an empty last line). The infinite glue lets the last line be
    /// short instead of being stretched to the full measure; the forbidden penalty in front of it keeps
    /// the line breaker from breaking at that glue (TeX's `\penalty10000 \hskip\parfillskip
    /// \penalty-10000`). The same three items also make a forced line break in mid-paragraph whose
    /// line is not stretched (TeX's `\hfil\break`).
    public static func paragraphEnd() -> [ParagraphItem] {
        [
            .penalty(width: 0, cost: forbidden, flagged: false),
            .glue(width: 0, stretch: .infinity, shrink: 0),
            .penalty(width: 0, cost: forced, flagged: false),
        ]
    }

    /// The natural width of a box or glue; zero for a penalty (its width only counts at a break).
    public var naturalWidth: Double {
        switch self {
        case .box(let width), .glue(let width, _, _): width
        case .penalty: 0
        }
    }

    /// Whether this is a penalty that forces a break.
    public var isForcedBreak: Bool {
        if case .penalty(_, let cost, _) = self { return cost <= Self.forced }
        return false
    }
}
