import FolioLayout
import FolioPDF
import FolioSpecimens
import Foundation
import Testing

/// The PDFs themselves, checked with real tools: qpdf, pdftotext, pdffonts, pdfinfo.
@Suite("PDF output")
struct PDFOutputTests {
    @Test("Text extracted with pdftotext is the source text, ligatures and no-break spaces included")
    func roundTrip() throws {
        let typesetter = try LayoutTestSupport.typesetter()
        let document = TermsSpecimen.document(pages: 3)
        let pdf = try LayoutTestSupport.pdf(document, typesetter: typesetter, name: "terms.pdf")
        let extracted = try LayoutTestSupport.run("pdftotext", ["-enc", "UTF-8", pdf.path, "-"])
        #expect(extracted.status == 0)
        // A hyphen the engine added at a line end comes back as a soft hyphen (U+00AD) before the
        // line break: the hyphenation point. Remove those, then make every line break a space.
        #expect(extracted.output.contains("\u{AD}\n"), "some word was hyphenated")
        let text = LayoutTestSupport.normalisedSpaces(extracted.output.replacingOccurrences(of: "\u{AD}\n", with: ""))
        var searchFrom = text.startIndex
        var checked = 0
        for block in document.blocks {
            let source: String
            switch block {
            case .paragraph(let paragraph): source = paragraph.text
            case .heading(let heading): source = heading.text
            default: continue
            }
            let expected = LayoutTestSupport.normalisedSpaces(source)
            guard let found = text.range(of: expected, range: searchFrom..<text.endIndex) else {
                Issue.record("not found in order in the extracted text: \(expected)")
                continue
            }
            searchFrom = found.upperBound
            checked += 1
        }
        #expect(checked > 20)
        // Ligatures (fi, ff) come back as their letters; no-break spaces come back as spaces.
        #expect(text.contains("afin"))
        #expect(text.contains("1 234 567,89 €"))
    }

    @Test("qpdf --check passes and every font is embedded as a subset")
    func validityAndFonts() throws {
        let typesetter = try LayoutTestSupport.typesetter()
        let documents: [(String, Document)] = [
            ("terms.pdf", TermsSpecimen.document(pages: 3)),
            ("invoice.pdf", InvoiceSpecimen.document(number: 6, logo: try LayoutTestSupport.logo())),
            ("tables.pdf", LongTableSpecimen.document(sections: 2, rowsPerSection: 60)),
        ]
        for (name, document) in documents {
            let pdf = try LayoutTestSupport.pdf(document, typesetter: typesetter, name: name)
            let check = try LayoutTestSupport.run("qpdf", ["--check", pdf.path])
            #expect(check.status == 0, "\(name): \(check.output)")
            let fonts = try LayoutTestSupport.run("pdffonts", [pdf.path])
            let rows = fonts.output.split(separator: "\n").dropFirst(2)
            #expect(!rows.isEmpty)
            for row in rows {
                // name type [type] encoding emb sub uni id gen: emb and sub are the 4th and 3rd from the end... read by words
                let words = row.split(separator: " ")
                #expect(words.count >= 7, "\(row)")
                let flags = words.suffix(5).prefix(3)
                #expect(Array(flags) == ["yes", "yes", "yes"], "\(name): font not embedded as a subset with a Unicode map: \(row)")
                #expect(row.contains("+"), "\(name): subset fonts carry a tag: \(row)")
            }
        }
    }

    @Test("The same document gives byte-identical PDFs; metadata comes from the document")
    func determinismAndMetadata() throws {
        let typesetter = try LayoutTestSupport.typesetter()
        let logo = try LayoutTestSupport.logo()
        let first = try LayoutTestSupport.pdf(InvoiceSpecimen.document(number: 3, logo: logo), typesetter: typesetter, name: "a.pdf")
        let second = try LayoutTestSupport.pdf(InvoiceSpecimen.document(number: 3, logo: logo), typesetter: try LayoutTestSupport.typesetter(),
                                               name: "b.pdf")
        #expect(first.bytes == second.bytes)
        let info = try LayoutTestSupport.run("pdfinfo", ["-isodates", first.path])
        #expect(info.output.contains("Title:           Facture F-2026-00003"))
        #expect(info.output.contains("Author:          Folio Démonstration SAS"))
        #expect(info.output.contains("Keywords:        invoice, specimen"))
        #expect(info.output.contains("CreationDate:    2026-11-22"))
        #expect(info.output.contains("Page size:       595.276 x 841.89 pts (A4)"))
    }

    @Test("Links, named destinations and the outline are in the PDF")
    func linksAndOutline() throws {
        let typesetter = try LayoutTestSupport.typesetter()
        let pdf = try LayoutTestSupport.pdf(TermsSpecimen.document(pages: 3), typesetter: typesetter, name: "terms.pdf")
        let expanded = pdf.path + ".qdf"
        let qdf = try LayoutTestSupport.run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, expanded])
        #expect(qdf.status == 0)
        let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: expanded)), as: UTF8.self)
        #expect(raw.contains("/URI (https://www.example.com/cgv)"))
        #expect(raw.contains("/Subtype /Link"))
        #expect(raw.contains("/Outlines"))
        #expect(raw.contains("(article-5)"), "the named destination of article 5")
        #expect(raw.contains("Article 12"), "outline titles")
    }

    @Test("US Letter pages")
    func letter() throws {
        let typesetter = try LayoutTestSupport.typesetter()
        var document = InvoiceSpecimen.document(number: 2, logo: nil)
        document.setup.size = .letter
        let pdf = try LayoutTestSupport.pdf(document, typesetter: typesetter, name: "letter.pdf")
        let info = try LayoutTestSupport.run("pdfinfo", [pdf.path])
        #expect(info.output.contains("612 x 792 pts (letter)"))
    }
}
