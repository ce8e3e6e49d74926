/// A signature could not be added to a PDF, said in words. (A PDF that cannot be read at all gives a
/// ``PDFFileError``; the caller's CMS maker may throw its own errors.)
public enum PDFSigningError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The request names a page the document does not have.
    case pageOutOfRange(page: Int, pageCount: Int)
    /// A field of that name exists and cannot be signed: it is not a signature field, or is signed already.
    case fieldNotSignable(name: String, reason: String)
    /// A field to create has the name of an existing field, or of another field of the request.
    case duplicateFieldName(String)
    /// A certification signature is asked for a document that is certified or signed already: it must
    /// be the first signature (ISO 32000-1 §12.8.2.2).
    case certificationNotFirst
    /// The request itself is unusable (an empty field name, a name with a period, a placeholder of no bytes…).
    case invalidRequest(String)
    /// The CMS the caller made does not fit the bytes reserved for it.
    case signatureTooLarge(size: Int, placeholderSize: Int)
    /// The caller's CMS maker returned no bytes.
    case emptySignature

    public var description: String {
        switch self {
        case let .pageOutOfRange(page, pageCount):
            "the PDF has no page \(page) (0-based): it has \(pageCount) page\(pageCount == 1 ? "" : "s")"
        case let .fieldNotSignable(name, reason):
            "the field « \(name) » cannot be signed: \(reason)"
        case .duplicateFieldName(let name):
            "a field named « \(name) » exists already or is asked for twice"
        case .certificationNotFirst:
            "a certification signature must be the document's first signature, and this PDF is signed or certified already"
        case .invalidRequest(let reason):
            reason
        case let .signatureTooLarge(size, placeholderSize):
            "the CMS signature has \(size) bytes but only \(placeholderSize) are reserved: ask for a larger placeholderSize"
        case .emptySignature:
            "the CMS signature is empty"
        }
    }
}
