import FolioPDF

/// A PDF's embedded files extracted (cross-reference table or stream, object streams, Flate),
/// as Folio does for a received Factur-X.
enum PDFTarget {
    static func run(_ bytes: UnsafeRawBufferPointer) {
        _ = try? PDFAttachments.embeddedFiles(in: Array(bytes), maximumSize: 1024 * 1024)
    }
}
