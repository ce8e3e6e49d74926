/// What to sign and how: the field, where its widget is, what the signature dictionary says, and the
/// further unsigned fields to create in the same update.
public struct PDFSignatureRequest: Sendable, Hashable {
    /// The signature field: a new one, or an existing unsigned signature field of that (fully
    /// qualified) name, which is then signed where it stands (`page` and `rect` are not used).
    public var fieldName: String
    /// The 0-based page a new field's widget is on.
    public var page: Int
    /// A new field's widget rectangle in PDF points; nil for an invisible signature (zero-area rectangle).
    public var rect: PDFRect?
    /// The signer's name (`/Name`); a validator takes the name from the certificate anyway.
    public var signerName: String?
    /// Why the document is signed (`/Reason`).
    public var reason: String?
    /// Where it is signed (`/Location`).
    public var location: String?
    /// How to reach the signer (`/ContactInfo`).
    public var contactInfo: String?
    /// The signing time the signer claims (`/M`): PAdES puts it here rather than in the CMS.
    public var signingTime: PDFDateTime
    /// nil for an approval signature; a permission for a certification signature (`/Perms /DocMDP`),
    /// which must be the document's first signature.
    public var certification: DocMDPPermission?
    /// Unsigned signature fields to create in the same update.
    public var emptyFields: [PDFSignatureField]
    /// The bytes reserved for the DER-encoded CMS (the placeholder holds twice as many hexadecimal digits).
    public var placeholderSize: Int

    /// Room for a CMS with a certificate chain of two or three certificates and a timestamp token.
    public static let defaultPlaceholderSize = 16384

    public init(fieldName: String, page: Int = 0, rect: PDFRect? = nil, signerName: String? = nil, reason: String? = nil,
                location: String? = nil, contactInfo: String? = nil, signingTime: PDFDateTime,
                certification: DocMDPPermission? = nil, emptyFields: [PDFSignatureField] = [],
                placeholderSize: Int = defaultPlaceholderSize) {
        self.fieldName = fieldName
        self.page = page
        self.rect = rect
        self.signerName = signerName
        self.reason = reason
        self.location = location
        self.contactInfo = contactInfo
        self.signingTime = signingTime
        self.certification = certification
        self.emptyFields = emptyFields
        self.placeholderSize = placeholderSize
    }
}
