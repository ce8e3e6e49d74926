import Foundation
import Testing

/// Signed documents end to end: the seller's PAdES signature checked by pyHanko, poppler and `folio
/// verify`; the client's signature made by pyHanko; acceptance proven by it, and every way it is refused.
@Suite("Signed quotes", .serialized)
struct SignedQuoteTests {
    /// A company signing with test certificates, its ledger, and three issued quotes of the same order.
    struct Setup {
        let folder: URL
        let profile: String
        let ledger: String
        var certificates: URL { folder.appendingPathComponent("signing") }
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        func quote(_ number: String) -> String { folder.appendingPathComponent("documents/\(number).pdf").path }
    }

    static let setup: Result<Setup, any Error> = Result {
        let folder = PageTests.folder.appendingPathComponent("signed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let made = try EInvoiceDemoTests.command([FolioCLITests.root.appendingPathComponent("scripts/make-test-certificates.sh").path,
                                                  folder.appendingPathComponent("signing").path])
        guard made.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: made.output]) }
        let example = FolioCLITests.root.appendingPathComponent("examples/company")
        try FileManager.default.copyItem(at: example.appendingPathComponent("logo.png"), to: folder.appendingPathComponent("logo.png"))
        let profile = try String(contentsOf: example.appendingPathComponent("profile.yaml"), encoding: .utf8) + """

            signing:
              certificate: signing/seller.pem
              chain: [signing/ca.pem]
              privateKey: signing/seller.key

            """
        try profile.write(to: folder.appendingPathComponent("profile.yaml"), atomically: true, encoding: .utf8)
        let setup = Setup(folder: folder, profile: folder.appendingPathComponent("profile.yaml").path,
                          ledger: folder.appendingPathComponent("ledger.sqlite").path)
        for again in [false, true, true] {
            let run = try FolioCLITests.folio(["quote", "examples/orders/08-quote-with-deposit.yaml", "--company", setup.profile,
                                               "--ledger", setup.ledger] + (again ? ["--again"] : []))
            guard run.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: run.error]) }
        }
        return setup
    }

    /// The client signs `input` with pyHanko (PAdES) into `output`.
    static func clientSigns(_ input: String, _ output: String, setup: Setup) throws {
        let certificates = setup.certificates.path
        let run = try EInvoiceDemoTests.command(["python3", "-m", "pyhanko", "sign", "addsig", "--field", "ClientSignature", "--use-pades",
                                                 "pemder", "--key", "\(certificates)/client.key", "--cert", "\(certificates)/client.pem",
                                                 "--chain", "\(certificates)/ca.pem", "--no-pass", input, output])
        #expect(run.status == 0, "\(run.output)")
    }

    static func decide(_ number: String, signed: String, setup: Setup) throws -> FolioCLITests.Run {
        try FolioCLITests.folio("ledger", "decide", number, "accepted", "--signed", signed, "--on", "2026-10-09", "--ledger", setup.ledger)
    }

    @Test("The seller's signature is intact and trusted for pyHanko, valid for pdfsig and folio verify; one byte changed breaks it for all three")
    func sellerSignature() throws {
        let setup = try Self.setup.get()
        let quote = setup.quote("D-2026-0001")
        let ca = setup.certificates.appendingPathComponent("ca.pem").path
        let pyhanko = try EInvoiceDemoTests.command(["python3", FolioCLITests.root.appendingPathComponent("scripts/check-signatures.py").path,
                                                     "--trust", ca, quote])
        #expect(pyhanko.output.contains("SellerSignature: INTACT:TRUSTED"), "\(pyhanko.output)")
        #expect(pyhanko.output.contains("docmdp=FILL_FORMS"))
        #expect(try PageTests.tool(["pdfsig", quote]).contains("Signature Validation: Signature is Valid."))
        let verify = try FolioCLITests.folio("verify", quote, "--trust", ca, "--ledger", setup.ledger)
        #expect(verify.status == 0, "\(verify.output)\(verify.error)")
        #expect(verify.output.contains("Ledger: D-2026-0001, as issued"))
        #expect(try PageTests.tool(["python3", FolioCLITests.root.appendingPathComponent("scripts/check-pdfa.py").path, quote])
            .contains("PDF/A-3 structure ok"))

        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: quote)))
        bytes[bytes.count / 3] ^= 0x01
        let broken = setup.path("broken.pdf")
        try Data(bytes).write(to: URL(fileURLWithPath: broken))
        #expect(!(try PageTests.tool(["pdfsig", broken]).contains("Signature is Valid.")))
        let brokenCheck = try EInvoiceDemoTests.command(["python3", FolioCLITests.root.appendingPathComponent("scripts/check-signatures.py").path,
                                                         "--trust", ca, broken])
        #expect(!brokenCheck.output.contains("INTACT:TRUSTED,UNTOUCHED"), "\(brokenCheck.output)")
        let brokenVerify = try FolioCLITests.folio("verify", broken)
        #expect(brokenVerify.status == 4)
        #expect(brokenVerify.output.contains("BROKEN"))
    }

    @Test("A quote the client signed with pyHanko is accepted, its file kept, and the ledger still verifies")
    func acceptedBySignature() throws {
        let setup = try Self.setup.get()
        let signed = setup.path("client-signed-1.pdf")
        try Self.clientSigns(setup.quote("D-2026-0001"), signed, setup: setup)
        let run = try Self.decide("D-2026-0001", signed: signed, setup: setup)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("signed by Jeanne Dupont, Librairie du Marais SARL"))
        #expect(FileManager.default.fileExists(atPath: setup.path("documents/D-2026-0001.signed.pdf")))
        let verify = try FolioCLITests.folio("ledger", "verify", "--rerender", "--ledger", setup.ledger)
        #expect(verify.status == 0, "\(verify.output)\(verify.error)")
        let both = try FolioCLITests.folio("verify", setup.path("documents/D-2026-0001.signed.pdf"), "--ledger", setup.ledger, "--json")
        #expect(both.status == 0)
        #expect(both.output.contains("the signed acceptance of quote D-2026-0001"))
    }

    @Test("Over HTTP: the PDF the client signed is the acceptance of quote D-2026-0003; an unsigned one is refused with the same reason")
    func acceptedOverHTTP() async throws {
        let setup = try Self.setup.get()
        let keys = setup.path("keys-\(UUID().uuidString).yaml")
        let key = try TwoCompanies.add("signing", setup.profile, to: keys)
        let server = try ServedFolio(keys: keys, ledger: setup.ledger)
        defer { server.stop() }
        let api = APIClient(address: server.address, key: key)
        let unsigned = try await api.send("POST", "/v1/quotes/D-2026-0003/signed-acceptance?date=2026-10-09",
                                          body: try Data(contentsOf: URL(fileURLWithPath: setup.quote("D-2026-0003"))), type: "application/pdf")
        #expect(unsigned.status == 422 && unsigned.text.contains("the client has not signed it"), "\(unsigned.text)")
        let signed = setup.path("client-signed-http.pdf")
        try Self.clientSigns(setup.quote("D-2026-0003"), signed, setup: setup)
        let accepted = try await api.send("POST", "/v1/quotes/D-2026-0003/signed-acceptance?date=2026-10-09",
                                          body: try Data(contentsOf: URL(fileURLWithPath: signed)), type: "application/pdf")
        #expect(accepted.status == 201, "\(accepted.text)")
        #expect(accepted.json["signer"] as? String == "Jeanne Dupont, Librairie du Marais SARL", "\(accepted.text)")
        #expect(accepted.json["status"] as? String == "accepted")
    }

    @Test("Refused: a quote signed by nobody, a signed file of another quote, a quote changed before signing, a signature over a modified revision")
    func refusals() throws {
        let setup = try Self.setup.get()
        let unsigned = try Self.decide("D-2026-0002", signed: setup.quote("D-2026-0002"), setup: setup)
        #expect(unsigned.status == 1)
        #expect(unsigned.error.contains("the client has not signed it"), "\(unsigned.error)")

        let other = setup.path("client-signed-3.pdf")
        try Self.clientSigns(setup.quote("D-2026-0003"), other, setup: setup)
        let wrong = try Self.decide("D-2026-0002", signed: other, setup: setup)
        #expect(wrong.status == 1)
        #expect(wrong.error.contains("does not contain quote D-2026-0002 as issued"), "\(wrong.error)")

        // One byte of the quote changed (in its drawn content), then signed by the client.
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: setup.quote("D-2026-0002"))))
        bytes[2000] ^= 0x01
        let altered = setup.path("altered.pdf")
        try Data(bytes).write(to: URL(fileURLWithPath: altered))
        let alteredSigned = setup.path("altered-signed.pdf")
        try Self.clientSigns(altered, alteredSigned, setup: setup)
        let changed = try Self.decide("D-2026-0002", signed: alteredSigned, setup: setup)
        #expect(changed.status == 1)
        #expect(changed.error.contains("as issued"), "\(changed.error)")

        // An incremental update that draws over the page, then the client's signature over that revision.
        let modified = setup.path("modified.pdf")
        let script = """
            import sys
            from pypdf import PdfWriter
            from pypdf.generic import NameObject, StreamObject, ArrayObject
            w = PdfWriter(sys.argv[1], incremental=True)
            page = w.pages[0]
            s = StreamObject(); s.set_data(b"q 1 0 0 rg 50 50 200 40 re f Q")
            ref = w._add_object(s)
            contents = page.get("/Contents")
            page[NameObject("/Contents")] = ArrayObject([page.raw_get("/Contents"), ref])
            with open(sys.argv[2], "wb") as f: w.write(f)
            """
        let pypdf = try EInvoiceDemoTests.command(["python3", "-c", script, setup.quote("D-2026-0002"), modified])
        #expect(pypdf.status == 0, "\(pypdf.output)")
        let modifiedSigned = setup.path("modified-signed.pdf")
        try Self.clientSigns(modified, modifiedSigned, setup: setup)
        let overModified = try Self.decide("D-2026-0002", signed: modifiedSigned, setup: setup)
        #expect(overModified.status == 1)
        #expect(overModified.error.contains("changes what it shows"), "\(overModified.error)")

        let list = try FolioCLITests.folio("ledger", "show", "D-2026-0002", "--ledger", setup.ledger)
        #expect(!list.output.contains("accepted"), "nothing was recorded for D-2026-0002")
    }

    @Test("A signed Factur-X invoice still passes factur-x and the EN 16931 rules")
    func signedInvoice() throws {
        let setup = try Self.setup.get()
        let pdf = setup.path("F-signed.pdf")
        let run = try FolioCLITests.folio("invoice", "examples/orders/01-domestic-several-rates.yaml", "--company", setup.profile,
                                          "--ledger", setup.ledger, "--sign", "--xml", "cii", "--output", pdf)
        #expect(run.status == 0, "\(run.error)")
        let xml = setup.path("F-signed.xml")
        #expect(try PageTests.tool(["pdfsig", pdf]).contains("Signature is Valid."))
        let facturx = try EInvoiceOracle.facturx([pdf], expectedXML: [pdf: xml])
        #expect(facturx.fatal == 0, "\(facturx.documents.flatMap(\.fatalProblems))")
        #expect(facturx.documents.first?.matchesExpected == true)
        #expect(try EInvoiceOracle.en16931([xml]).fatal == 0)
    }

    @Test("A key that does not match the certificate, or a certificate not valid on the quote's date: refused naming the file, no number taken")
    func unusableKeys() throws {
        let setup = try Self.setup.get()
        let folder = setup.folder.appendingPathComponent("bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: setup.folder.appendingPathComponent("logo.png"), to: folder.appendingPathComponent("logo.png"))
        let base = try String(contentsOf: FolioCLITests.root.appendingPathComponent("examples/company/profile.yaml"), encoding: .utf8)
        // The keys inside the profile's folder: a profile names no file outside it (ProfilePaths).
        try FileManager.default.copyItem(at: setup.certificates, to: folder.appendingPathComponent("keys"))
        let certificates = "keys"
        try (base + "\nsigning:\n  certificate: \(certificates)/seller.pem\n  privateKey: \(certificates)/client.key\n")
            .write(to: folder.appendingPathComponent("profile.yaml"), atomically: true, encoding: .utf8)
        let ledger = folder.appendingPathComponent("ledger.sqlite").path
        let mismatch = try FolioCLITests.folio("quote", "examples/orders/08-quote-with-deposit.yaml", "--company",
                                               folder.appendingPathComponent("profile.yaml").path, "--ledger", ledger)
        #expect(mismatch.status == 1)
        #expect(mismatch.error.contains("client.key"), "\(mismatch.error)")

        try (base + "\nsigning:\n  certificate: \(certificates)/expired.pem\n  privateKey: \(certificates)/expired.key\n")
            .write(to: folder.appendingPathComponent("profile.yaml"), atomically: true, encoding: .utf8)
        let expired = try FolioCLITests.folio("quote", "examples/orders/08-quote-with-deposit.yaml", "--company",
                                              folder.appendingPathComponent("profile.yaml").path, "--ledger", ledger)
        #expect(expired.status == 1)
        #expect(expired.error.contains("expired.pem"), "\(expired.error)")

        try (base + "\nsigning:\n  certificate: \(certificates)/seller.pem\n  privateKey: \(certificates)/seller.key\n")
            .write(to: folder.appendingPathComponent("profile.yaml"), atomically: true, encoding: .utf8)
        let issued = try FolioCLITests.folio("quote", "examples/orders/08-quote-with-deposit.yaml", "--company",
                                             folder.appendingPathComponent("profile.yaml").path, "--ledger", ledger)
        #expect(issued.output.contains("Issued D-2026-0001"), "no number was taken by the refusals: \(issued.output)\(issued.error)")
    }

    @Test("--sign on letters and terms: signed when the profile can sign, refused naming the profile when it cannot")
    func lettersAndTerms() throws {
        let setup = try Self.setup.get()
        let terms = setup.path("terms-signed.pdf")
        let run = try FolioCLITests.folio("terms", "show", "terms/goods-and-software", "--company", setup.profile, "--sign", "--output", terms)
        #expect(run.status == 0, "\(run.error)")
        #expect(try PageTests.tool(["pdfsig", terms]).contains("Signature is Valid."))
        let letter = setup.path("reminder-signed.pdf")
        let notice = try FolioCLITests.folio("notice", "reminder", "examples/orders/01-domestic-several-rates.yaml", "--number", "F-2025-0099",
                                             "--at", "2026-06-30", "--company", setup.profile, "--sign", "--output", letter)
        #expect(notice.status == 0, "\(notice.error)")
        #expect(try PageTests.tool(["pdfsig", letter]).contains("Signature is Valid."))
        let refused = try FolioCLITests.folio("terms", "show", "terms/goods-and-software", "--sign", "--output", setup.path("unsigned.pdf"))
        #expect(refused.status == 1)
        #expect(refused.error.contains("needs a signing block"), "\(refused.error)")
    }
}
