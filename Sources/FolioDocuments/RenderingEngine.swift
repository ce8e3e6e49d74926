import FolioLayout
import FolioPDF
import Foundation

/// The costly parts of making PDFs, set up once and reused for every document: the fonts, the
/// hyphenation patterns and shaping caches (a `Typesetter`) and the Cairo font faces (a `PDFRenderer`).
///
/// Loading takes tens of milliseconds; rendering a one-page document afterwards a few. Share one
/// engine between the companies of a thread (`Company.load(_:engine:)`).
///
/// An engine is **one per thread**: FreeType faces and Cairo font faces are not thread-safe, so it is
/// not `Sendable`. To render on several threads, make one engine (and one `Company`) per thread.
public final class RenderingEngine {
    /// The folder holding `fonts/`, `hyphenation/` and `templates/`.
    public let resources: URL
    let typesetter: Typesetter
    let renderer = PDFRenderer()
    /// The time each stage took, summed over every document this engine rendered.
    public internal(set) var stageTimes = StageTimes()
    let clock = ContinuousClock()
    /// What ``capturingPages(pixelsPerPoint:limit:_:)`` asks the drawing to keep, while it runs.
    private var capture: PageCapture?

    private final class PageCapture {
        let pixelsPerPoint: Double
        let limit: Int
        var pages: [[UInt8]] = []

        init(pixelsPerPoint: Double, limit: Int) {
            self.pixelsPerPoint = pixelsPerPoint
            self.limit = limit
        }
    }

    /// Loads the fonts and the hyphenation patterns under `resources` (default: found as
    /// ``FolioResources`` says: `$FOLIO_RESOURCES`, `PREFIX/share/folio`, the current folder or the
    /// executable's, and their parents).
    ///
    /// - Throws: ``ResourcesNotFound`` when no such folder exists.
    public init(resources: URL? = nil) throws {
        let folder = try resources ?? FolioResources.locate()
        self.resources = folder
        self.typesetter = try Typesetter(resources: folder)
    }

    /// Typesets and draws a document: the PDF's bytes and its page count.
    func draw(_ document: Document) throws -> (bytes: [UInt8], pages: Int, regions: [NamedRegion]) {
        let start = clock.now
        let laidOut = try typesetter.typeset(document)
        let typeset = clock.now
        let bytes = try renderer.render(laidOut)
        if let capture {
            capture.pages = try laidOut.pages.indices.prefix(capture.limit).map {
                try renderer.png(laidOut, page: $0, pixelsPerPoint: capture.pixelsPerPoint)
            }
        }
        stageTimes.typesetting += typeset - start
        stageTimes.drawing += clock.now - typeset
        return (bytes, laidOut.pages.count, laidOut.regions)
    }

    /// Runs `work` (a draft, a notice, terms) and returns, with its result, the first `limit` pages of
    /// the last document it drew as PNG images, drawn by Cairo from the same layout as its PDF: a
    /// preview shows what is issued.
    ///
    /// ```swift
    /// let (draft, pages) = try company.engine.capturingPages { try company.draft(input, language: .french) }
    /// pages.count == draft.pageCount    // each a PNG of 893 × 1263 pixels for A4 at 1.5 pixels per point
    /// ```
    public func capturingPages<T>(pixelsPerPoint: Double = 1.5, limit: Int = 20,
                                  _ work: () throws -> T) throws -> (result: T, pages: [[UInt8]]) {
        let capture = PageCapture(pixelsPerPoint: pixelsPerPoint, limit: limit)
        self.capture = capture
        defer { self.capture = nil }
        let result = try work()
        return (result, capture.pages)
    }
}
