/// How lines sit between the margins.
public enum Alignment: Sendable, Hashable {
    /// Both edges straight (the last line ragged), as in books and contracts.
    case justified
    case left
    case right
    case center
}

/// Everything about a paragraph but its text: alignment, spacing, breaking rules.
public struct ParagraphStyle: Sendable, Hashable {
    public var alignment: Alignment
    /// Line height as a multiple of the largest text size in the paragraph.
    public var lineHeight: Double
    public var firstLineIndent: Double
    /// Space before and after the paragraph, in points (space before is dropped at the top of a page).
    public var spaceBefore: Double
    public var spaceAfter: Double
    /// Whether words may be hyphenated (in the span's language).
    public var hyphenate: Bool
    /// Keep this paragraph's last line on the same page as the next block's first lines (headings).
    public var keepWithNext: Bool
    /// Never split this paragraph across pages.
    public var keepTogether: Bool
    /// Fewest lines left alone at the top (widows) or bottom (orphans) of a page.
    public var widows: Int
    public var orphans: Int

    public init(alignment: Alignment = .justified, lineHeight: Double = 1.35, firstLineIndent: Double = 0,
                spaceBefore: Double = 0, spaceAfter: Double = 6, hyphenate: Bool = true,
                keepWithNext: Bool = false, keepTogether: Bool = false, widows: Int = 2, orphans: Int = 2) {
        self.alignment = alignment
        self.lineHeight = lineHeight
        self.firstLineIndent = firstLineIndent
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.hyphenate = hyphenate
        self.keepWithNext = keepWithNext
        self.keepTogether = keepTogether
        self.widows = widows
        self.orphans = orphans
    }
}

/// A paragraph: styled spans of text, set as a whole by Knuth–Plass line breaking.
///
/// A line feed (`\n`) inside a span ends a line without ending the paragraph.
public struct Paragraph: Sendable, Hashable {
    public var spans: [TextSpan]
    public var style: ParagraphStyle
    /// A name internal links can point to.
    public var anchor: String?

    public init(_ spans: [TextSpan], style: ParagraphStyle = ParagraphStyle(), anchor: String? = nil) {
        self.spans = spans
        self.style = style
        self.anchor = anchor
    }

    /// A paragraph of one span.
    public init(_ text: String, style textStyle: TextStyle, paragraph: ParagraphStyle = ParagraphStyle()) {
        self.init([TextSpan(text, style: textStyle)], style: paragraph)
    }

    /// The paragraph's text, all spans together.
    public var text: String { spans.map(\.text).joined() }
}
