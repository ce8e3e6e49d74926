@testable import FolioPDF
import Foundation
import Testing

/// Signing fields other programs made, by their fully qualified names: a visible field without an
/// appearance, and a field whose widget is a kid of its own inside a parent field.
@Suite("Signing existing fields")
struct ExistingFieldTests {
    @Test("A field Group.Client whose widget is a kid of its own: signed by its qualified name; Group cannot be signed")
    func hierarchicalField() throws {
        let finished = try PDFTestSupport.finishedInvoice()
        var fieldNumber = 0
        let withField = try PDFRevisionsTests.updated(finished) { store, update in
            let root = try #require(store.trailer["Root"]?.reference)
            var catalog = try #require(try store.dictionary(.reference(root)))
            var (pageReference, page) = try PDFRevisionsTests.firstPage(store)
            let group = update.newReference(), field = update.newReference(), widget = update.newReference()
            let appearance = update.newReference()
            fieldNumber = field.number
            update.write(.dictionary(PDFDictionary(["Type": .name("XObject"), "Subtype": .name("Form"),
                                                    "BBox": .array([0, 0, 200, 50].map(PDFValue.integer))])), as: appearance, stream: [])
            // ISO 32000-1 §12.7.3.1: a non-terminal field, a terminal signature field, its widget as a kid.
            update.write(.dictionary(PDFDictionary(["T": .text("Group"), "Kids": .array([.reference(field)])])), as: group)
            update.write(.dictionary(PDFDictionary(["FT": .name("Sig"), "T": .text("Client"), "Parent": .reference(group),
                                                    "Kids": .array([.reference(widget)])])), as: field)
            update.write(.dictionary(PDFDictionary(["Type": .name("Annot"), "Subtype": .name("Widget"), "Parent": .reference(field),
                                                    "F": .integer(4), "P": .reference(pageReference),
                                                    "Rect": .array([320, 60, 520, 110].map(PDFValue.integer)),
                                                    "AP": .dictionary(PDFDictionary(["N": .reference(appearance)]))])),
                         as: widget)
            page["Annots"] = .array((page["Annots"]?.array ?? []) + [.reference(widget)])
            update.write(.dictionary(page), as: pageReference)
            catalog["AcroForm"] = .dictionary(PDFDictionary(["Fields": .array([.reference(group)])]))
            update.write(.dictionary(catalog), as: root)
        }
        #expect(throws: PDFSigningError.fieldNotSignable(name: "Group", reason: "it groups other fields")) {
            _ = try PDFSigning.sign(withField, PDFSignatureRequest(fieldName: "Group", signingTime: try SigningSupport.signingTime())) { _ in [0x30, 0] }
        }
        let signed = try PDFSigning.sign(withField, PDFSignatureRequest(fieldName: "Group.Client", signingTime: try SigningSupport.signingTime())) {
            try SigningSupport.cms($0, by: .client)
        }
        let update = try PDFObjectStore(signed)
        let field = try #require(try update.dictionary(.reference(PDFReference(number: fieldNumber, generation: 0))))
        #expect(field["V"]?.reference != nil, "the terminal field holds the value")
        let path = try PDFTestSupport.write(signed, name: "group.pdf")
        // poppler 22 finds the field but reads no value in a field whose widget is a kid (it says the same
        // of pyHanko's signature there): pyHanko is the judge here.
        let check = try SigningSupport.checkSignatures(path)
        #expect(check.status == 0 && check.lines == ["Group.Client: INTACT:TRUSTED,UNTOUCHED coverage=ENTIRE_FILE modification=NONE docmdp=none"],
                "\(check.output)")
        #expect(try PDFSignatures.read(signed).map(\.fieldName) == ["Group.Client"])
        #expect(try PDFRevisions.changes(in: signed, after: withField.count).allSatisfy { !$0.changesContent })
        let pdfa = try PDFTestSupport.run("python3", ["scripts/check-pdfa.py", path])
        #expect(pdfa.status == 0, "\(pdfa.output)")
    }

    @Test("A visible merged field without /AP gets an empty appearance when signed, so the file stays PDF/A")
    func fieldWithoutAppearance() throws {
        let finished = try PDFTestSupport.finishedInvoice()
        let withField = try PDFRevisionsTests.updated(finished) { store, update in
            let root = try #require(store.trailer["Root"]?.reference)
            var catalog = try #require(try store.dictionary(.reference(root)))
            var (pageReference, page) = try PDFRevisionsTests.firstPage(store)
            let field = update.newReference()
            update.write(.dictionary(PDFDictionary(["Type": .name("Annot"), "Subtype": .name("Widget"), "FT": .name("Sig"),
                                                    "T": .text("Bare"), "F": .integer(4), "P": .reference(pageReference),
                                                    "Rect": .array([.real("320.5"), .integer(60), .integer(520), .integer(110)])])),
                         as: field)
            page["Annots"] = .array((page["Annots"]?.array ?? []) + [.reference(field)])
            update.write(.dictionary(page), as: pageReference)
            catalog["AcroForm"] = .dictionary(PDFDictionary(["Fields": .array([.reference(field)])]))
            update.write(.dictionary(catalog), as: root)
        }
        let before = try PDFTestSupport.run("python3", ["scripts/check-pdfa.py", try PDFTestSupport.write(withField, name: "bare.pdf")])
        #expect(before.output.contains("the annotation has no normal appearance (/AP /N)"), "\(before.output)")
        let signed = try PDFSigning.sign(withField, PDFSignatureRequest(fieldName: "Bare", signingTime: try SigningSupport.signingTime())) {
            try SigningSupport.cms($0, by: .client)
        }
        #expect(PDFTestSupport.count("/BBox [0 0 199.5 50]", in: signed) == 1)
        let path = try PDFTestSupport.write(signed, name: "signed.pdf")
        let after = try PDFTestSupport.run("python3", ["scripts/check-pdfa.py", path])
        #expect(after.status == 0, "\(after.output)")
        #expect(try SigningSupport.pdfsig(path).valid == 1)
        let changes = try PDFRevisions.changes(in: signed, after: withField.count)
        #expect(Set(changes.map(\.kind)) == [.signature, .signatureField, .appearance, .catalogForms] && changes.allSatisfy { !$0.changesContent },
                "\(changes)")
    }
}
