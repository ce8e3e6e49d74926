/// An object an incremental update adds or redefines, what it is, and whether it may change what the
/// document shows.
public struct PDFObjectChange: Sendable, Hashable {
    /// What a changed object is, as far as signing is concerned.
    public enum Kind: Sendable, Hashable {
        /// A signature dictionary (`/Type /Sig` or `/DocTimeStamp`), or a `/Perms` dictionary.
        case signature
        /// A signature field or its widget annotation.
        case signatureField
        /// The interactive form dictionary (`/AcroForm`).
        case acroForm
        /// The catalog, differing from its previous version only in `/AcroForm`, `/Perms`, `/DSS` or `/Extensions`.
        case catalogForms
        /// A page differing from its previous version only in `/Annots` (or a page's `/Annots` array).
        case pageAnnotations
        /// The document security store (`/DSS`, ETSI EN 319 142-1 §5.4) or what it holds: `/VRI`
        /// dictionaries, certificates, OCSP responses, CRLs.
        case securityStore
        /// A form XObject, or its resources, used only as a signature widget's appearance.
        case appearance
        /// Anything else: `/Info`, XMP metadata and objects nothing refers to among them, then pages,
        /// content streams, resources, other annotations…
        case other
    }

    /// The object's number.
    public var number: Int
    public var kind: Kind
    /// Whether the change may alter what the document shows, or an earlier signature's own objects.
    public var changesContent: Bool

    public init(number: Int, kind: Kind, changesContent: Bool) {
        self.number = number
        self.kind = kind
        self.changesContent = changesContent
    }
}
