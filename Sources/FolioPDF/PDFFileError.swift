/// A PDF could not be read, finished or searched for attachments, said in words.
///
/// Reading a PDF received from anyone never crashes: truncated, damaged or hostile input ends in one
/// of these errors, whose `description` names what is wrong and, when known, where in the file.
public enum PDFFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes do not start with a PDF header (`%PDF-`).
    case notAPDF
    /// No `startxref` (or no readable cross-reference table or stream) where the file says it is.
    case unreadableCrossReference(offset: Int)
    /// An object the cross-references list cannot be read where they say it is.
    case unreadableObject(number: Int, offset: Int)
    /// A syntax error at a byte offset (of the file, or of a decoded object stream).
    case malformed(reason: String, offset: Int)
    /// An object that is needed is not in the file.
    case missingObject(number: Int)
    /// The file is encrypted: its objects cannot be read or rewritten without the key.
    case encrypted
    /// A stream uses a filter or predictor this reader does not decode.
    case unsupportedEncoding(String)
    /// Compressed data is damaged or truncated.
    case corruptCompressedData
    /// A stream decodes to more bytes than the caller allows (a compression bomb or an oversized file).
    case tooLarge(limit: Int)
    /// The PDF carries no embedded file.
    case noEmbeddedFile
    /// The PDF is not one Cairo drew (e.g. it was finished already, or uses cross-reference streams).
    case notCairoOutput(String)
    /// The caller's metadata, attachments or colour profile cannot make a valid PDF/A.
    case invalidInput(String)

    public var description: String {
        switch self {
        case .notAPDF:
            "not a PDF: the file does not start with %PDF-"
        case .unreadableCrossReference(let offset):
            "the PDF's cross-reference table cannot be read at offset \(offset)"
        case let .unreadableObject(number, offset):
            "the PDF's object \(number) cannot be read at offset \(offset)"
        case let .malformed(reason, offset):
            "the PDF is damaged at offset \(offset): \(reason)"
        case .missingObject(let number):
            "the PDF's object \(number) is referred to but missing"
        case .encrypted:
            "the PDF is encrypted"
        case .unsupportedEncoding(let what):
            "the PDF uses an encoding this reader does not decode: \(what)"
        case .corruptCompressedData:
            "the PDF's compressed data is damaged or truncated"
        case .tooLarge(let limit):
            "a stream of the PDF decodes to more than \(limit) bytes"
        case .noEmbeddedFile:
            "the PDF has no embedded file"
        case .notCairoOutput(let reason):
            "the PDF is not one Cairo drew: \(reason)"
        case .invalidInput(let reason):
            reason
        }
    }
}
