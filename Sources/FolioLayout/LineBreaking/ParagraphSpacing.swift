/// Builds the items between words, so justified and ragged-right text are assembled the same way.
///
/// Put the result of one of these between every two words (boxes), then end the paragraph with
/// ``ParagraphItem/paragraphEnd()``.
///
/// **Justified** text uses one glue per space, which stretches and shrinks to fill each line.
///
/// **Ragged-right** text uses Knuth and Plass's construction
/// `glue(0, fill, 0) penalty(0) glue(space, −fill, 0)`: inside a line the two stretches cancel, so
/// spaces keep their natural width, while a line that ends at the penalty keeps the first glue and
/// gets `fill` of stretch; the algorithm then prefers lines whose leftover space is small compared
/// with `fill` (3 em is typical), and evens out the right edge over the whole paragraph. The glue
/// after the break is dropped, so the next line starts flush left. Drawing works as for justified
/// text: with the line's ratio applied to every glue, each pair inside the line still adds up to
/// `space`, and the glue just before the break takes the leftover room at the end of the line.
/// The negative stretch is why the running sums allow stretch below zero.
public enum ParagraphSpacing: Sendable {
    /// A justified inter-word space: natural `space`, able to grow by `stretch` and shrink by `shrink`.
    public static func justified(space: Double, stretch: Double, shrink: Double) -> [ParagraphItem] {
        [.glue(width: space, stretch: stretch, shrink: shrink)]
    }

    /// A ragged-right inter-word space of width `space`; `fill` is how much raggedness is tolerated
    /// before a line counts as loose (about 3 em).
    public static func raggedRight(space: Double, fill: Double) -> [ParagraphItem] {
        [
            .glue(width: 0, stretch: fill, shrink: 0),
            .penalty(width: 0, cost: 0, flagged: false),
            .glue(width: space, stretch: -fill, shrink: 0),
        ]
    }

    /// A place where a word may be hyphenated: a flagged penalty of the hyphen's width (TeX's
    /// `\hyphenpenalty` is 50). For ragged-right text pass the same `raggedFill` as the spaces, so a
    /// hyphenated line gets the same stretch as one ending at a space.
    public static func hyphenationPoint(hyphenWidth: Double, cost: Double = 50, raggedFill: Double? = nil) -> [ParagraphItem] {
        let hyphen = ParagraphItem.penalty(width: hyphenWidth, cost: cost, flagged: true)
        guard let fill = raggedFill else { return [hyphen] }
        return [
            .penalty(width: 0, cost: ParagraphItem.forbidden, flagged: false),
            .glue(width: 0, stretch: fill, shrink: 0),
            hyphen,
            .glue(width: 0, stretch: -fill, shrink: 0),
        ]
    }
}
