/// One revision of a PDF: the file as it was written in one go, or after one incremental update
/// (ISO 32000-1 §7.5.6). Its bytes are the file's first `endOffset` bytes.
public struct PDFRevision: Sendable, Hashable {
    /// Just after the revision's `%%EOF` and the end of line that follows it, if any.
    public var endOffset: Int

    public init(endOffset: Int) {
        self.endOffset = endOffset
    }
}
