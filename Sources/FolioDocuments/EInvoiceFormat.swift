/// The standalone XML an issued invoice, deposit invoice or credit note can be written as.
public enum EInvoiceFormat: String, Sendable, Hashable, CaseIterable {
    /// The UN/CEFACT CII of the Factur-X (ZUGFeRD) PDF, EN 16931 profile: the XML it embeds.
    case cii
    /// UBL 2.1, EN 16931.
    case ubl
    /// XRechnung 3.0 in CII: the German CIUS public buyers require (see ``XRechnung``).
    case xrechnung
}
