@testable import FolioPDF
import Foundation
import Testing

/// What later incremental updates change, as `PDFRevisions.changes` judges it, for updates written
/// here with the same writer the signing uses; and signatures whose byte range is not what it must be.
@Suite("Revisions and their changes")
struct PDFRevisionsTests {
    /// `pdf` with an incremental update made by `change`.
    static func updated(_ pdf: [UInt8], _ change: (PDFObjectStore, inout IncrementalUpdate) throws -> Void) throws -> [UInt8] {
        let store = try PDFObjectStore(pdf)
        var update = IncrementalUpdate(store)
        try change(store, &update)
        return update.finish()
    }

    /// The first page's reference and dictionary.
    static func firstPage(_ store: PDFObjectStore) throws -> (PDFReference, PDFDictionary) {
        let catalog = try #require(try store.dictionary(store.trailer["Root"]))
        let page = try #require(try PageTree.pages(of: catalog, in: store).first)
        return (page, try #require(try store.dictionary(.reference(page))))
    }

    @Test("A page whose content stream is replaced after the signature: flagged, and the signature no longer covers the file")
    func contentReplaced() throws {
        let (_, signed) = try PDFSigningTests.sellerSigned()
        let changed = try Self.updated(signed) { store, update in
            var (reference, page) = try Self.firstPage(store)
            let contents = update.newReference()
            update.write(.dictionary(PDFDictionary()), as: contents, stream: Array("0 0 1 rg 100 400 200 100 re f\n".utf8)[...])
            page["Contents"] = .reference(contents)
            update.write(.dictionary(page), as: reference)
        }
        let changes = try PDFRevisions.changes(in: changed, after: signed.count)
        #expect(changes.count == 2 && changes.allSatisfy { $0.kind == .other && $0.changesContent }, "\(changes)")
        let seller = try #require(try PDFSignatures.read(changed).first)
        #expect(seller.coversUpTo == signed.count && !seller.coversWholeFile && seller.byteRangeProblem == nil)
        let path = try PDFTestSupport.write(changed, name: "changed.pdf")
        let pdfsig = try SigningSupport.pdfsig(path)
        #expect(pdfsig.valid == 1 && pdfsig.output.contains("Not total document signed"), "\(pdfsig.output)")
        let pyHanko = try SigningSupport.checkSignatures(path)
        #expect(pyHanko.status == 1 && pyHanko.lines.first?.contains("ILLEGAL_MODIFICATIONS") == true, "pyHanko agrees: \(pyHanko.output)")
        #expect(try PDFTestSupport.run("qpdf", ["--check", path]).status == 0)

        // The page's existing content stream redefined in place: the same judgement.
        let inPlace = try Self.updated(signed) { store, update in
            let (_, page) = try Self.firstPage(store)
            let contents = try #require(page["Contents"]?.reference)
            update.write(.dictionary(PDFDictionary()), as: contents, stream: Array("0 0 1 rg 100 400 200 100 re f\n".utf8)[...])
        }
        let inPlaceChanges = try PDFRevisions.changes(in: inPlace, after: signed.count)
        #expect(inPlaceChanges.count == 1 && inPlaceChanges.allSatisfy { $0.kind == .other && $0.changesContent }, "\(inPlaceChanges)")
    }

    @Test("Other updates: a new non-signature annotation, a moved signature widget, a replaced signature value, /Info alone")
    func otherUpdates() throws {
        let (_, signed) = try PDFSigningTests.sellerSigned()
        let annotated = try Self.updated(signed) { store, update in
            var (reference, page) = try Self.firstPage(store)
            let note = update.newReference()
            update.write(.dictionary(PDFDictionary(["Type": .name("Annot"), "Subtype": .name("Square"), "F": .integer(4),
                                                    "Rect": .array([.integer(10), .integer(10), .integer(50), .integer(50)])])), as: note)
            page["Annots"] = .array((page["Annots"]?.array ?? []) + [.reference(note)])
            update.write(.dictionary(page), as: reference)
        }
        let annotation = try PDFRevisions.changes(in: annotated, after: signed.count)
        #expect(annotation.map(\.kind).sorted { "\($0)" < "\($1)" } == [.other, .pageAnnotations], "\(annotation)")
        #expect(annotation.allSatisfy { $0.changesContent })

        func sellerField(_ store: PDFObjectStore) throws -> FormField {
            let catalog = try #require(try store.dictionary(store.trailer["Root"]))
            return try #require(try FormFields.fields(of: try store.dictionary(catalog["AcroForm"]), in: store)
                .first { $0.name == "SellerSignature" })
        }
        let moved = try Self.updated(signed) { store, update in
            var field = try sellerField(store)
            field.dictionary["Rect"] = .array([.integer(300), .integer(300), .integer(500), .integer(350)])
            update.write(.dictionary(field.dictionary), as: try #require(field.reference))
        }
        #expect(try PDFRevisions.changes(in: moved, after: signed.count).map(\.changesContent) == [true])
        let replaced = try Self.updated(signed) { store, update in
            var field = try sellerField(store)
            let signature = update.newReference()
            update.write(.dictionary(PDFDictionary(["Type": .name("Sig")])), as: signature)
            field.dictionary["V"] = .reference(signature)
            update.write(.dictionary(field.dictionary), as: try #require(field.reference))
        }
        let replacement = try PDFRevisions.changes(in: replaced, after: signed.count)
        #expect(replacement.map(\.kind) == [.signatureField, .signature] && replacement.map(\.changesContent) == [true, false],
                "\(replacement)")

        let information = try Self.updated(signed) { store, update in
            let reference = try #require(store.trailer["Info"]?.reference)
            var dictionary = try #require(try store.dictionary(.reference(reference)))
            dictionary["ModDate"] = .text("D:20261123090000Z")
            update.write(.dictionary(dictionary), as: reference)
        }
        #expect(try PDFRevisions.changes(in: information, after: signed.count) == [
            PDFObjectChange(number: try #require(try PDFObjectStore(signed).trailer["Info"]?.reference?.number), kind: .other, changesContent: false),
        ])
        // The same object written again, differently formatted, is no change.
        let rewritten = try Self.updated(signed) { store, update in
            let (reference, page) = try Self.firstPage(store)
            update.write(.dictionary(page), as: reference)
        }
        #expect(try PDFRevisions.changes(in: rewritten, after: signed.count).isEmpty)
    }

    @Test("A malformed /ByteRange is reported in the signature's information, not thrown")
    func malformedByteRange() throws {
        let (_, signed) = try PDFSigningTests.sellerSigned()
        let range = try #require(try PDFSignatures.read(signed).first?.byteRange)
        let room = try #require(PDFTestSupport.lastRange(of: "/ByteRange [", in: signed)).upperBound
        func withByteRange(_ numbers: [Int]) -> [UInt8] {
            var bytes = signed
            var text = Array(numbers.map(String.init).joined(separator: " ").utf8)
            text += [UInt8](repeating: UInt8(ascii: " "), count: SignaturePlaceholder.byteRangeWidth - text.count)
            bytes.replaceSubrange(room..<(room + text.count), with: text)
            return bytes
        }
        let cases: [([Int], String)] = [
            ([1, range[1], range[2], range[3]], "the /ByteRange does not start at the file's first byte"),
            ([0, range[1] - 1, range[2], range[3]], "the gap in the /ByteRange is not exactly the signature dictionary's /Contents string"),
            ([0, range[1], range[2], range[3] + 10], "the /ByteRange goes beyond the end of the file"),
            ([0, range[1], range[2], range[3] - 7], "the signed bytes do not end at the end of a revision (%%EOF)"),
            ([0, range[2], range[1], range[3]], "the /ByteRange's ranges overlap"),
            ([0, range[1], range[2]], "the /ByteRange is not four non-negative integers (two ranges around /Contents)"),
        ]
        for (numbers, problem) in cases {
            let signature = try #require(try PDFSignatures.read(withByteRange(numbers)).first)
            #expect(signature.byteRangeProblem == problem, "\(numbers)")
            #expect(!signature.coversWholeFile)
        }
        // Leaving out the end of line after %%EOF is still the end of the revision.
        #expect(try PDFSignatures.read(withByteRange([0, range[1], range[2], range[3] - 1])).first?.byteRangeProblem == nil)
    }

    @Test("Revisions: one per %%EOF of an update; an offset inside a revision, or not a PDF, is refused")
    func revisions() throws {
        let (original, signed) = try PDFSigningTests.sellerSigned()
        #expect(try PDFRevisions.revisions(signed).map(\.endOffset) == [original.count, signed.count])
        #expect(throws: PDFFileError.malformed(reason: "offset 1000 is not the end of a revision", offset: 1000)) {
            try PDFRevisions.changes(in: signed, after: 1000)
        }
        #expect(throws: PDFFileError.notAPDF) { try PDFRevisions.revisions(Array("hello".utf8)) }
        #expect(throws: PDFFileError.self) { try PDFRevisions.revisions(Array(signed.prefix(signed.count / 2 + 1000))) == [] }
        // Linearized by qpdf: the first-page trailer's `startxref 0` ends no revision.
        let path = try PDFTestSupport.write(signed, name: "signed.pdf")
        let linearized = path + ".linearized.pdf"
        #expect(try PDFTestSupport.run("qpdf", ["--linearize", path, linearized]).status == 0)
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: linearized)))
        #expect(try PDFRevisions.revisions(bytes).count == 1)
        #expect(try PDFSignatures.read(bytes).count == 1, "qpdf rewrote the file: the signature is read, its bytes no longer match")
    }

    @Test("The CMS keeps a final zero byte its DER length covers; other padding goes")
    func padding() {
        #expect(CMSPadding.trimmed([0x30, 0x03, 0x02, 0x01, 0x00, 0x00, 0x00]) == [0x30, 0x03, 0x02, 0x01, 0x00])
        let long: [UInt8] = [0x30, 0x82, 0x01, 0x00] + [UInt8](repeating: 7, count: 255) + [0x00]
        #expect(CMSPadding.trimmed(long + [0, 0, 0]) == long)
        #expect(CMSPadding.trimmed([0x01, 0x02, 0x00, 0x00]) == [0x01, 0x02])
        #expect(CMSPadding.trimmed([0x30, 0x05, 0x01, 0x00]) == [0x30, 0x05, 0x01], "a length beyond the string: zeros trimmed")
        #expect(CMSPadding.trimmed([0x30, 0x80, 0x01, 0x00, 0x00]) == [0x30, 0x80, 0x01])
        #expect(CMSPadding.trimmed([]) == [])
    }

    @Test("Damaged signed files never crash the readers: each flipped byte gives an error or an answer")
    func damaged() throws {
        let (original, signed) = try PDFSigningTests.sellerSigned()
        var generator = SeededGenerator(seed: 11)
        // 150 copies, three random bytes each, the half of them in the update: a few seconds in a debug build.
        for copy in 0..<150 {
            var damaged = signed
            let lower = copy.isMultiple(of: 2) ? original.count : 0
            for _ in 0..<3 {
                damaged[Int.random(in: lower..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            _ = try? PDFSignatures.read(damaged)
            _ = try? PDFRevisions.revisions(damaged)
            _ = try? PDFRevisions.changes(in: damaged, after: original.count)
        }
    }
}
