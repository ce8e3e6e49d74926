import FolioPDF
import Foundation
import Testing

/// Signing a finished PDF/A-3 Factur-X invoice as an incremental update, checked with poppler's
/// `pdfsig`, qpdf, our PDF/A check, `pdfdetach` and our own signature reader.
@Suite("PAdES signing")
struct PDFSigningTests {
    /// The seller's request: a visible signature on page 1, an empty field for the client beside it.
    static func sellerRequest(certification: DocMDPPermission? = nil, rect: PDFRect? = PDFRect(x: 56, y: 60, width: 200, height: 50),
                              emptyFields: [String] = ["ClientSignature"]) throws -> PDFSignatureRequest {
        PDFSignatureRequest(fieldName: "SellerSignature", page: 0, rect: rect, signerName: "Folio Test Seller",
                            reason: "Facture F-2026-00007", location: "Paris", contactInfo: "factures@example.fr",
                            signingTime: try SigningSupport.signingTime(), certification: certification,
                            emptyFields: emptyFields.enumerated().map { index, name in
                                PDFSignatureField(name: name, page: 0, rect: PDFRect(x: 320, y: 60 + 60 * Double(index), width: 200, height: 50))
                            })
    }

    /// The finished invoice, and the same signed by the seller.
    static func sellerSigned(certification: DocMDPPermission? = nil) throws -> (original: [UInt8], signed: [UInt8]) {
        let original = try PDFTestSupport.finishedInvoice()
        let signed = try PDFSigning.sign(original, sellerRequest(certification: certification)) {
            try SigningSupport.cms($0, by: .seller)
        }
        return (original, signed)
    }

    /// The client's approval signature over its empty field, by PDFSigning.
    static func clientRequest(minute: Int = 45) throws -> PDFSignatureRequest {
        PDFSignatureRequest(fieldName: "ClientSignature", signerName: "Folio Test Client", reason: "Bon pour accord",
                            signingTime: try SigningSupport.signingTime(minute: minute))
    }

    @Test("pdfsig: the seller's signature is valid and covers the whole file; the original bytes come first, unchanged")
    func sellerSignature() throws {
        let original = try PDFTestSupport.finishedInvoice()
        var given: [UInt8] = [], made: [UInt8] = []
        let signed = try PDFSigning.sign(original, Self.sellerRequest()) { bytes in
            given = bytes
            made = try SigningSupport.cms(bytes, by: .seller)
            return made
        }
        #expect(Array(signed.prefix(original.count)) == original)
        let update = Array(signed[original.count...])
        #expect(PDFTestSupport.count("\nxref\n", in: update) == 1 && PDFTestSupport.count("/Type /XRef", in: update) == 0,
                "a classic table, like the original's")
        let previous = String(decoding: original.suffix(from: try #require(PDFTestSupport.lastRange(of: "startxref\n", in: original)).upperBound)
            .prefix { $0 != 0x0A }, as: UTF8.self)
        #expect(PDFTestSupport.count("/Prev \(previous)", in: update) == 1, "the update points back to the original's table")
        #expect(PDFTestSupport.identifier(in: signed) == PDFTestSupport.identifier(in: original), "the first /ID element is kept")
        let trailer = Array(update[try #require(PDFTestSupport.lastRange(of: "trailer\n", in: update)).upperBound...])
        #expect(PDFTestSupport.count("/Root ", in: trailer) == 1 && PDFTestSupport.count("/Info ", in: trailer) == 1)
        let path = try PDFTestSupport.write(signed, name: "signed.pdf")
        let check = try SigningSupport.pdfsig(path)
        #expect(check.signatures == 1 && check.valid == 1 && check.unsigned == 1, "\(check.output)")
        #expect(check.output.contains("Signature Field Name: SellerSignature"))
        #expect(check.output.contains("Signature Type: ETSI.CAdES.detached"))
        #expect(check.output.contains("- Total document signed"), "\(check.output)")

        let signatures = try PDFSignatures.read(signed)
        try #require(signatures.count == 1)
        let signature = signatures[0]
        #expect(signature.fieldName == "SellerSignature")
        #expect(signature.contents == made, "the CMS comes back without its padding")
        #expect(signature.signedBytes == given)
        #expect(signature.byteRange.count == 4 && signature.byteRange[0] == 0)
        #expect(signature.byteRange[2] + signature.byteRange[3] == signed.count)
        #expect(signature.coversUpTo == signed.count && signature.coversWholeFile && signature.byteRangeProblem == nil)
        #expect(signature.subFilter == "ETSI.CAdES.detached")
        #expect(signature.signingTime == "D:20261122143005+01'00'")
        #expect(signature.name == "Folio Test Seller" && signature.reason == "Facture F-2026-00007" && signature.location == "Paris")
        #expect(signature.docMDP == nil)
        #expect(try PDFRevisions.revisions(signed).map(\.endOffset) == [original.count, signed.count])
        #expect(try PDFRevisions.revisions(original).map(\.endOffset) == [original.count])
    }

    @Test("The signed file is still PDF/A-3 and Factur-X: qpdf --check, check-pdfa.py, pdfdetach, our reader")
    func stillPDFA() throws {
        let (_, signed) = try Self.sellerSigned()
        let invisible = try PDFSigning.sign(try PDFTestSupport.finishedInvoice(), Self.sellerRequest(rect: nil)) {
            try SigningSupport.cms($0, by: .seller)
        }
        for (name, bytes) in [("visible", signed), ("invisible", invisible)] {
            let path = try PDFTestSupport.write(bytes, name: "\(name).pdf")
            let check = try PDFTestSupport.run("qpdf", ["--check", path])
            #expect(check.status == 0 && check.error.isEmpty && !check.output.contains("WARNING"), "\(name): \(check.output)\(check.error)")
            let pdfa = try PDFTestSupport.run("python3", ["scripts/check-pdfa.py", path])
            #expect(pdfa.status == 0 && pdfa.output == "\(path): PDF/A-3 structure ok\n", "\(name): \(pdfa.output)\(pdfa.error)")
            let list = try PDFTestSupport.run("pdfdetach", ["-list", path])
            #expect(list.output == "1 embedded files\n1: factur-x.xml\n", "\(name): \(list.output)")
            #expect(try PDFAttachments.embeddedFiles(in: bytes, maximumSize: 1 << 20).first?.bytes == PDFTestSupport.xml)
            let pdfsig = try SigningSupport.pdfsig(path)
            #expect(pdfsig.valid == 1, "\(name): \(pdfsig.output)")
        }
        #expect(PDFTestSupport.count("/Rect [0 0 0 0]", in: invisible) == 1, "the invisible signature's widget has a zero-area rectangle")
        #expect(PDFTestSupport.count("/Subtype /Form", in: invisible) == 1, "only the client's visible field has an appearance")
        #expect(PDFTestSupport.count("/Subtype /Form", in: signed) == 2)
        #expect(PDFTestSupport.count("NeedAppearances", in: signed) == 0)
    }

    @Test("A certification signature (DocMDP P=2): /Perms, the transform's parameters, pdfsig valid")
    func certification() throws {
        let (original, signed) = try Self.sellerSigned(certification: .formFillingAndSigning)
        let update = Array(signed[original.count...])
        #expect(PDFTestSupport.count("/Perms << /DocMDP ", in: update) == 1)
        #expect(PDFTestSupport.count("/TransformMethod /DocMDP /TransformParams << /Type /TransformParams /P 2 /V /1.2 >>", in: update) == 1)
        let path = try PDFTestSupport.write(signed, name: "certified.pdf")
        let check = try SigningSupport.pdfsig(path)
        #expect(check.valid == 1, "\(check.output)")
        #expect(try PDFSignatures.read(signed).map(\.docMDP) == [2])
        let pdfa = try PDFTestSupport.run("python3", ["scripts/check-pdfa.py", path])
        #expect(pdfa.status == 0, "\(pdfa.output)")

        // A certification must come first.
        #expect(throws: PDFSigningError.certificationNotFirst) {
            try PDFSigning.sign(signed, PDFSignatureRequest(fieldName: "Again", signingTime: try SigningSupport.signingTime(),
                                                            certification: .noChanges)) { _ in [0x30, 0x00] }
        }
    }

    @Test("A second approval signature over the existing empty field: both valid, the first covering its revision")
    func secondSignature() throws {
        let (original, sellerSigned) = try Self.sellerSigned()
        let clientSigned = try PDFSigning.sign(sellerSigned, Self.clientRequest()) { try SigningSupport.cms($0, by: .client) }
        #expect(Array(clientSigned.prefix(sellerSigned.count)) == sellerSigned)
        let update = Array(clientSigned[sellerSigned.count...])
        #expect(PDFTestSupport.count("/FT /Sig", in: update) == 1, "the existing field gets its value; no new field")
        #expect(PDFTestSupport.count("/Type /Page", in: update) == 0, "the page's annotations stay as they are")
        let path = try PDFTestSupport.write(clientSigned, name: "both.pdf")
        let check = try SigningSupport.pdfsig(path)
        #expect(check.signatures == 2 && check.valid == 2 && check.unsigned == 0, "\(check.output)")
        let pdfa = try PDFTestSupport.run("python3", ["scripts/check-pdfa.py", path])
        #expect(pdfa.status == 0, "\(pdfa.output)")
        #expect(try PDFTestSupport.run("qpdf", ["--check", path]).status == 0)

        let signatures = try PDFSignatures.read(clientSigned)
        #expect(signatures.map(\.fieldName) == ["SellerSignature", "ClientSignature"])
        #expect(signatures.map(\.coversUpTo) == [sellerSigned.count, clientSigned.count])
        #expect(signatures.map(\.coversWholeFile) == [false, true])
        #expect(signatures.allSatisfy { $0.byteRangeProblem == nil })
        #expect(signatures.last?.signingTime == "D:20261122144505+01'00'")
        #expect(try PDFRevisions.revisions(clientSigned).map(\.endOffset) == [original.count, sellerSigned.count, clientSigned.count])

        let changes = try PDFRevisions.changes(in: clientSigned, after: sellerSigned.count)
        #expect(!changes.isEmpty && changes.allSatisfy { !$0.changesContent }, "\(changes)")
        #expect(Set(changes.map(\.kind)) == [.signature, .signatureField], "\(changes)")
        let sellerChanges = try PDFRevisions.changes(in: clientSigned, after: original.count)
        #expect(sellerChanges.allSatisfy { !$0.changesContent }, "\(sellerChanges)")
        #expect(Set(sellerChanges.map(\.kind)) == [.signature, .signatureField, .appearance, .pageAnnotations, .catalogForms],
                "\(sellerChanges)")
        #expect(try PDFRevisions.changes(in: clientSigned, after: clientSigned.count).isEmpty)
    }

    @Test("A PDF with a cross-reference stream and object streams gets an update with a cross-reference stream")
    func crossReferenceStream() throws {
        let path = try PDFTestSupport.write(try PDFTestSupport.finishedInvoice(), name: "finished.pdf")
        let compressed = path.replacingOccurrences(of: "finished.pdf", with: "object-streams.pdf")
        let qpdf = try PDFTestSupport.run("qpdf", ["--object-streams=generate", path, compressed])
        #expect(qpdf.status == 0, "\(qpdf.error)")
        let original = try Array(Data(contentsOf: URL(fileURLWithPath: compressed)))
        let signed = try PDFSigning.sign(original, Self.sellerRequest()) { try SigningSupport.cms($0, by: .seller) }
        let update = Array(signed[original.count...])
        #expect(PDFTestSupport.count("/Type /XRef", in: update) == 1 && PDFTestSupport.count("\nxref\n", in: update) == 0)
        let both = try PDFSigning.sign(signed, Self.clientRequest()) { try SigningSupport.cms($0, by: .client) }
        let signedPath = try PDFTestSupport.write(both, name: "signed.pdf")
        let check = try SigningSupport.pdfsig(signedPath)
        #expect(check.signatures == 2 && check.valid == 2, "\(check.output)")
        let qpdfCheck = try PDFTestSupport.run("qpdf", ["--check", signedPath])
        #expect(qpdfCheck.status == 0 && qpdfCheck.error.isEmpty, "\(qpdfCheck.output)\(qpdfCheck.error)")
        #expect(try PDFSignatures.read(both).map(\.byteRangeProblem) == [nil, nil])
        #expect(try PDFRevisions.changes(in: both, after: signed.count).allSatisfy { !$0.changesContent })
        #expect(try PDFAttachments.embeddedFiles(in: both, maximumSize: 1 << 20).first?.bytes == PDFTestSupport.xml)
    }

    @Test("One byte changed inside the signed range: pdfsig reports the signature broken")
    func tampered() throws {
        let (_, signed) = try Self.sellerSigned()
        var tampered = signed
        // The XMP packet is not compressed: change one letter of its title, every offset unchanged.
        let range = try #require(PDFTestSupport.lastRange(of: "<rdf:li xml:lang=\"x-default\">Facture F-2026-00007", in: tampered))
        tampered[range.upperBound - 1] = UInt8(ascii: "8")
        let path = try PDFTestSupport.write(tampered, name: "tampered.pdf")
        let check = try SigningSupport.pdfsig(path)
        #expect(check.signatures == 1 && check.valid == 0, "\(check.output)")
        #expect(check.output.contains("Digest Mismatch"), "\(check.output)")
        // Our reader finds the same ranges: the byte range itself is still well formed.
        let signature = try #require(try PDFSignatures.read(tampered).first)
        let original = try #require(try PDFSignatures.read(signed).first)
        #expect(signature.byteRangeProblem == nil && signature.byteRange == original.byteRange && signature.signedBytes != original.signedBytes)
    }

    @Test("Requests that cannot be met are refused, each with its reason")
    func refusals() throws {
        let (_, signed) = try Self.sellerSigned()
        let time = try SigningSupport.signingTime()
        let cms: ([UInt8]) throws -> [UInt8] = { _ in [0x30, 0x03, 0x02, 0x01, 0x00] }
        #expect(throws: PDFSigningError.pageOutOfRange(page: 3, pageCount: 1)) {
            try PDFSigning.sign(signed, PDFSignatureRequest(fieldName: "Other", page: 3, signingTime: time), cms: cms)
        }
        #expect(throws: PDFSigningError.fieldNotSignable(name: "SellerSignature", reason: "it is signed already")) {
            try PDFSigning.sign(signed, PDFSignatureRequest(fieldName: "SellerSignature", signingTime: time), cms: cms)
        }
        #expect(throws: PDFSigningError.duplicateFieldName("ClientSignature")) {
            try PDFSigning.sign(signed, PDFSignatureRequest(fieldName: "Other", signingTime: time,
                                                            emptyFields: [PDFSignatureField(name: "ClientSignature", page: 0)]), cms: cms)
        }
        #expect(throws: PDFSigningError.invalidRequest("the field name « A.B » is empty or has a period (ISO 32000-1 §12.7.3.2)")) {
            try PDFSigning.sign(signed, PDFSignatureRequest(fieldName: "A.B", signingTime: time), cms: cms)
        }
        let tooLarge = #expect(throws: PDFSigningError.signatureTooLarge(size: 200, placeholderSize: 100)) {
            try PDFSigning.sign(signed, PDFSignatureRequest(fieldName: "ClientSignature", signingTime: time, placeholderSize: 100)) { _ in
                [UInt8](repeating: 1, count: 200)
            }
        }
        #expect(tooLarge?.description == "the CMS signature has 200 bytes but only 100 are reserved: ask for a larger placeholderSize")
        #expect(throws: PDFSigningError.emptySignature) {
            try PDFSigning.sign(signed, PDFSignatureRequest(fieldName: "ClientSignature", signingTime: time)) { _ in [] }
        }
        #expect(throws: PDFFileError.notAPDF) {
            try PDFSigning.sign(Array("not a pdf".utf8), PDFSignatureRequest(fieldName: "A", signingTime: time), cms: cms)
        }
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try PDFSigning.sign(signed, PDFSignatureRequest(fieldName: "ClientSignature", signingTime: time)) { _ in throw Refused() }
        }
    }

    @Test("The same request and CMS give the same bytes; the placeholder's size is what was asked")
    func deterministic() throws {
        let original = try PDFTestSupport.finishedInvoice()
        var request = try Self.sellerRequest()
        request.placeholderSize = 4000
        // A fixed stand-in for a CMS: a DER SEQUENCE ending in a zero byte, which the reader must keep.
        let cms: [UInt8] = [0x30, 0x82, 0x01, 0x00] + [UInt8](repeating: 0xAB, count: 255) + [0x00]
        let first = try PDFSigning.sign(original, request) { _ in cms }
        let second = try PDFSigning.sign(original, request) { _ in cms }
        #expect(first == second)
        let signature = try #require(try PDFSignatures.read(first).first)
        #expect(signature.contents == cms)
        #expect(signature.byteRange[2] - signature.byteRange[1] == 2 * 4000 + 2)
    }
}
