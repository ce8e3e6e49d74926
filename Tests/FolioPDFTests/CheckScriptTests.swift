@testable import FolioPDF
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

    @Test("A signed PDF passes; a widget without appearance, NeedAppearances, /Perms /UR and a stray /ByteRange are named")
    func signatures() throws {
        let (_, signed) = try PDFSigningTests.sellerSigned(certification: .formFillingAndSigning)
        let signedPath = try PDFTestSupport.write(signed, name: "signed.pdf")
        let passing = try PDFTestSupport.run("python3", ["scripts/check-pdfa.py", signedPath])
        #expect(passing.status == 0 && passing.output == "\(signedPath): PDF/A-3 structure ok\n", "\(passing.output)")

        var widget = 0, signature = 0
        let damaged = try PDFRevisionsTests.updated(signed) { store, update in
            let root = try #require(store.trailer["Root"]?.reference)
            var catalog = try #require(try store.dictionary(.reference(root)))
            var (pageReference, page) = try PDFRevisionsTests.firstPage(store)
            let widgetReference = update.newReference(), signatureReference = update.newReference()
            (widget, signature) = (widgetReference.number, signatureReference.number)
            update.write(.dictionary(PDFDictionary(["Type": .name("Sig"), "Filter": .name("Adobe.PPKLite"),
                                                    "ByteRange": .array([0, 10, 20, 30].map(PDFValue.integer)),
                                                    "Contents": .string([0], hexadecimal: true)])), as: signatureReference)
            update.write(.dictionary(PDFDictionary(["Type": .name("Annot"), "Subtype": .name("Widget"), "FT": .name("Sig"),
                                                    "T": .text("Stray"), "V": .reference(signatureReference), "F": .integer(4),
                                                    "P": .reference(pageReference),
                                                    "Rect": .array([10, 10, 110, 60].map(PDFValue.integer))])), as: widgetReference)
            page["Annots"] = .array((page["Annots"]?.array ?? []) + [.reference(widgetReference)])
            update.write(.dictionary(page), as: pageReference)
            var form = try #require(catalog["AcroForm"]?.dictionary)
            form["Fields"] = .array((form["Fields"]?.array ?? []) + [.reference(widgetReference)])
            form["NeedAppearances"] = .boolean(true)
            catalog["AcroForm"] = .dictionary(form)
            var permissions = try #require(catalog["Perms"]?.dictionary)
            permissions["UR"] = .dictionary(PDFDictionary())
            catalog["Perms"] = .dictionary(permissions)
            update.write(.dictionary(catalog), as: root)
        }
        let path = try PDFTestSupport.write(damaged, name: "damaged.pdf")
        let result = try PDFTestSupport.run("python3", ["scripts/check-pdfa.py", path])
        #expect(result.status == 1)
        #expect(result.output == """
            \(path): object \(widget) 0 R: the annotation has no normal appearance (/AP /N)
            \(path): the interactive form asks viewers to redraw fields (/NeedAppearances true)
            \(path): the catalog's /Perms holds /UR, not only /DocMDP and /UR3
            \(path): object \(signature) 0 R: the signature's /ByteRange [0, 10, 20, 30] does not leave out exactly its hexadecimal /Contents, or does not end at a revision's %%EOF

            """, "\(result.output)")
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
