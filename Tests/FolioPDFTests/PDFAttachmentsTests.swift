import FolioPDF
import Foundation
import Testing

/// Reading the files embedded in PDFs: ours, the same rewritten by qpdf with object streams, and
/// damaged or hostile input.
@Suite("Reading attachments")
struct PDFAttachmentsTests {
    /// Generous for an e-invoice's XML, small enough that a bomb stops early.
    static let limit = 1_000_000

    @Test("The attachment of a finished PDF comes back exactly, with its name, type and relationship")
    func finished() throws {
        let files = try PDFAttachments.embeddedFiles(in: PDFTestSupport.finishedInvoice(), maximumSize: Self.limit)
        #expect(files == [EmbeddedFile(name: "factur-x.xml", mimeType: "text/xml", relationship: "Alternative",
                                       bytes: PDFTestSupport.xml)])
    }

    @Test("A PDF with a cross-reference stream and object streams (qpdf --object-streams=generate)")
    func objectStreams() throws {
        let path = try PDFTestSupport.write(try PDFTestSupport.finishedInvoice(), name: "finished.pdf")
        let compressed = path.replacingOccurrences(of: "finished.pdf", with: "object-streams.pdf")
        let qpdf = try PDFTestSupport.run("qpdf", ["--object-streams=generate", path, compressed])
        #expect(qpdf.status == 0, "\(qpdf.error)")
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: compressed)))
        #expect(PDFTestSupport.count("/Type /ObjStm", in: bytes) >= 1 && PDFTestSupport.count("/Type /XRef", in: bytes) == 1,
                "qpdf wrote object streams and a cross-reference stream")
        #expect(PDFTestSupport.count("/Filespec", in: bytes) == 0, "the file specification is inside an object stream")
        let files = try PDFAttachments.embeddedFiles(in: bytes, maximumSize: Self.limit)
        #expect(files.map(\.name) == ["factur-x.xml"])
        #expect(files.first?.bytes == PDFTestSupport.xml)
        #expect(files.first?.relationship == "Alternative")

        // An incremental update on top (qpdf --linearize rewrites; a second qpdf pass keeps it readable too).
        let linearized = path.replacingOccurrences(of: "finished.pdf", with: "linearized.pdf")
        _ = try PDFTestSupport.run("qpdf", ["--linearize", "--object-streams=generate", path, linearized])
        let again = try PDFAttachments.embeddedFiles(in: Array(Data(contentsOf: URL(fileURLWithPath: linearized))), maximumSize: Self.limit)
        #expect(again.first?.bytes == PDFTestSupport.xml)
    }

    @Test("A file another program attached (qpdf --add-attachment), with and without object streams")
    func otherProducer() throws {
        let drawn = try PDFTestSupport.write(try PDFTestSupport.drawnInvoice(), name: "drawn.pdf")
        let folder = URL(fileURLWithPath: drawn).deletingLastPathComponent()
        let xml = folder.appendingPathComponent("invoice.xml")
        try Data(PDFTestSupport.xml).write(to: xml)
        for streams in ["preserve", "generate"] {
            let output = folder.appendingPathComponent("attached-\(streams).pdf").path
            let qpdf = try PDFTestSupport.run("qpdf", ["--add-attachment", xml.path, "--mimetype=text/xml", "--key=cii",
                                                       "--", "--object-streams=\(streams)", drawn, output])
            #expect(qpdf.status == 0, "\(qpdf.error)")
            let files = try PDFAttachments.embeddedFiles(in: Array(Data(contentsOf: URL(fileURLWithPath: output))), maximumSize: Self.limit)
            #expect(files == [EmbeddedFile(name: "invoice.xml", mimeType: "text/xml", relationship: nil, bytes: PDFTestSupport.xml)],
                    "\(streams)")
        }
    }

    @Test("No attachment, not a PDF, random bytes: typed errors that say so")
    func errors() throws {
        let drawn = try PDFTestSupport.drawnInvoice()
        #expect(throws: PDFFileError.noEmbeddedFile) { try PDFAttachments.embeddedFiles(in: drawn, maximumSize: Self.limit) }
        #expect(PDFFileError.noEmbeddedFile.description == "the PDF has no embedded file")
        var generator = SeededGenerator(seed: 42)
        // 50 KB, the size of a one-page invoice.
        let random = (0..<50_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(throws: PDFFileError.notAPDF) { try PDFAttachments.embeddedFiles(in: random, maximumSize: Self.limit) }
        #expect(PDFFileError.notAPDF.description == "not a PDF: the file does not start with %PDF-")
        #expect(throws: PDFFileError.self) {
            try PDFAttachments.embeddedFiles(in: Array("%PDF-1.7\n".utf8) + random, maximumSize: Self.limit)
        }
        #expect(throws: PDFFileError.notAPDF) { try PDFAttachments.embeddedFiles(in: [], maximumSize: Self.limit) }
    }

    @Test("A truncated file never crashes: cut anywhere, it is an error, or (only %%EOF lost) the exact file")
    func truncated() throws {
        let finished = try PDFTestSupport.finishedInvoice()
        let half = Array(finished.prefix(finished.count / 2))
        let error = #expect(throws: PDFFileError.self) { try PDFAttachments.embeddedFiles(in: half, maximumSize: Self.limit) }
        #expect(error?.description == "the PDF is damaged at offset \(half.count): no startxref at the end of the file (is it truncated?)",
                "\(String(describing: error))")
        // Every 97th byte (a prime, so the cuts fall in every kind of place), and each of the last 30.
        for length in Array(stride(from: 0, to: finished.count, by: 97)) + Array((finished.count - 30)..<finished.count) {
            do {
                let files = try PDFAttachments.embeddedFiles(in: Array(finished.prefix(length)), maximumSize: Self.limit)
                #expect(files.first?.bytes == PDFTestSupport.xml && length >= finished.count - 7, "cut at \(length)")
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
    }

    @Test("Damaged bytes never crash: each flipped byte gives an error or the file")
    func damaged() throws {
        let finished = try PDFTestSupport.finishedInvoice()
        var generator = SeededGenerator(seed: 7)
        // 400 copies with three random bytes each: seconds in a debug build, and every part of the file is hit.
        for _ in 0..<400 {
            var damaged = finished
            for _ in 0..<3 {
                damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            do {
                _ = try PDFAttachments.embeddedFiles(in: damaged, maximumSize: Self.limit)
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
    }

    @Test("A Flate bomb stops at maximumSize")
    func bomb() throws {
        // 20 MB of zeros compress about a thousandfold: a small file that would take 20 MB to read.
        let zeros = [UInt8](repeating: 0, count: 20_000_000)
        let attachment = PDFAttachment(fileName: "bomb.xml", mimeType: "text/xml", relationship: .data,
                                       modificationDate: try #require(PDFTestSupport.date), bytes: zeros)
        let finished = try PDFA3.finish(PDFTestSupport.drawnInvoice(), metadata: PDFTestSupport.metadata(),
                                        attachments: [attachment], colorProfile: PDFTestSupport.colorProfile())
        #expect(finished.count < 200_000)
        #expect(throws: PDFFileError.tooLarge(limit: Self.limit)) {
            try PDFAttachments.embeddedFiles(in: finished, maximumSize: Self.limit)
        }
        #expect(PDFFileError.tooLarge(limit: Self.limit).description == "a stream of the PDF decodes to more than 1000000 bytes")
        #expect(try PDFAttachments.embeddedFiles(in: finished, maximumSize: zeros.count).first?.bytes.count == zeros.count)
    }
}
