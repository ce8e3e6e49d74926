import FolioLedger
import FolioPDF

extension Ledger {
    /// An issued document's PDF as the ledger keeps it; nil when it is missing (`ledger verify` says so).
    public func pdf(of document: IssuedDocument) throws -> [UInt8]? {
        try keptFile(document.file)
    }

    /// An invoice's or credit note's e-invoice (CII) as issued: the XML a PostgreSQL ledger keeps,
    /// else the `factur-x.xml` embedded in its PDF. Nil for a quote and for a document issued
    /// before e-invoices.
    public func eInvoiceXML(of document: IssuedDocument) throws -> [UInt8]? {
        guard document.xmlSHA256 != nil else { return nil }
        if let kept = try keptEInvoice(of: document) { return kept }
        guard let pdf = try pdf(of: document) else { return nil }
        let files = try PDFAttachments.embeddedFiles(in: pdf, maximumSize: pdf.count)
        return files.first { $0.name == FacturXFinishing.fileName }?.bytes
    }
}
