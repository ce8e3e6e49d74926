import Foundation
import Testing

/// `folio read`: received e-invoices read, recomputed and reported, with its exit codes.
@Suite("folio read")
struct ReadCommandTests {
    static let samples = FolioCLITests.root.deletingLastPathComponent().appendingPathComponent("shared/en16931")

    @Test("An official CII sample reads as consistent (exit 0), with its totals stated and recomputed")
    func consistentSample() throws {
        let run = try FolioCLITests.folio("read", Self.samples.appendingPathComponent("examples/CII_example5.xml").path)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Invoice (380) TOSL110 of 2013-04-10, DKK"))
        #expect(run.output.contains("BT-115 Amount due"))
        #expect(run.output.contains("Consistent:"))
        #expect(run.output.contains("BT-84 (payment account): IBAN DK1212341234123412"), "identifiers are warnings")
    }

    @Test("--strict counts an identifier that fails its check")
    func strict() throws {
        let run = try FolioCLITests.folio("read", "--strict", Self.samples.appendingPathComponent("examples/CII_example5.xml").path)
        #expect(run.status == 4)
    }

    @Test("Line amounts that are not quantity × price are reported with their business term and both values (exit 4)")
    func inconsistentLines() throws {
        let run = try FolioCLITests.folio("read", Self.samples.appendingPathComponent("ubl/examples/ubl-tc434-example3.xml").path)
        #expect(run.status == 4, "\(run.output)\(run.error)")
        #expect(run.output.contains("BT-131 (line 1): quantity × net price — stated 800.00, computed 1600.00"))
    }

    @Test("A wrong VAT total in an issued invoice's XML is found, and --json says so")
    func wrongTotalJSON() throws {
        let demo = try PageTests.demo.get()
        let xml = try String(contentsOf: demo.appendingPathComponent("01-domestic-several-rates.cii.xml"), encoding: .utf8)
        let tampered = xml.replacingOccurrences(of: "<ram:TaxTotalAmount currencyID=\"EUR\">422.93</ram:TaxTotalAmount>",
                                                with: "<ram:TaxTotalAmount currencyID=\"EUR\">423.93</ram:TaxTotalAmount>")
        #expect(tampered != xml)
        let path = try PageTests.write(tampered, "tampered.xml")
        let run = try FolioCLITests.folio("read", path, "--json")
        #expect(run.status == 4)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(json["consistent"] as? Bool == false)
        let findings = try #require(json["discrepancies"] as? [[String: Any]])
        #expect(findings.contains { $0["term"] as? String == "BT-110" && $0["stated"] as? String == "423.93" && $0["computed"] as? String == "422.93" })
    }

    @Test("--pdf writes a readable PDF/A copy of an e-invoice that came as XML alone")
    func readableCopy() throws {
        let output = PageTests.folder.appendingPathComponent("read-copy.pdf").path
        let run = try FolioCLITests.folio("read", Self.samples.appendingPathComponent("ubl/examples/ubl-tc434-creditnote1.xml").path,
                                          "--pdf", output, "--lang", "en")
        #expect(run.status == 0, "\(run.error)")
        let text = try PageTests.tool(["pdftotext", "-layout", output, "-"])
        #expect(text.contains("Credit note No."))
        #expect(text.contains("Reading copy made by Folio"))
        #expect(text.contains("everything matches"))
        #expect(try PageTests.tool(["python3", FolioCLITests.root.appendingPathComponent("scripts/check-pdfa.py").path, output])
            .contains("PDF/A-3 structure ok"))
    }

    @Test("A PDF without an e-invoice, a file that is not one, and an XML bomb are refused clearly (exit 1)")
    func refused() throws {
        let draft = try PageTests.draft("invoice", "examples/orders/01-domestic-several-rates.yaml")
        let plain = try FolioCLITests.folio("read", draft)
        #expect(plain.status == 1)
        #expect(plain.error.contains(draft) && plain.error.contains("no embedded file"), "\(plain.error)")

        let notes = try PageTests.write("just some notes\n", "notes.txt")
        let text = try FolioCLITests.folio("read", notes)
        #expect(text.status == 1)
        #expect(text.error.contains("notes.txt"), "\(text.error)")

        let bomb = try PageTests.write("""
            <?xml version="1.0"?>
            <!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&c;</Invoice>
            """, "bomb.xml")
        let exploded = try FolioCLITests.folio("read", bomb)
        #expect(exploded.status == 1)
        #expect(exploded.error.contains("document type"), "\(exploded.error)")

        let missing = try FolioCLITests.folio("read", "no-such-invoice.xml")
        #expect(missing.status == 1)
        #expect(missing.error.contains("no-such-invoice.xml"))
    }
}
