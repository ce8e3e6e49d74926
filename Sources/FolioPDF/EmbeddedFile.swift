/// A file embedded in a PDF (an attachment), as ``PDFAttachments`` reads it from any producer's PDF.
public struct EmbeddedFile: Sendable, Hashable {
    /// The file's name (the file specification's `/UF`, else `/F`, else its key in the name tree).
    public var name: String?
    /// The MIME type the embedded file stream gives as `/Subtype` (`text/xml`).
    public var mimeType: String?
    /// The PDF/A-3 relationship to the document (`Alternative`, `Data`, `Source`…), when given.
    public var relationship: String?
    /// The file's content, decoded.
    public var bytes: [UInt8]

    public init(name: String?, mimeType: String?, relationship: String?, bytes: [UInt8]) {
        self.name = name
        self.mimeType = mimeType
        self.relationship = relationship
        self.bytes = bytes
    }
}
