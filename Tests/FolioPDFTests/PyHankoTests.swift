import FolioPDF
import Foundation
import Testing

/// pyHanko, an independent PAdES implementation, judges our signatures, and signs after them as a
/// client's software would: every signature stays valid, and our reader sees pyHanko's updates as
/// signing, not as changes to what the document shows.
@Suite("Signatures checked and extended by pyHanko")
struct PyHankoTests {
    @Test("pyHanko judges the seller's approval signature INTACT and VALID, covering the whole file")
    func approval() throws {
        let (_, signed) = try PDFSigningTests.sellerSigned()
        let path = try PDFTestSupport.write(signed, name: "signed.pdf")
        let keys = try SigningSupport.keys.get()
        let validate = try SigningSupport.pyhanko(["sign", "validate", "--pretty-print", "--trust", keys.ca, "--trust-replace", path])
        #expect(validate.status == 0, "\(validate.output)\(validate.error)")
        #expect(validate.output.contains("The signature is judged VALID."), "\(validate.output)")
        #expect(validate.output.contains("The signature is cryptographically sound."))
        #expect(validate.output.contains("The signature covers the entire file."))
        let check = try SigningSupport.checkSignatures(path)
        #expect(check.status == 0 && check.lines == [
            "SellerSignature: INTACT:TRUSTED,UNTOUCHED coverage=ENTIRE_FILE modification=NONE docmdp=none",
        ], "\(check.output)")

        let (_, certified) = try PDFSigningTests.sellerSigned(certification: .formFillingAndSigning)
        let certifiedCheck = try SigningSupport.checkSignatures(try PDFTestSupport.write(certified, name: "certified.pdf"))
        #expect(certifiedCheck.status == 0 && certifiedCheck.lines == [
            "SellerSignature: INTACT:TRUSTED,UNTOUCHED coverage=ENTIRE_FILE modification=NONE docmdp=FILL_FORMS",
        ], "\(certifiedCheck.output)")
    }

    @Test("The client signs the empty field with pyHanko; then a DSS: every signature valid, nothing changes content",
          arguments: [nil, DocMDPPermission.formFillingAndSigning])
    func clientSignsWithPyHanko(certification: DocMDPPermission?) throws {
        let (original, signed) = try PDFSigningTests.sellerSigned(certification: certification)
        let path = try PDFTestSupport.write(signed, name: "signed.pdf")
        let clientPath = path.replacingOccurrences(of: "signed.pdf", with: "client.pdf")
        try SigningSupport.pyHankoSign(path, field: "ClientSignature", output: clientPath)
        let client = try Array(Data(contentsOf: URL(fileURLWithPath: clientPath)))
        #expect(Array(client.prefix(signed.count)) == signed)

        let pdfsig = try SigningSupport.pdfsig(clientPath)
        #expect(pdfsig.signatures == 2 && pdfsig.valid == 2 && pdfsig.unsigned == 0, "\(pdfsig.output)")
        let mdp = certification == nil ? "none" : "FILL_FORMS"
        let check = try SigningSupport.checkSignatures(clientPath)
        #expect(check.status == 0 && check.lines == [
            "SellerSignature: INTACT:TRUSTED,EXTENDED_WITH_FORM_FILLING,ACCEPTABLE_MODIFICATIONS coverage=ENTIRE_REVISION modification=FORM_FILLING docmdp=\(mdp)",
            "ClientSignature: INTACT:TRUSTED,UNTOUCHED coverage=ENTIRE_FILE modification=NONE docmdp=none",
        ], "\(check.output)")

        let signatures = try PDFSignatures.read(client)
        #expect(signatures.map(\.fieldName) == ["SellerSignature", "ClientSignature"])
        #expect(signatures.map(\.coversUpTo) == [signed.count, client.count])
        #expect(signatures.map(\.coversWholeFile) == [false, true])
        #expect(signatures.map(\.byteRangeProblem) == [nil, nil])
        #expect(signatures.map(\.docMDP) == [certification?.rawValue, nil])
        #expect(signatures.last?.subFilter == "adbe.pkcs7.detached", "pyHanko's default without --use-pades")
        #expect(try PDFRevisions.revisions(client).map(\.endOffset) == [original.count, signed.count, client.count])
        let changes = try PDFRevisions.changes(in: client, after: signatures[0].coversUpTo)
        #expect(!changes.isEmpty && changes.allSatisfy { !$0.changesContent }, "\(changes)")
        #expect(changes.contains { $0.kind == .signature } && changes.contains { $0.kind == .signatureField }, "\(changes)")
        // pyHanko draws a visible appearance into the field, and updates /Info and the XMP metadata.
        #expect(changes.contains { $0.kind == .appearance } && changes.contains { $0.kind == .other }, "\(changes)")

        // Long-term validation material after both signatures.
        let dssPath = path.replacingOccurrences(of: "signed.pdf", with: "dss.pdf")
        try SigningSupport.pyHankoAddDSS(clientPath, output: dssPath)
        let withStore = try Array(Data(contentsOf: URL(fileURLWithPath: dssPath)))
        let storeChanges = try PDFRevisions.changes(in: withStore, after: client.count)
        #expect(storeChanges.contains { $0.kind == .securityStore } && storeChanges.contains { $0.kind == .catalogForms }, "\(storeChanges)")
        #expect(storeChanges.allSatisfy { !$0.changesContent }, "\(storeChanges)")
        #expect(try PDFRevisions.changes(in: withStore, after: signed.count).allSatisfy { !$0.changesContent })
        #expect(try SigningSupport.pdfsig(dssPath).valid == 2)
        let afterStore = try SigningSupport.checkSignatures(dssPath)
        #expect(afterStore.status == 0 && afterStore.lines.count == 2, "\(afterStore.output)")
    }

    @Test("Files other programs updated: a qpdf object-stream file, pyHanko's empty field and signature, then ours again")
    func otherWriters() throws {
        let finished = try PDFTestSupport.write(try PDFTestSupport.finishedInvoice(), name: "finished.pdf")
        let folder = URL(fileURLWithPath: finished).deletingLastPathComponent()
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        func read(_ name: String) throws -> [UInt8] { try Array(Data(contentsOf: URL(fileURLWithPath: path(name)))) }
        #expect(try PDFTestSupport.run("qpdf", ["--object-streams=generate", finished, path("compressed.pdf")]).status == 0)
        // pyHanko adds an empty field in an update of its own (written with a cross-reference stream, like the file).
        let fields = try SigningSupport.pyhanko(["sign", "addfields", "--field", "1/320,120,520,170/AuditorSignature",
                                                 path("compressed.pdf"), path("fields.pdf")])
        #expect(fields.status == 0, "\(fields.error)")
        let withField = try read("fields.pdf")
        #expect(PDFTestSupport.count("/Type /XRef", in: Array(withField[(try read("compressed.pdf")).count...])) == 1)

        // The seller signs pyHanko's field by name, and leaves one for the client.
        var request = try PDFSigningTests.sellerRequest()
        request.fieldName = "AuditorSignature"
        let sellerSigned = try PDFSigning.sign(withField, request) { try SigningSupport.cms($0, by: .seller) }
        try Data(sellerSigned).write(to: URL(fileURLWithPath: path("seller.pdf")))
        #expect(PDFTestSupport.count("/T (AuditorSignature)", in: Array(sellerSigned[withField.count...])) == 1,
                "the existing field is signed, not created again")
        try SigningSupport.pyHankoSign(path("seller.pdf"), field: "ClientSignature", output: path("client.pdf"), extra: ["--use-pades"])
        let clientSigned = try read("client.pdf")
        // A third signature by PDFSigning after pyHanko's update: a new invisible field.
        let third = try PDFSigning.sign(clientSigned, PDFSignatureRequest(fieldName: "Archive", signingTime: try SigningSupport.signingTime(minute: 59))) {
            try SigningSupport.cms($0, by: .seller)
        }
        try Data(third).write(to: URL(fileURLWithPath: path("third.pdf")))

        let pdfsig = try SigningSupport.pdfsig(path("third.pdf"))
        #expect(pdfsig.signatures == 3 && pdfsig.valid == 3, "\(pdfsig.output)")
        let check = try SigningSupport.checkSignatures(path("third.pdf"))
        #expect(check.status == 0 && check.lines.count == 3, "\(check.output)")
        let signatures = try PDFSignatures.read(third)
        #expect(signatures.map(\.fieldName) == ["AuditorSignature", "ClientSignature", "Archive"])
        #expect(signatures.map(\.subFilter) == ["ETSI.CAdES.detached", "ETSI.CAdES.detached", "ETSI.CAdES.detached"])
        #expect(signatures.allSatisfy { $0.byteRangeProblem == nil })
        for signature in signatures.dropLast() {
            let changes = try PDFRevisions.changes(in: third, after: signature.coversUpTo)
            #expect(changes.allSatisfy { !$0.changesContent }, "after \(signature.fieldName): \(changes)")
        }
        #expect(try PDFRevisions.changes(in: third, after: withField.count).allSatisfy { !$0.changesContent })
        #expect(try PDFAttachments.embeddedFiles(in: third, maximumSize: 1 << 20).first?.bytes == PDFTestSupport.xml)
    }
}
