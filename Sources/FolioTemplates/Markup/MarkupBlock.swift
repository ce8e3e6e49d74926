/// A block of Folio markup, as read from a filled template (see templates/README.md for the syntax).
public indirect enum MarkupBlock: Equatable, Sendable {
    /// `# Title`, `## Title`, `### Title`, optionally ending with `{#anchor}`.
    case heading(level: Int, inlines: [Inline], anchor: String?)
    /// Lines of text; `~ ` at the start makes it small print.
    case paragraph([Inline], small: Bool)
    /// `- item` or `1. item` lines.
    case list(items: [[Inline]], numbered: Bool)
    /// `::: fields` with `label :: value` lines.
    case fields([MarkupField])
    case table(MarkupTable)
    /// `---`
    case rule
    /// `::: box …options` … `:::`
    case box(options: [String: String], blocks: [MarkupBlock])
    /// `::: columns` … `|||` … `:::`
    case columns([[MarkupBlock]])
    /// `::: keep` … `:::`: blocks kept on one page.
    case keep([MarkupBlock])
    /// `!image name width`
    case image(name: String, width: Double)
    /// `!space points`
    case space(Double)
    /// `+++`
    case pageBreak
}

/// Inline text: plain, bold, italic, a link, or a line break inside a paragraph.
public indirect enum Inline: Equatable, Sendable {
    case text(String)
    case bold([Inline])
    case italic([Inline])
    /// `[text](https://…)` or `[text](#anchor)`.
    case link([Inline], target: String)
    case lineBreak

    /// The text without formatting.
    public var plainText: String {
        switch self {
        case .text(let text): return text
        case .bold(let inlines), .italic(let inlines), .link(let inlines, _): return inlines.map(\.plainText).joined()
        case .lineBreak: return "\n"
        }
    }
}

/// A `label :: value` line of a fields block.
public struct MarkupField: Equatable, Sendable {
    public var label: [Inline]
    public var value: [Inline]

    public init(label: [Inline], value: [Inline]) {
        self.label = label
        self.value = value
    }
}

/// A table: header rows, column specifications, body rows and footer rows.
public struct MarkupTable: Equatable, Sendable {
    public enum Width: Equatable, Sendable {
        /// `---`: as wide as its content.
        case auto
        /// `===`: takes the width left.
        case fill
    }

    public struct Column: Equatable, Sendable {
        public var width: Width
        public var rightAligned: Bool
    }

    /// A cell and how many columns it spans (a cell holding only `<` widens the one before).
    public struct Cell: Equatable, Sendable {
        public var inlines: [Inline]
        public var span: Int
    }

    public var columns: [Column]
    public var header: [[Cell]]
    public var body: [[Cell]]
    public var footer: [[Cell]]
    /// The body rows written `|~ … |`, each continuing the row above (a line's discount under the line).
    public var continuations: Set<Int> = []
}
