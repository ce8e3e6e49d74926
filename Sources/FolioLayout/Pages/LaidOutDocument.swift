/// A typeset document: every page's items in page coordinates, ready to be drawn.
public struct LaidOutDocument {
    public var size: PaperSize
    public var metadata: DocumentMetadata
    public var pages: [LaidOutPage]
    /// Headings in reading order, for the PDF outline.
    public var outline: [OutlineEntry]
}

/// One page's items.
extension LaidOutDocument {
    /// The named areas of the pages (named boxes), each with its page (0-based) and its rectangle
    /// from the page's top-left corner, in points.
    public var regions: [NamedRegion] {
        pages.enumerated().flatMap { index, page in
            page.items.compactMap { item -> NamedRegion? in
                if case let .region(name, rect) = item { return NamedRegion(name: name, page: index, rect: rect) }
                return nil
            }
        }
    }
}

/// A named area of a laid-out page.
public struct NamedRegion: Sendable, Hashable {
    public var name: String
    /// The page, from 0.
    public var page: Int
    /// From the page's top-left corner, y downwards, in points.
    public var rect: Rect

    public init(name: String, page: Int, rect: Rect) {
        self.name = name
        self.page = page
        self.rect = rect
    }
}

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
