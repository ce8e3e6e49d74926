import FolioCore

/// A document drawn and finished: the PDF's bytes and what made them.
public struct RenderedDocument: Sendable {
    /// The finished PDF.
    public let pdf: [UInt8]
    public let pageCount: Int
    public let facts: DocumentFacts
    /// The template versions printed, in order (`invoice@2026-01-01`, `terms/goods-and-software@2026-01-01`).
    public let templateVersions: [String]
    /// The terms of sale the document cites or annexes (`terms/goods-and-software@2026-01-01`), if any.
    public let termsVersion: String?

    /// The computed order (totals, VAT breakdown, due date, mentions) of an order document or a notice.
    public var computed: ComputedOrder? { facts.computed }
    public var title: String { facts.title }
}
