import Foundation
import Testing

/// The e-invoice oracles on the official EN 16931 samples (shared/en16931, release 1.3.16): every CII
/// and UBL sample passes the official validation XSLT without a fatal assert (all 13 do, none is an
/// exception), a sample whose totals are broken does not, so a « valid » from the oracle means
/// something; and the Factur-X oracle reads a PDF that the factur-x package itself wrote.
@Suite("E-invoice oracles on the official samples")
struct OfficialSamplesTests {
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-oracles-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func samples(_ subfolder: String) -> [String] {
        let url = EInvoiceOracle.artefacts.appendingPathComponent(subfolder)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return files.filter { $0.hasSuffix(".xml") }.sorted().map { url.appendingPathComponent($0).path }
    }

    static let cii = samples("examples")
    static let ubl = samples("ubl/examples")

    @Test func everyOfficialSampleIsValid() throws {
        #expect(Self.cii.count >= 7, "expected the official CII samples in \(EInvoiceOracle.artefacts.path)/examples")
        #expect(Self.ubl.count >= 6, "expected the official UBL samples in \(EInvoiceOracle.artefacts.path)/ubl/examples")
        let report = try EInvoiceOracle.en16931(Self.cii + Self.ubl)
        #expect(report.checked == Self.cii.count + Self.ubl.count)
        for document in report.documents {
            #expect(document.kind == (Self.cii.contains(document.file) ? "CII" : "UBL"), "\(document.name)")
            #expect((document.rulesFired ?? 0) > 0, "\(document.name): no rule applied")
            #expect(document.fatalProblems.isEmpty, "\(document.name): \(document.fatalProblems)")
        }
        #expect(report.fatal == 0)
    }

    /// CII example 1 and the UBL credit note with a digit put into their first LineTotalAmount or
    /// LineExtensionAmount: BR-CO-10 (BT-106 = Σ BT-131) fails.
    @Test func brokenTotalsAreFatal() throws {
        let broken = try [("examples/CII_example1.xml", "<ram:LineTotalAmount"),
                          ("ubl/examples/ubl-tc434-creditnote1.xml", "<cbc:LineExtensionAmount")].map { sample, tag in
            let source = EInvoiceOracle.artefacts.appendingPathComponent(sample)
            let text = try String(contentsOf: source, encoding: .utf8)
            let output = Self.folder.appendingPathComponent("broken-\(source.lastPathComponent)").path
            try #require(Self.insertingDigit(after: tag, in: text)).write(toFile: output, atomically: true, encoding: .utf8)
            return output
        }
        let report = try EInvoiceOracle.en16931(broken)
        #expect(report.documents.count == 2)
        for document in report.documents {
            #expect(document.fatalProblems.map(\.id).contains("BR-CO-10"), "\(document.name): \(document.problems)")
        }
    }

    @Test func facturxOracleReadsAPackagePDF() throws {
        let sample = EInvoiceOracle.artefacts.appendingPathComponent("examples/CII_example1.xml").path
        let pdf = Self.folder.appendingPathComponent("package-facturx.pdf").path
        let write = """
            import io, sys, facturx, pypdf
            blank = pypdf.PdfWriter(); blank.add_blank_page(595, 842); page = io.BytesIO(); blank.write(page)
            xml = open(sys.argv[1], "rb").read()
            open(sys.argv[2], "wb").write(facturx.generate_from_binary(page.getvalue(), xml, afrelationship="alternative"))
            """
        _ = try PageTests.tool(["python3", "-c", write, sample, pdf])
        let report = try EInvoiceOracle.facturx([pdf], expectedXML: [pdf: sample])
        let document = try #require(report.documents.first)
        #expect(document.fatalProblems.isEmpty, "\(document.problems)")
        #expect(document.embeddedFile == "factur-x.xml")
        #expect(document.level == "en16931")
        #expect(document.xmp?.conformanceLevel == "EN 16931")
        #expect(document.afRelationship == "Alternative")
        #expect(document.matchesExpected == true)
    }

    /// The text with `9` put before the content of the first element opened by `tag`.
    static func insertingDigit(after tag: String, in text: String) -> String? {
        guard let start = text.range(of: tag), let end = text.range(of: ">", range: start.upperBound..<text.endIndex) else {
            return nil
        }
        var result = text
        result.insert("9", at: end.upperBound)
        return result
    }
}
