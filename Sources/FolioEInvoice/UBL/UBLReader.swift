import FolioCore

/// Placeholder until the UBL reader lands (branch `ubl`).
enum UBLReader {
    static func read(_ root: XMLTree, source: String) throws(EInvoiceReadError) -> EInvoice {
        throw EInvoiceReadError(source: source, "UBL is not read yet")
    }
}
