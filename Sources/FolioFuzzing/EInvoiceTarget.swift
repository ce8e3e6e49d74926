import FolioEInvoice

/// A received e-invoice's XML (CII or UBL) read into the EN 16931 model and checked: totals
/// recomputed, rules applied.
enum EInvoiceTarget {
    static func run(_ bytes: UnsafeRawBufferPointer) {
        guard let read = try? EInvoiceReader.read(Array(bytes), source: "fuzz.xml") else { return }
        _ = EInvoiceCheck.check(read.invoice)
    }
}
