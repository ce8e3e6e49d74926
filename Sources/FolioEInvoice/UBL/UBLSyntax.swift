/// The two UBL 2.1 documents an EN 16931 invoice is written as, and the names that differ between them.
///
/// A credit note (BT-3 one of the credit-note codes of UNTDID 1001) is a `CreditNote`; every other
/// invoice is an `Invoice`. Both share the common aggregate (cac) and basic (cbc) components.
enum UBLDocument: Sendable {
    case invoice
    case creditNote

    /// The common aggregate components (parties, lines, totals…).
    static let aggregateNamespace = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    /// The common basic components (identifiers, dates, amounts…).
    static let basicNamespace = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"

    init(_ typeCode: InvoiceTypeCode) {
        self = typeCode.isCreditNote ? .creditNote : .invoice
    }

    /// The document for a root element's local name, nil for anything else.
    init?(rootName: String) {
        switch rootName {
        case "Invoice": self = .invoice
        case "CreditNote": self = .creditNote
        default: return nil
        }
    }

    /// The root element's local name.
    var rootName: String {
        switch self {
        case .invoice: "Invoice"
        case .creditNote: "CreditNote"
        }
    }

    /// The document's own namespace, the root element's.
    var namespace: String { "urn:oasis:names:specification:ubl:schema:xsd:\(rootName)-2" }

    /// BT-3's element.
    var typeCodeElement: String { self == .invoice ? "cbc:InvoiceTypeCode" : "cbc:CreditNoteTypeCode" }
    /// BG-25's element.
    var lineElement: String { self == .invoice ? "cac:InvoiceLine" : "cac:CreditNoteLine" }
    /// BT-129's element.
    var quantityElement: String { self == .invoice ? "cbc:InvoicedQuantity" : "cbc:CreditedQuantity" }
}

/// BG-1 in UBL: a note's subject code (BT-21) has no element of its own, so it leads the text between
/// two hashes, « #PMD#Pénalités de retard… ».
///
/// This is the convention the EN 16931 UBL rules read (BR-CL-08 checks the three letters between the
/// first two hashes against UNTDID 4451), and the one Peppol BIS and XRechnung use; a note without a
/// subject code is its text alone.
// EN 16931 UBL validation artefacts, rule BR-CL-08 on /Invoice/cbc:Note.
enum UBLNote {
    /// The text of `cbc:Note` for `note`.
    static func text(_ note: EInvoiceNote) -> String {
        guard let code = note.subjectCode else { return note.text }
        return "#\(code)#\(note.text)"
    }

    /// The note `text` carries: a subject code when it starts with `#` and three letters then `#`.
    static func note(_ text: String) -> EInvoiceNote {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 5, scalars[0] == "#", scalars[4] == "#",
              scalars[1...3].allSatisfy({ ("A"..."Z").contains($0) }) else {
            return EInvoiceNote(subjectCode: nil, text: text)
        }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars[5...])
        return EInvoiceNote(subjectCode: String(String.UnicodeScalarView(scalars[1...3])), text: String(rest))
    }
}
