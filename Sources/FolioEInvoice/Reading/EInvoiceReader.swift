import FolioCore

/// Reads a received e-invoice's XML, CII or UBL, into the model.
///
/// ```swift
/// let invoice = try EInvoiceReader.read(bytes, source: "invoice.xml")
/// invoice.syntax              // .cii
/// invoice.invoice.totals.amountDue
/// ```
public enum EInvoiceReader {
    /// - Parameter limits: the most bytes and element nesting read (``InputKind/einvoice``'s defaults).
    /// - Throws: ``EInvoiceReadError`` when the bytes are not well-formed XML, declare a DTD, are
    ///   beyond `limits`, are not an invoice or credit note in CII or UBL 2.1, or lack a mandatory term.
    public static func read(_ bytes: [UInt8], source: String,
                            limits: InputLimits = InputKind.einvoice.defaultLimits) throws(EInvoiceReadError) -> ReadEInvoice {
        let input = try XMLInput(bytes, source: source, limits: limits)
        let root = input.root
        guard let syntax = EInvoiceSyntax(root: root) else {
            throw EInvoiceReadError(source: source, "the XML's root element is \(root.name)\(root.namespace.map { " (\($0))" } ?? ""): not a CII CrossIndustryInvoice nor a UBL 2.1 Invoice or CreditNote")
        }
        switch syntax {
        case .cii: return ReadEInvoice(syntax: syntax, invoice: try CIIReader.read(root, source: source))
        case .ubl: return ReadEInvoice(syntax: syntax, invoice: try UBLReader.read(root, source: source))
        }
    }
}

/// An e-invoice as read, with the syntax it came in.
public struct ReadEInvoice: Sendable, Hashable {
    public let syntax: EInvoiceSyntax
    public let invoice: EInvoice
}

/// The two XML syntaxes of EN 16931.
public enum EInvoiceSyntax: String, Sendable, Hashable, CaseIterable {
    /// UN/CEFACT Cross Industry Invoice (Factur-X, ZUGFeRD, XRechnung CII).
    case cii
    /// OASIS UBL 2.1 Invoice or CreditNote.
    case ubl

    static let ciiNamespace = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
    static let ublInvoiceNamespace = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
    static let ublCreditNoteNamespace = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"

    init?(root: XMLTree) {
        switch (root.name, root.namespace) {
        case ("CrossIndustryInvoice", Self.ciiNamespace): self = .cii
        case ("Invoice", Self.ublInvoiceNamespace), ("CreditNote", Self.ublCreditNoteNamespace): self = .ubl
        default: return nil
        }
    }
}
