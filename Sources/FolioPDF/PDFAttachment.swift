/// A file to embed in a PDF/A-3 as an associated file (ISO 19005-3 §6.8: listed in the catalog's
/// `/AF` array and in the `/EmbeddedFiles` name tree).
public struct PDFAttachment: Sendable, Hashable {
    /// How the file relates to the document (the file specification's `/AFRelationship`).
    public enum Relationship: String, Sendable, Hashable, CaseIterable {
        /// The document was made from this file (e.g. its source).
        case source = "Source"
        /// Data the document uses or shows (e.g. a table's values).
        case data = "Data"
        /// Another representation of the document's content (e.g. the e-invoice the PDF shows).
        case alternative = "Alternative"
        /// A file that adds to the document's content.
        case supplement = "Supplement"
        /// None of the above, or not known.
        case unspecified = "Unspecified"
    }

    /// The file's name in the PDF (`/F` and `/UF`), e.g. `factur-x.xml`.
    public var fileName: String
    /// Its MIME type (`/Subtype` of the embedded file stream), e.g. `text/xml`.
    public var mimeType: String
    public var relationship: Relationship
    /// What the file is (`/Desc`), shown by PDF readers beside its name.
    public var description: String?
    /// When the file was last changed (`/Params /ModDate`): given by the caller — the document's date —
    /// never read from a clock.
    public var modificationDate: PDFDate
    /// The file's content.
    public var bytes: [UInt8]

    public init(fileName: String, mimeType: String, relationship: Relationship, description: String? = nil,
                modificationDate: PDFDate, bytes: [UInt8]) {
        self.fileName = fileName
        self.mimeType = mimeType
        self.relationship = relationship
        self.description = description
        self.modificationDate = modificationDate
        self.bytes = bytes
    }
}
