import FolioCore
import FolioEInvoice

/// A document drawn and finished: the PDF's bytes and what made them.
public struct RenderedDocument: Sendable {
    /// The finished PDF (signed, when it was: see ``unsignedLength``).
    public internal(set) var pdf: [UInt8]
    /// A signed document: the length of its finished bytes before the signature, the start of ``pdf``.
    public internal(set) var unsignedLength: Int? = nil
    public let pageCount: Int
    public let facts: DocumentFacts
    /// The template versions printed, in order (`invoice@2026-01-01`, `terms/goods-and-software@2026-01-01`).
    public let templateVersions: [String]
    /// The terms of sale the document cites or annexes (`terms/goods-and-software@2026-01-01`), if any.
    public let termsVersion: String?

    /// The computed order (totals, VAT breakdown, due date, mentions) of an order document or a notice.
    public var computed: ComputedOrder? { facts.computed }
    public var title: String { facts.title }
    /// The EN 16931 e-invoice of an issued invoice, deposit invoice or credit note.
    public var eInvoice: EInvoice? { facts.eInvoice }
    /// The e-invoice as a standalone XML; nil for a document that is not an invoice.
    ///
    /// - Throws: ``XRechnungGap`` when the invoice lacks what an XRechnung needs.
    public func eInvoiceXML(_ format: EInvoiceFormat) throws(XRechnungGap) -> [UInt8]? {
        guard let eInvoice else { return nil }
        switch format {
        case .cii: return CIIWriter.xml(eInvoice)
        case .ubl: return UBLWriter.xml(eInvoice)
        case .xrechnung: return CIIWriter.xml(try XRechnung.invoice(eInvoice, language: facts.language))
        }
    }
}
