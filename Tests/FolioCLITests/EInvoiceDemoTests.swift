import Foundation
import Testing

/// Every e-invoice `folio demo` issues — examples and seeds, invoices, deposit and balance invoices,
/// credit notes — checked by the official rules and independent tools, not by Folio itself.
@Suite("E-invoices of the demo")
struct EInvoiceDemoTests {
    /// The demo's folders: the examples' and each seed's.
    static func folders() throws -> [URL] {
        let demo = try PageTests.demo.get()
        let seeds = try FileManager.default.contentsOfDirectory(at: demo.appendingPathComponent("seeds"), includingPropertiesForKeys: nil)
        return [demo] + seeds.sorted { $0.path < $1.path }
    }

    /// The issued e-invoices: each `NAME.fr.pdf` (`NAME.de.pdf`) with its `NAME.cii.xml` and `NAME.ubl.xml`.
    static func eInvoices() throws -> [(pdf: String, cii: String, ubl: String)] {
        var found: [(String, String, String)] = []
        for folder in try folders() {
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".cii.xml") {
                let name = String(file.dropLast(".cii.xml".count))
                // The issued PDF is in the seller's legal language: French, or German for seed 002's German company.
                let german = folder.appendingPathComponent("\(name).de.pdf").path
                let issued = FileManager.default.fileExists(atPath: german) ? german : folder.appendingPathComponent("\(name).fr.pdf").path
                found.append((issued, folder.appendingPathComponent(file).path,
                              folder.appendingPathComponent("\(name).ubl.xml").path))
            }
        }
        return found
    }

    @Test("Every e-invoice passes the official EN 16931 rules, in CII and in UBL")
    func officialRules() throws {
        let documents = try Self.eInvoices()
        #expect(documents.count >= 29, "12 examples and the seeds' invoices, deposit invoices and credit notes")
        let report = try EInvoiceOracle.en16931(documents.map(\.cii) + documents.map(\.ubl))
        #expect(report.checked == documents.count * 2)
        #expect(report.fatal == 0, "\(report.documents.flatMap(\.fatalProblems).prefix(10))")
        for document in report.documents {
            #expect(document.rulesFired ?? 0 > 0, "\(document.file): no rule fired")
        }
    }

    @Test("Every e-invoice of the German seller is also an XRechnung 3.0 that passes the EN 16931 and XRechnung rules")
    func xRechnung() throws {
        let seed = try Self.folders().first { $0.lastPathComponent == "002-azultek-webshop-de" }
        let folder = try #require(seed)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.hasSuffix(".xrechnung.xml") }.map { folder.appendingPathComponent($0).path }
        let invoices = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".cii.xml") }
        #expect(files.count == invoices.count && files.count >= 7, "an XRechnung for each invoice and credit note: \(files)")
        let report = try EInvoiceOracle.xrechnung(files)
        #expect(report.checked == files.count)
        #expect(report.fatal == 0, "\(report.documents.flatMap(\.fatalProblems).prefix(10))")
        for document in report.documents {
            #expect(document.xrechnungRulesFired ?? 0 > 0, "\(document.file): no XRechnung rule fired")
            let xml = try String(contentsOfFile: document.file, encoding: .utf8)
            #expect(xml.contains("urn:xeinkauf.de:kosit:xrechnung_3.0"))
        }
        // The public buyer's: its Leitweg-ID as buyer reference and as electronic address (scheme 0204).
        let publicBuyer = try String(contentsOfFile: folder.appendingPathComponent("07-public-buyer-xrechnung.xrechnung.xml").path, encoding: .utf8)
        #expect(publicBuyer.contains("<ram:BuyerReference>05711000-SCHULIT-56</ram:BuyerReference>"))
        #expect(publicBuyer.contains("<ram:URIID schemeID=\"0204\">05711000-SCHULIT-56</ram:URIID>"))
    }

    @Test("factur-x accepts every Factur-X PDF, and the XML it extracts is byte-equal to what Folio wrote")
    func facturX() throws {
        let documents = try Self.eInvoices()
        let report = try EInvoiceOracle.facturx(documents.map(\.pdf),
                                                expectedXML: Dictionary(uniqueKeysWithValues: documents.map { ($0.pdf, $0.cii) }))
        #expect(report.fatal == 0, "\(report.documents.flatMap(\.fatalProblems).prefix(10))")
        #expect(report.documents.count == documents.count)
        for document in report.documents {
            #expect(document.matchesExpected == true, "\(document.file)")
        }
    }

    @Test("Every PDF of the demo is PDF/A-3 by our structure check, passes qpdf --check and embeds every font")
    func pdfA() throws {
        var pdfs: [String] = []
        for folder in try Self.folders() {
            pdfs += try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().filter { $0.hasSuffix(".pdf") }
                .map { folder.appendingPathComponent($0).path }
        }
        #expect(pdfs.count >= 80)
        let check = try Self.command(["python3", FolioCLITests.root.appendingPathComponent("scripts/check-pdfa.py").path] + pdfs)
        #expect(check.status == 0, "\(check.output.split(separator: "\n").filter { !$0.hasSuffix("structure ok") }.prefix(10))")
        for pdf in try Self.eInvoices().map(\.pdf) {
            let qpdf = try Self.command(["qpdf", "--check", pdf])
            #expect(qpdf.status == 0, "\(pdf): \(qpdf.output)")
            let fonts = try PageTests.tool(["pdffonts", pdf]).split(separator: "\n").dropFirst(2)
            #expect(!fonts.isEmpty && fonts.allSatisfy { $0.split(separator: " ", omittingEmptySubsequences: true).dropLast(4).last == "yes" },
                    "\(pdf): a font is not embedded\n\(fonts.joined(separator: "\n"))")
        }
    }

    @Test("folio read reads every Factur-X PDF and its UBL twin as consistent, with the same totals")
    func readBack() throws {
        for document in try Self.eInvoices().prefix(40) {
            let pdf = try FolioCLITests.folio("read", document.pdf, "--json")
            #expect(pdf.status == 0, "\(document.pdf): \(pdf.output) \(pdf.error)")
            let ubl = try FolioCLITests.folio("read", document.ubl, "--json")
            #expect(ubl.status == 0, "\(document.ubl): \(ubl.output) \(ubl.error)")
            let read = { (output: String) throws -> [String: String] in
                let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
                return try #require(json["stated"] as? [String: String])
            }
            #expect(try read(pdf.output) == read(ubl.output), "\(document.pdf): CII and UBL state different totals")
        }
    }

    /// A tool's exit status and output (standard output and error together).
    static func command(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
