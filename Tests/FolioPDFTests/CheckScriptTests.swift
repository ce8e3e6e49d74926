import FolioPDF
import Foundation
import Testing

/// `scripts/check-pdfa.py`, the PDF/A-3 structure check of the tests: it passes our finished PDFs
/// and names what is missing or wrong in others.
@Suite("PDF/A structure check")
struct CheckScriptTests {
    @Test("A finished PDF passes")
    func finishedPasses() throws {
        let path = try PDFTestSupport.write(try PDFTestSupport.finishedInvoice(), name: "finished.pdf")
        let result = try PDFTestSupport.run("python3", ["scripts/check-pdfa.py", path])
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output == "\(path): PDF/A-3 structure ok\n")
    }

    @Test("Cairo's own PDF fails, each problem named on its line")
    func drawnFails() throws {
        let path = try PDFTestSupport.write(try PDFTestSupport.drawnInvoice(), name: "drawn.pdf")
        let result = try PDFTestSupport.run("python3", ["scripts/check-pdfa.py", path])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.hasPrefix("\(path): ") })
        for problem in ["the catalog has no /Metadata (no XMP metadata)", "the catalog has no /OutputIntents entry with /S /GTS_PDFA1",
                        "the trailer has no /ID", "has a transparency group (/Group /S /Transparency)", "has no /CIDToGIDMap",
                        "the image asks for interpolation (/Interpolate true)"] {
            #expect(lines.contains { $0.contains(problem) }, "\(problem) in \(result.output)")
        }
    }

    @Test("Metadata that disagrees, or an extension property left undescribed, is named")
    func tamperedFails() throws {
        var bytes = try PDFTestSupport.finishedInvoice()
        // Same-length edits keep every offset right: the Info title, and one described property's name.
        try Self.replace("/Title (Facture F-2026-00007)", with: "/Title (Facture F-2026-00008)", in: &bytes)
        try Self.replace("<pdfaProperty:name>Version<", with: "<pdfaProperty:name>Versiom<", in: &bytes)
        let path = try PDFTestSupport.write(bytes, name: "tampered.pdf")
        let result = try PDFTestSupport.run("python3", ["scripts/check-pdfa.py", path])
        #expect(result.status == 1)
        #expect(result.output == """
            \(path): /Info /Title « Facture F-2026-00008 » differs from XMP dc:title « Facture F-2026-00007 »
            \(path): the XMP property fx:Version is not described by a pdfaExtension schema

            """, "\(result.output)")
    }

    @Test("Several files: one line each, exit 1 when any fails; no file, usage")
    func severalFiles() throws {
        let good = try PDFTestSupport.write(try PDFTestSupport.finishedInvoice(), name: "good.pdf")
        let bad = try PDFTestSupport.write(Array("not a pdf".utf8), name: "bad.pdf")
        let result = try PDFTestSupport.run("python3", ["scripts/check-pdfa.py", good, bad])
        #expect(result.status == 1)
        #expect(result.output == "\(good): PDF/A-3 structure ok\n\(bad): not a PDF\n")
        #expect(try PDFTestSupport.run("python3", ["scripts/check-pdfa.py"]).status == 2)
    }

    static func replace(_ text: String, with replacement: String, in bytes: inout [UInt8]) throws {
        let range = try #require(PDFTestSupport.lastRange(of: text, in: bytes), "\(text)")
        bytes.replaceSubrange(range, with: Array(replacement.utf8))
    }
}
