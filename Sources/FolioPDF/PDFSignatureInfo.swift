/// One signature of a PDF as its file states it: the field, the bytes signed, the CMS and what the
/// signature dictionary says. Nothing here is verified cryptographically: a CMS verifier checks
/// `contents` against `signedBytes`.
public struct PDFSignatureInfo: Sendable, Hashable {
    /// The signature field's fully qualified name.
    public var fieldName: String
    /// The `/ByteRange` as written: offset and length pairs, `[0 a b c]` for a well-formed one.
    public var byteRange: [Int]
    /// The DER-encoded CMS from `/Contents`, without the zeros padding its placeholder.
    public var contents: [UInt8]
    /// The bytes the ranges cover, concatenated: what the CMS signs. Empty when the ranges do not lie in the file.
    public var signedBytes: [UInt8]
    /// Where the signed bytes end: the end of the revision that was signed.
    public var coversUpTo: Int
    /// Whether the signature covers the file to its last byte (no update was appended after it).
    public var coversWholeFile: Bool
    /// `/SubFilter`: `ETSI.CAdES.detached` for PAdES, `adbe.pkcs7.detached` for older signatures.
    public var subFilter: String?
    /// `/M`, the signing time the signer claims, as written (`D:20261122143005+01'00'`).
    public var signingTime: String?
    /// `/Name`.
    public var name: String?
    /// `/Reason`.
    public var reason: String?
    /// `/Location`.
    public var location: String?
    /// The `/P` of a certification signature's DocMDP transform (1, 2 or 3); nil for an approval signature.
    public var docMDP: Int?
    /// Why the `/ByteRange` is not what a PDF signature's must be (start at 0, leave out exactly the
    /// `/Contents` string, end at the end of a revision inside the file); nil when it is.
    public var byteRangeProblem: String?

    public init(fieldName: String, byteRange: [Int], contents: [UInt8], signedBytes: [UInt8], coversUpTo: Int,
                coversWholeFile: Bool, subFilter: String? = nil, signingTime: String? = nil, name: String? = nil,
                reason: String? = nil, location: String? = nil, docMDP: Int? = nil, byteRangeProblem: String? = nil) {
        self.fieldName = fieldName
        self.byteRange = byteRange
        self.contents = contents
        self.signedBytes = signedBytes
        self.coversUpTo = coversUpTo
        self.coversWholeFile = coversWholeFile
        self.subFilter = subFilter
        self.signingTime = signingTime
        self.name = name
        self.reason = reason
        self.location = location
        self.docMDP = docMDP
        self.byteRangeProblem = byteRangeProblem
    }
}
