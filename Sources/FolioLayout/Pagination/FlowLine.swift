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

extension Array where Element == FlowLine {
    /// The lines stacked into one unbreakable block: its items and total height.
    func stacked() -> (items: [PageItem], height: Double) {
        var items: [PageItem] = []
        var y = 0.0
        for (index, line) in enumerated() {
            if index > 0 { y += line.spaceBefore }
            items += line.items.offsetBy(dx: 0, dy: y)
            y += line.height
        }
        return (items, y)
    }
}
