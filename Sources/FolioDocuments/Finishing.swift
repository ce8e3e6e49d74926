import FolioCore
import FolioLayout
import FolioEInvoice

/// The stage between drawing and recording: it takes the PDF as Cairo drew it and the document it
/// shows, and returns the final bytes (PDF/A-3 with embedded e-invoice XML, a signature…).
///
/// The ledger hashes and keeps the **finished** bytes, and `verify --rerender` draws the document
/// again and finishes it the same way before comparing: a step must therefore be deterministic (the
/// same drawn bytes and document give the same finished bytes, with no clock or randomness of its own).
///
/// ```swift
/// struct Stamp: FinishingStep {
///     func finish(_ pdf: [UInt8], of document: DocumentFacts) throws -> [UInt8] { pdf }
/// }
/// company.finishing = Finishing([Stamp()])
/// ```
public protocol FinishingStep: Sendable {
    /// The finished bytes of `pdf`, the drawing of `document`.
    func finish(_ pdf: [UInt8], of document: DocumentFacts) throws -> [UInt8]
}

/// The finishing steps of a company's documents, applied in order; none by default.
public struct Finishing: Sendable {
    public var steps: [any FinishingStep]

    public init(_ steps: [any FinishingStep] = []) {
        self.steps = steps
    }

    /// The drawn PDF after every step.
    public func finish(_ drawn: [UInt8], of document: DocumentFacts) throws -> [UInt8] {
        var bytes = drawn
        for step in steps { bytes = try step.finish(bytes, of: document) }
        return bytes
    }
}

/// What a finishing step knows of the document it finishes.
public struct DocumentFacts: Sendable {
    public enum Kind: Sendable, Hashable {
        /// A quote, an invoice, a deposit or balance invoice, a credit note.
        case order(Order.Kind)
        case reminder
        case formalNotice
        /// A letter about a contract (`folio contract notice`).
        case contractNotice
        case terms
        /// The reading copy of an e-invoice a supplier sent (`folio read --pdf`).
        case receivedInvoice
        /// The comparison of two versions of terms (`folio terms diff --format pdf`).
        case redline
    }

    public let kind: Kind
    /// The document's title (« Facture F-2026-0001 »), its date and language.
    public let title: String
    public let date: CalendarDate
    public let language: DocumentLanguage
    /// The number the ledger gave it; nil for a draft.
    public let number: String?
    /// The computed order of an order document or of the invoice a notice claims.
    public let computed: ComputedOrder?
    /// The e-invoice of an issued invoice, deposit invoice or credit note (EN 16931); nil for a draft,
    /// a quote, a notice or terms.
    public var eInvoice: EInvoice? = nil
    /// Who wrote the document: the company's legal name.
    public var author: String? = nil
    /// The named boxes of the pages (`::: box name=…` in a template: the quote's acceptance box), from
    /// each page's top-left corner; and the paper size, to place fields over them in PDF coordinates.
    public var regions: [NamedRegion] = []
    public var paperSize: PaperSize? = nil
}
