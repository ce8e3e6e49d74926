/// A piece of a document's body, stacked top to bottom on the pages.
public indirect enum Block {
    /// A title of level 1 to 3: kept with what follows, listed in the PDF outline.
    case heading(Heading)
    case paragraph(Paragraph)
    /// Bulleted or numbered items.
    case list(ListBlock)
    /// Label–value rows (an address, references), without rules.
    case keyValue(KeyValueBlock)
    /// A PNG image (a logo).
    case image(ImageBlock)
    /// A horizontal line across the measure.
    case rule(RuleBlock)
    /// Blocks in a bordered box, never split across pages (a signature box).
    case frame(FrameBlock)
    case table(Table)
    /// Blank vertical space, in points.
    case spacer(Double)
    /// Blocks side by side, each in its share of the width (address blocks of seller and buyer).
    case columns(ColumnsBlock)
    /// Blocks kept on one page when they fit on one (a signature box with the closing small print).
    case keepTogether([Block])
    /// Blocks kept on the page of what precedes them (a closing clause never opens a page alone).
    case keepWithPrevious([Block])
    /// Blocks flowed as usual with a change bar in the left margin beside their lines (a redline's changes).
    case marked(MarginMark)
    /// Start a new page.
    case pageBreak
}

/// A heading: a title, its level, and a name links can point to.
public struct Heading {
    public var level: Int
    public var text: String
    /// Overrides the style sheet's style for this level.
    public var style: TextStyle?
    public var anchor: String?
    /// Listed in the PDF outline (bookmarks).
    public var inOutline: Bool

    public init(level: Int, _ text: String, style: TextStyle? = nil, anchor: String? = nil, inOutline: Bool = true) {
        self.level = level
        self.text = text
        self.style = style
        self.anchor = anchor
        self.inOutline = inOutline
    }
}

/// A list of items, each a paragraph, marked with bullets or numbers.
public struct ListBlock {
    public var items: [Paragraph]
    public var numbered: Bool
    /// Where the item text starts, from the list's left edge.
    public var indent: Double

    public init(items: [Paragraph], numbered: Bool = false, indent: Double = 16) {
        self.items = items
        self.numbered = numbered
        self.indent = indent
    }
}

/// Label–value rows, labels in a column of their own.
public struct KeyValueBlock {
    public var rows: [(label: [TextSpan], value: [TextSpan])]
    /// The label column's width; nil fits the widest label.
    public var labelWidth: Double?
    public var spaceAfter: Double

    public init(rows: [(label: [TextSpan], value: [TextSpan])], labelWidth: Double? = nil, spaceAfter: Double = 6) {
        self.rows = rows
        self.labelWidth = labelWidth
        self.spaceAfter = spaceAfter
    }
}

/// An image drawn at a width (its height follows its proportions).
public struct ImageBlock {
    public var image: PNGImage
    public var width: Double
    public var alignment: Alignment
    public var spaceAfter: Double

    public init(image: PNGImage, width: Double, alignment: Alignment = .left, spaceAfter: Double = 6) {
        self.image = image
        self.width = width
        self.alignment = alignment
        self.spaceAfter = spaceAfter
    }
}

/// A horizontal rule.
public struct RuleBlock {
    public var thickness: Double
    public var color: Color
    public var spaceBefore: Double
    public var spaceAfter: Double

    public init(thickness: Double = 0.5, color: Color = .gray(0.6), spaceBefore: Double = 4, spaceAfter: Double = 8) {
        self.thickness = thickness
        self.color = color
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
    }
}

/// Blocks inside a border, kept on one page.
public struct FrameBlock {
    public var blocks: [Block]
    public var padding: EdgeInsets
    public var borderWidth: Double
    public var borderColor: Color
    public var background: Color?
    /// The box is at least this tall (room to sign in).
    public var minimumHeight: Double
    /// The box's width; nil takes the whole measure.
    public var width: Double?
    public var alignment: Alignment
    public var spaceBefore: Double
    public var spaceAfter: Double
    /// A name for the box's place on its page (``LaidOutDocument/regions``): a signature field goes there.
    public var name: String?

    public init(blocks: [Block], padding: EdgeInsets = EdgeInsets(all: 8), borderWidth: Double = 0.75,
                borderColor: Color = .gray(0.3), background: Color? = nil, minimumHeight: Double = 0,
                width: Double? = nil, alignment: Alignment = .left, spaceBefore: Double = 6, spaceAfter: Double = 6) {
        self.blocks = blocks
        self.padding = padding
        self.borderWidth = borderWidth
        self.borderColor = borderColor
        self.background = background
        self.minimumHeight = minimumHeight
        self.width = width
        self.alignment = alignment
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
    }
}

/// Blocks side by side.
public struct ColumnsBlock {
    /// Each column's blocks and its share of the width (relative weights).
    public var columns: [(weight: Double, blocks: [Block])]
    public var gap: Double
    public var spaceAfter: Double

    public init(columns: [(weight: Double, blocks: [Block])], gap: Double = 18, spaceAfter: Double = 8) {
        self.columns = columns
        self.gap = gap
        self.spaceAfter = spaceAfter
    }
}

/// Blocks marked by a vertical bar in the left margin, beside every line they take, on every page.
public struct MarginMark {
    public var blocks: [Block]
    public var color: Color
    /// The bar's thickness, in points.
    public var width: Double
    /// How far the bar's centre is left of the body's left edge, in points.
    public var offset: Double

    public init(blocks: [Block], color: Color, width: Double = 1.5, offset: Double = 8) {
        self.blocks = blocks
        self.color = color
        self.width = width
        self.offset = offset
    }
}
