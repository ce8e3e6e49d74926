/// The paper size and margins of a document's pages.
public struct PageSetup: Sendable, Hashable {
    public var size: PaperSize
    public var margins: EdgeInsets
    /// Height kept for the running header above the body, and for the footer below it, in points;
    /// a document without a running header (footer) keeps none.
    public var headerHeight: Double
    public var footerHeight: Double

    public init(size: PaperSize = .a4, margins: EdgeInsets = EdgeInsets(all: EdgeInsets.millimetres(20)),
                headerHeight: Double = 18, footerHeight: Double = 18) {
        self.size = size
        self.margins = margins
        self.headerHeight = headerHeight
        self.footerHeight = footerHeight
    }

    /// The width text is set in.
    public var bodyWidth: Double { size.width - margins.left - margins.right }
    /// Where the body starts and how tall it is, between header and footer.
    public var bodyTop: Double { margins.top + headerHeight }
    public var bodyHeight: Double { size.height - margins.top - margins.bottom - headerHeight - footerHeight }
}

/// A paper size in points.
public struct PaperSize: Sendable, Hashable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// ISO 216 A4: 210 × 297 mm.
    public static let a4 = PaperSize(width: 210 * 72 / 25.4, height: 297 * 72 / 25.4)
    /// US Letter: 8.5 × 11 in.
    public static let letter = PaperSize(width: 612, height: 792)
}
