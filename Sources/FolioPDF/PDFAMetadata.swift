/// What a PDF/A says about itself, written both into the document information dictionary (`/Info`)
/// and into the XMP metadata, the same values in both as PDF/A requires.
public struct PDFAMetadata: Sendable, Hashable {
    /// `/Title`, `dc:title`.
    public var title: String
    /// `/Author`, `dc:creator`.
    public var author: String?
    /// `/Subject`, `dc:description`.
    public var subject: String?
    /// `/Keywords`, `pdf:Keywords`.
    public var keywords: String?
    /// The program that made the document's content (`/Creator`, `xmp:CreatorTool`), e.g. `Folio 0.4.0`.
    public var creatorTool: String
    /// The program that wrote the PDF (`/Producer`, `pdf:Producer`).
    public var producer: String
    /// The document's date, used as creation, modification and metadata date: never the clock.
    public var creationDate: PDFDate
    /// The document's language (the catalog's `/Lang`, `dc:language`), e.g. `fr-FR`.
    public var language: String?
    /// Schemas beyond those PDF/A predefines, described in the metadata with their values (e.g. Factur-X's).
    public var extensions: [XMPExtensionSchema]

    public init(title: String, author: String? = nil, subject: String? = nil, keywords: String? = nil,
                creatorTool: String, producer: String, creationDate: PDFDate, language: String? = nil,
                extensions: [XMPExtensionSchema] = []) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creatorTool = creatorTool
        self.producer = producer
        self.creationDate = creationDate
        self.language = language
        self.extensions = extensions
    }
}
