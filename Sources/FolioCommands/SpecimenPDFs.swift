import FolioLayout
import FolioPDF
import FolioSpecimens
import Foundation

/// The typesetting specimens the demo writes: terms (30 pages), an invoice-like page, long tables.
enum SpecimenPDFs {
    /// Renders the specimens into a folder and returns the files written with their page counts.
    static func write(to folder: String, typesetter: Typesetter) throws -> [(file: String, pages: Int)] {
        let resources = try ResourceDirectory.locate()
        let renderer = PDFRenderer()
        let logo = try PNGImage(data: Data(contentsOf: resources.appendingPathComponent("examples/company/logo.png")))
        let documents: [(String, Document)] = [
            ("specimen-terms.pdf", TermsSpecimen.document(pages: 30)),
            ("specimen-invoice.pdf", InvoiceSpecimen.document(number: 1, logo: logo)),
            ("specimen-long-tables.pdf", LongTableSpecimen.document()),
        ]
        var written: [(file: String, pages: Int)] = []
        for (name, document) in documents {
            let laidOut = try typesetter.typeset(document)
            let path = (folder as NSString).appendingPathComponent(name)
            try AtomicFile.write(Data(try renderer.render(laidOut)), to: path)
            written.append((path, laidOut.pages.count))
        }
        return written
    }
}
