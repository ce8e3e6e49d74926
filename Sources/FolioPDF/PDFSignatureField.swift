/// An unsigned signature field to create: where someone else — a client — will sign.
public struct PDFSignatureField: Sendable, Hashable {
    /// The field's name (`/T`), unique in the document and without a period (ISO 32000-1 §12.7.3.2).
    public var name: String
    /// The 0-based page the field's widget is on.
    public var page: Int
    /// The widget's rectangle in PDF points; nil for an invisible field (a zero-area rectangle).
    public var rect: PDFRect?

    public init(name: String, page: Int, rect: PDFRect? = nil) {
        self.name = name
        self.page = page
        self.rect = rect
    }
}
