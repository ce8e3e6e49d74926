/// Where one line ends, and how much its glue must stretch or shrink.
public struct LineBreak: Sendable, Equatable {
    /// Index, in the items given to the line breaker, of the glue or penalty the line ends at.
    /// That item is not part of the line; if it is a penalty, its width (a hyphen) is typeset at the
    /// end of the line. The last line's break is the paragraph's final forced penalty (or
    /// `items.count` when the items did not end with one).
    public var position: Int
    /// The line's adjustment ratio r: each glue of the line is set to `width + r × stretch` when
    /// r ≥ 0, `width + r × shrink` when r < 0. When the line contains infinite-stretch glue (the last
    /// line), r is 0 for the finite glue and the infinite glue takes all the slack (or, for a
    /// flush-left last line, is simply left out). r < −1 marks an overfull line (only when something
    /// wider than the measure could not be avoided): clamp r to −1, i.e. shrink its glue fully, and
    /// let the line stick out; r is −∞ when such a line has nothing to shrink at all. A line too
    /// short for the measure that has nothing to stretch (possible only after the emergency pass,
    /// e.g. one word alone in a narrow column) reports 0 and stays short.
    public var ratio: Double
    /// Whether the line ends at a flagged penalty (a hyphen).
    public var hyphenated: Bool

    public init(position: Int, ratio: Double, hyphenated: Bool) {
        self.position = position
        self.ratio = ratio
        self.hyphenated = hyphenated
    }

    /// Whether the line is wider than the measure even with all its glue shrunk (ratio < −1).
    public var isOverfull: Bool { ratio < -1 }
}

/// The result of breaking a paragraph into lines: one ``LineBreak`` per line, in order.
///
/// To typeset line `k`, take the items in `lineRanges(in: items)[k]`: draw boxes, set glue with
/// `breaks[k].ratio` (see ``LineBreak/ratio``), ignore penalties, then, if `breaks[k].position` is
/// a penalty, draw its width (the hyphen) at the end of the line.
public struct LineBreaking: Sendable, Equatable {
    /// The end of each line, first line first. Empty only for an empty item list.
    public var breaks: [LineBreak]
    /// The paragraph's demerits, as ``LineDemerits/demerits(of:in:parameters:)`` scores them.
    public var totalDemerits: Double

    public init(breaks: [LineBreak], totalDemerits: Double) {
        self.breaks = breaks
        self.totalDemerits = totalDemerits
    }

    /// The number of lines.
    public var lineCount: Int { breaks.count }

    /// The break positions alone, e.g. to pass to ``LineDemerits/demerits(of:in:parameters:)``.
    public var positions: [Int] { breaks.map(\.position) }

    /// The items of each line, given the items that were broken: from the first item kept after the
    /// previous break (a box or a forced penalty; glue and penalties after a break are dropped) up to,
    /// not including, the line's break item. The first line starts at index 0.
    public func lineRanges(in items: [ParagraphItem]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(breaks.count)
        var start = 0
        for lineBreak in breaks {
            let end = min(max(lineBreak.position, start), items.count)
            ranges.append(min(start, end)..<end)
            start = ParagraphMeasure.lineStart(after: lineBreak.position, in: items)
        }
        return ranges
    }
}
