import FolioPDF
import Foundation
import Testing

/// A Cairo PDF finished as PDF/A-3b with an XML attachment, checked with qpdf and poppler.
@Suite("PDF/A-3 finishing")
struct PDFA3Tests {
    @Test("qpdf --check passes without a warning, every font is embedded, pdfinfo shows the metadata")
    func validity() throws {
        let path = try PDFTestSupport.write(try PDFTestSupport.finishedInvoice(), name: "finished.pdf")
        let check = try PDFTestSupport.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.output)\(check.error)")
        #expect(!check.output.contains("WARNING") && check.error.isEmpty, "\(check.output)\(check.error)")
        #expect(check.output.contains("No syntax or stream encoding errors found"))
        #expect(check.output.contains("PDF Version: 1.7"))
        let fonts = try PDFTestSupport.run("pdffonts", [path])
        let rows = fonts.output.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            // name type [type] encoding emb sub uni object generation: emb is the fifth word from the end.
            #expect(row.split(separator: " ").suffix(5).first == "yes", "font not embedded: \(row)")
        }
        let info = try PDFTestSupport.run("pdfinfo", ["-isodates", path])
        #expect(info.output.contains("Title:           Facture F-2026-00007"), "\(info.output)")
        #expect(info.output.contains("Author:          Folio Démonstration SAS"))
        #expect(info.output.contains("CreationDate:    2026-11-22T00:00:00Z"))
        #expect(info.output.contains("Metadata Stream: yes"))
    }

    @Test("pdfdetach lists factur-x.xml and saves exactly the bytes given")
    func attachmentWithPoppler() throws {
        let path = try PDFTestSupport.write(try PDFTestSupport.finishedInvoice(), name: "finished.pdf")
        let list = try PDFTestSupport.run("pdfdetach", ["-list", path])
        #expect(list.status == 0)
        #expect(list.output == "1 embedded files\n1: factur-x.xml\n", "\(list.output)")
        let saved = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("saved.xml").path
        let save = try PDFTestSupport.run("pdfdetach", ["-save", "1", "-o", saved, path])
        #expect(save.status == 0, "\(save.error)")
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: saved))) == PDFTestSupport.xml)
    }

    @Test("The finished PDF looks exactly as Cairo drew it: pdftoppm renders the same pixels")
    func samePixels() throws {
        let metadata = try PDFTestSupport.metadata()
        let attachment = try PDFTestSupport.attachment()
        for (name, drawn) in [("invoice", try PDFTestSupport.drawnInvoice()), ("terms", try PDFTestSupport.drawnTerms(pages: 2))] {
            let finished = try PDFA3.finish(drawn, metadata: metadata, attachments: [attachment],
                                            colorProfile: PDFTestSupport.colorProfile())
            let drawnPath = try PDFTestSupport.write(drawn, name: "\(name)-drawn.pdf")
            let finishedPath = try PDFTestSupport.write(finished, name: "\(name)-finished.pdf")
            var pixels: [Data] = []
            for path in [drawnPath, finishedPath] {
                let render = try PDFTestSupport.run("pdftoppm", ["-r", "150", "-f", "1", "-l", "2", path, path])
                #expect(render.status == 0, "\(render.error)")
                pixels.append(try Data(contentsOf: URL(fileURLWithPath: path + "-1.ppm")))
            }
            #expect(pixels[0].count > 1_000_000)
            #expect(pixels[0] == pixels[1], "\(name)")
        }
    }

    @Test("The same input gives the same bytes; another input another /ID")
    func determinism() throws {
        let drawn = try PDFTestSupport.drawnInvoice()
        let metadata = try PDFTestSupport.metadata()
        let attachment = try PDFTestSupport.attachment()
        let profile = try PDFTestSupport.colorProfile()
        let first = try PDFA3.finish(drawn, metadata: metadata, attachments: [attachment], colorProfile: profile)
        let second = try PDFA3.finish(PDFTestSupport.drawnInvoice(), metadata: metadata, attachments: [attachment], colorProfile: profile)
        #expect(first == second)
        var other = attachment
        other.bytes += Array("<!-- another -->\n".utf8)
        let third = try PDFA3.finish(drawn, metadata: metadata, attachments: [other], colorProfile: profile)
        #expect(PDFTestSupport.identifier(in: third) != PDFTestSupport.identifier(in: first))
        #expect(PDFTestSupport.identifier(in: first)?.count == 32)
    }

    @Test("A document with links, outline and several pages: annotations printable, no page group, names kept")
    func termsWithLinks() throws {
        let drawn = try PDFTestSupport.drawnTerms(pages: 3)
        #expect(PDFTestSupport.count("/S /Transparency", in: drawn) >= 3)
        var metadata = try PDFTestSupport.metadata()
        metadata.title = "Conditions générales de vente"
        metadata.extensions = []
        let attachments = [
            try PDFTestSupport.attachment(),
            PDFAttachment(fileName: "annexe é.txt", mimeType: "text/plain", relationship: .supplement,
                          modificationDate: try #require(PDFTestSupport.date), bytes: Array("Annexe\n".utf8)),
        ]
        let finished = try PDFA3.finish(drawn, metadata: metadata, attachments: attachments,
                                        colorProfile: PDFTestSupport.colorProfile())
        #expect(PDFTestSupport.count("/S /Transparency", in: finished) == 0)
        #expect(PDFTestSupport.count("/Dests", in: finished) == 1)
        let path = try PDFTestSupport.write(finished, name: "terms.pdf")
        let check = try PDFTestSupport.run("qpdf", ["--check", path])
        #expect(check.status == 0 && check.error.isEmpty, "\(check.output)\(check.error)")
        let list = try PDFTestSupport.run("pdfdetach", ["-list", path])
        // The name tree is sorted by the keys' bytes: the UTF-16 name (FE FF …) after the ASCII one.
        #expect(list.output == "2 embedded files\n1: factur-x.xml\n2: annexe é.txt\n", "\(list.output)")
        let text = try PDFTestSupport.run("pdftotext", [path, "-"])
        #expect(text.output.contains("article"))
        let script = try PDFTestSupport.run("python3", ["scripts/check-pdfa.py", path])
        #expect(script.status == 0, "\(script.output)")
    }

    @Test("Input that cannot be finished is refused with a readable reason")
    func refusals() throws {
        let drawn = try PDFTestSupport.drawnInvoice()
        let metadata = try PDFTestSupport.metadata()
        let attachment = try PDFTestSupport.attachment()
        let profile = try PDFTestSupport.colorProfile()
        #expect(throws: PDFFileError.notAPDF) {
            try PDFA3.finish(Array("hello".utf8), metadata: metadata, attachments: [], colorProfile: profile)
        }
        let finished = try PDFA3.finish(drawn, metadata: metadata, attachments: [attachment], colorProfile: profile)
        let again = #expect(throws: PDFFileError.self) {
            try PDFA3.finish(finished, metadata: metadata, attachments: [attachment], colorProfile: profile)
        }
        #expect(again?.description.contains("finished before") == true, "\(String(describing: again))")
        #expect(throws: PDFFileError.invalidInput("the colour profile is not an RGB ICC profile")) {
            try PDFA3.finish(drawn, metadata: metadata, attachments: [], colorProfile: Array(repeating: 0, count: 500))
        }
        let twice = #expect(throws: PDFFileError.self) {
            try PDFA3.finish(drawn, metadata: metadata, attachments: [attachment, attachment], colorProfile: profile)
        }
        #expect(twice?.description.contains("used twice") == true)
        var badPrefix = metadata
        badPrefix.extensions[0].prefix = "pdf"
        #expect(throws: PDFFileError.self) {
            try PDFA3.finish(drawn, metadata: badPrefix, attachments: [], colorProfile: profile)
        }
        var control = metadata
        control.title = "Facture\u{7}"
        #expect(throws: PDFFileError.self) {
            try PDFA3.finish(drawn, metadata: control, attachments: [], colorProfile: profile)
        }
        let truncated = Array(drawn.prefix(drawn.count - 200))
        let damaged = #expect(throws: PDFFileError.self) {
            try PDFA3.finish(truncated, metadata: metadata, attachments: [], colorProfile: profile)
        }
        #expect(damaged?.description.contains("startxref") == true, "\(String(describing: damaged))")
        var shifted = drawn
        let startxref = try #require(PDFTestSupport.lastRange(of: "startxref\n", in: shifted))
        shifted.replaceSubrange(startxref.upperBound..<(startxref.upperBound + 1), with: Array("9".utf8))
        let table = #expect(throws: PDFFileError.self) {
            try PDFA3.finish(shifted, metadata: metadata, attachments: [], colorProfile: profile)
        }
        #expect(table?.description.hasPrefix("the PDF's cross-reference table cannot be read at offset 9") == true
                || table?.description.contains("cannot be read") == true, "\(String(describing: table))")
    }

    @Test("Dates: real days only, written as PDF and XMP write them")
    func dates() throws {
        let date = try #require(PDFDate(year: 2028, month: 2, day: 29))
        #expect(date.pdf == "D:20280229000000Z")
        #expect(date.xmp == "2028-02-29T00:00:00Z")
        #expect(PDFDate(year: 2026, month: 2, day: 29) == nil)
        #expect(PDFDate(year: 2026, month: 13, day: 1) == nil)
        #expect(PDFDate(iso8601: "2026-11-22") == PDFDate(year: 2026, month: 11, day: 22))
        #expect(PDFDate(iso8601: "2026-11-22T00:00") == nil)
    }
}
