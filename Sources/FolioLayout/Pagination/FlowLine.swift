/// The unit pages are filled with: a line of text, a table row, or a block that cannot be split.
///
/// Items are positioned relative to the line's top-left corner, x from the body's left edge.
struct FlowLine {
    var height: Double
    /// The gap above this line, dropped when the line starts a page.
    var spaceBefore: Double
    var items: [PageItem]
    /// Whether a page may end just before this line (widows, orphans, keep-with-next, whole rows).
    var breakBefore: Bool
    /// Lines to repeat first when a page starts with this line (a table's header rows).
    var repeatedHeader: [FlowLine]
    /// A heading to list in the PDF outline, at this line's position.
    var outline: (title: String, level: Int)?
    /// A page break is required before this line.
    var forcesPageBreak: Bool
    /// Change bars beside this line, one per marked passage it belongs to.
    var marginBars: [MarginBar] = []

    init(height: Double, spaceBefore: Double = 0, items: [PageItem], breakBefore: Bool = true,
         repeatedHeader: [FlowLine] = [], outline: (title: String, level: Int)? = nil, forcesPageBreak: Bool = false) {
        self.height = height
        self.spaceBefore = spaceBefore
        self.items = items
        self.breakBefore = breakBefore
        self.repeatedHeader = repeatedHeader
        self.outline = outline
        self.forcesPageBreak = forcesPageBreak
    }
}

extension FlowLine {
    /// Adds a marked passage's bar beside this line (and beside the table header rows it repeats).
    mutating func addMarginBar(for mark: MarginMark, bridgingGap: Bool) {
        marginBars.append(MarginBar(x: -mark.offset, width: mark.width, color: mark.color, bridgesGap: bridgingGap))
        for index in repeatedHeader.indices {
            repeatedHeader[index].addMarginBar(for: mark, bridgingGap: index > 0)
        }
    }

    /// The change bars as lines, relative to this line's top; `gap` is the space actually left above it.
    func marginBarItems(gap: Double) -> [PageItem] {
        marginBars.compactMap { bar in
            let top = bar.bridgesGap ? -gap : 0
            guard height > top else { return nil }
            return .line(from: Point(x: bar.x, y: top), to: Point(x: bar.x, y: height), width: bar.width, color: bar.color)
        }
    }
}

/// A change bar beside one flow line, drawn from the line's top to its bottom.
struct MarginBar {
    /// The bar's centre, from the body's left edge (negative: in the left margin).
    var x: Double
    var width: Double
    var color: Color
    /// The line follows another line of the same marked passage: the bar also spans the gap between them.
    var bridgesGap: Bool
}

extension Array where Element == FlowLine {
    /// The lines stacked into one unbreakable block: its items and total height.
    func stacked() -> (items: [PageItem], height: Double) {
        var items: [PageItem] = []
        var y = 0.0
        for (index, line) in enumerated() {
            let gap = index > 0 ? line.spaceBefore : 0
            y += gap
            items += line.items.offsetBy(dx: 0, dy: y)
            if !line.marginBars.isEmpty { items += line.marginBarItems(gap: gap).offsetBy(dx: 0, dy: y) }
            y += line.height
        }
        return (items, y)
    }
}
