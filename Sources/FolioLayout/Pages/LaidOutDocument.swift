/// A typeset document: every page's items in page coordinates, ready to be drawn.
public struct LaidOutDocument {
    public var size: PaperSize
    public var metadata: DocumentMetadata
    public var pages: [LaidOutPage]
    /// Headings in reading order, for the PDF outline.
    public var outline: [OutlineEntry]
}

/// One page's items.
public struct LaidOutPage {
    public var items: [PageItem]
}

/// A heading as a bookmark: its title, level, page (0-based) and position on the page.
public struct OutlineEntry: Sendable, Hashable {
    public var title: String
    public var level: Int
    public var page: Int
    public var y: Double
}
