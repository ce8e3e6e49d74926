import Foundation

/// A document to typeset: page setup, metadata, running header and footer, style sheet and body.
public struct Document {
    public var setup: PageSetup
    public var metadata: DocumentMetadata
    public var header: RunningText?
    public var footer: RunningText?
    public var styles: StyleSheet
    public var blocks: [Block]

    public init(setup: PageSetup = PageSetup(), metadata: DocumentMetadata, header: RunningText? = nil,
                footer: RunningText? = nil, styles: StyleSheet = StyleSheet(), blocks: [Block]) {
        self.setup = setup
        self.metadata = metadata
        self.header = header
        self.footer = footer
        self.styles = styles
        self.blocks = blocks
    }
}

/// What the PDF says about itself. The creation date comes from the document, never the clock,
/// so the same input gives the same bytes.
public struct DocumentMetadata: Sendable, Hashable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: [String]
    public var creator: String
    /// The document's date, a calendar date.
    public var date: DocumentDate

    public init(title: String, author: String = "", subject: String = "", keywords: [String] = [],
                creator: String = "Folio", date: DocumentDate) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.date = date
    }
}

/// A calendar date (no time, no time zone), as the PDF's creation date.
public struct DocumentDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2026-11-22`.
    public var iso8601: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

/// A running header or footer: text on the left, centre and right of every page.
///
/// `{page}` and `{pages}` are replaced by the page number and the page count (« page 2 / 7 »).
public struct RunningText {
    public var left: String
    public var center: String
    public var right: String
    public var style: TextStyle
    /// A thin rule between the running text and the body.
    public var rule: Bool

    public init(left: String = "", center: String = "", right: String = "", style: TextStyle = TextStyle(size: 8),
                rule: Bool = true) {
        self.left = left
        self.center = center
        self.right = right
        self.style = style
        self.rule = rule
    }

    /// One of the texts with the page number and count filled in.
    static func fill(_ text: String, page: Int, pages: Int) -> String {
        text.replacingOccurrences(of: "{page}", with: String(page))
            .replacingOccurrences(of: "{pages}", with: String(pages))
    }
}

/// The styles blocks take when they do not say their own.
public struct StyleSheet: Sendable, Hashable {
    public var body: TextStyle
    /// Heading styles by level (1, 2, 3).
    public var headings: [TextStyle]
    public var headingParagraph: ParagraphStyle

    public init(body: TextStyle = TextStyle(size: 10),
                headings: [TextStyle]? = nil,
                headingParagraph: ParagraphStyle = ParagraphStyle(alignment: .left, lineHeight: 1.2, spaceBefore: 10,
                                                                  spaceAfter: 4, hyphenate: false, keepWithNext: true)) {
        self.body = body
        self.headings = headings ?? [body.bold.sized(body.size * 1.6), body.bold.sized(body.size * 1.25),
                                     body.bold.sized(body.size * 1.05)]
        self.headingParagraph = headingParagraph
    }

    /// The style of a heading level (levels past the last share its style).
    public func heading(level: Int) -> TextStyle {
        headings[min(max(level, 1), headings.count) - 1]
    }
}
