/// A table: columns, header rows repeated on every page, body rows never split, and footer rows
/// (totals) kept on the same page as the last body rows.
public struct Table {
    public var columns: [TableColumn]
    public var header: [TableRow]
    public var body: [TableRow]
    /// Rows after the body (totals), kept together with the last `keepWithLastRows` body rows.
    public var footer: [TableRow]
    public var keepWithLastRows: Int
    public var style: TableStyle

    public init(columns: [TableColumn], header: [TableRow] = [], body: [TableRow], footer: [TableRow] = [],
                keepWithLastRows: Int = 2, style: TableStyle = TableStyle()) {
        self.columns = columns
        self.header = header
        self.body = body
        self.footer = footer
        self.keepWithLastRows = keepWithLastRows
        self.style = style
    }
}

/// A column's width rule and the default alignment of its cells.
public struct TableColumn: Sendable, Hashable {
    public enum Width: Sendable, Hashable {
        /// Exactly this many points.
        case fixed(Double)
        /// A share of the width left after fixed and auto columns (weights are relative).
        case relative(Double)
        /// As wide as its widest content on one line, shrunk if the table would be too wide.
        case auto
    }

    public var width: Width
    /// Numbers go right-aligned.
    public var alignment: Alignment

    public init(_ width: Width, alignment: Alignment = .left) {
        self.width = width
        self.alignment = alignment
    }
}

/// A row of cells.
public struct TableRow {
    public var cells: [TableCell]
    /// A background for this row (overrides the style's).
    public var background: Color?
    /// A body row that belongs to the row above (a line's discount under the line): never separated
    /// from it by a page break, no rule between them, no padding above it.
    public var continuesPrevious: Bool

    public init(_ cells: [TableCell], background: Color? = nil, continuesPrevious: Bool = false) {
        self.cells = cells
        self.background = background
        self.continuesPrevious = continuesPrevious
    }
}

/// A cell: blocks (usually one paragraph), spanning one or more columns.
public struct TableCell {
    public var blocks: [Block]
    public var columnSpan: Int
    /// Overrides the column's alignment for a text cell.
    public var alignment: Alignment?

    public init(blocks: [Block], columnSpan: Int = 1) {
        self.blocks = blocks
        self.columnSpan = columnSpan
    }

    /// A cell of text in one style; the alignment defaults to the column's.
    public init(_ text: String, style: TextStyle, alignment: Alignment? = nil, columnSpan: Int = 1) {
        self.init(spans: [TextSpan(text, style: style)], alignment: alignment, columnSpan: columnSpan)
    }

    /// A cell of styled spans.
    public init(spans: [TextSpan], alignment: Alignment? = nil, columnSpan: Int = 1) {
        self.blocks = [.paragraph(Paragraph(spans, style: ParagraphStyle(alignment: .left, lineHeight: 1.25, spaceAfter: 0)))]
        self.columnSpan = columnSpan
        self.alignment = alignment
    }
}

/// How a table is drawn: padding, rules, header shading.
public struct TableStyle: Sendable, Hashable {
    public enum Borders: Sendable, Hashable {
        /// Every cell boxed.
        case grid
        /// A rule under the header, between rows and under the body.
        case horizontal
        case none
    }

    public var padding: EdgeInsets
    public var borders: Borders
    public var borderWidth: Double
    public var borderColor: Color
    public var headerBackground: Color?
    /// Every other body row shaded with this colour.
    public var stripeBackground: Color?
    public var spaceBefore: Double
    public var spaceAfter: Double

    public init(padding: EdgeInsets = EdgeInsets(top: 3, right: 5, bottom: 3, left: 5), borders: Borders = .horizontal,
                borderWidth: Double = 0.5, borderColor: Color = .gray(0.55), headerBackground: Color? = .gray(0.92),
                stripeBackground: Color? = nil, spaceBefore: Double = 4, spaceAfter: Double = 8) {
        self.padding = padding
        self.borders = borders
        self.borderWidth = borderWidth
        self.borderColor = borderColor
        self.headerBackground = headerBackground
        self.stripeBackground = stripeBackground
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
    }
}
