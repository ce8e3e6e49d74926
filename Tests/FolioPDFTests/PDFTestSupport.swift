import FolioLayout
import FolioPDF
import FolioSpecimens
import Foundation
import Testing

/// Shared set-up for the PDF/A tests: documents drawn by the engine, finished with an XML attachment,
/// files and tools.
enum PDFTestSupport {
    /// The repository root (this file is Tests/FolioPDFTests/PDFTestSupport.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The Factur-X date the tests' documents bear.
    static let date = PDFDate(year: 2026, month: 11, day: 22)

    /// The one-page invoice specimen, drawn by Cairo.
    static func drawnInvoice(number: Int = 7) throws -> [UInt8] {
        let typesetter = try Typesetter(resources: root)
        let logo = try PNGImage(data: Data(contentsOf: root.appendingPathComponent("examples/company/logo.png")))
        return try PDFRenderer().render(typesetter.typeset(InvoiceSpecimen.document(number: number, logo: logo)))
    }

    /// A terms specimen of `pages` pages, with internal links and a web link, drawn by Cairo.
    static func drawnTerms(pages: Int = 2) throws -> [UInt8] {
        let typesetter = try Typesetter(resources: root)
        return try PDFRenderer().render(typesetter.typeset(TermsSpecimen.document(pages: pages)))
    }

    /// A small XML file standing for the e-invoice, with characters that need care (accents, &).
    static let xml = Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">
          <rsm:ExchangedDocument><ram:ID xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">F-2026-00007</ram:ID></rsm:ExchangedDocument>
          <!-- Librairie du Marais & Fils, « Détail » -->
        </rsm:CrossIndustryInvoice>

        """.utf8)

    /// The Factur-X XMP extension schema, as an e-invoice's PDF/A declares it.
    static func facturX(conformanceLevel: String = "EN 16931") -> XMPExtensionSchema {
        XMPExtensionSchema(
            namespaceURI: "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#", prefix: "fx",
            name: "Factur-X PDFA Extension Schema",
            properties: [
                .init(name: "DocumentFileName", description: "name of the embedded XML invoice file", value: "factur-x.xml"),
                .init(name: "DocumentType", description: "INVOICE", value: "INVOICE"),
                .init(name: "Version", description: "The actual version of the Factur-X XML schema", value: "1.0"),
                .init(name: "ConformanceLevel", description: "The conformance level of the embedded Factur-X data",
                      value: conformanceLevel),
            ])
    }

    static func metadata() throws -> PDFAMetadata {
        PDFAMetadata(title: "Facture F-2026-00007", author: "Folio Démonstration SAS",
                     subject: "Facture F-2026-00007 — Librairie du Marais & Fils", keywords: "invoice, test",
                     creatorTool: "Folio tests", producer: "Folio (cairo 1.16)", creationDate: try #require(date),
                     language: "fr-FR", extensions: [facturX()])
    }

    static func attachment() throws -> PDFAttachment {
        PDFAttachment(fileName: "factur-x.xml", mimeType: "text/xml", relationship: .alternative,
                      description: "Factur-X invoice", modificationDate: try #require(date), bytes: xml)
    }

    static func colorProfile() throws -> [UInt8] {
        try ColorProfiles.sRGB(resources: root)
    }

    /// The invoice specimen finished as a PDF/A-3b with `factur-x.xml`.
    static func finishedInvoice() throws -> [UInt8] {
        try PDFA3.finish(drawnInvoice(), metadata: metadata(), attachments: [attachment()], colorProfile: colorProfile())
    }

    /// Writes `bytes` to a fresh temporary folder and returns the file's path.
    static func write(_ bytes: [UInt8], name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-pdf-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs a command-line tool and returns its exit status, standard output and standard error.
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        process.currentDirectoryURL = root
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    /// The hexadecimal first /ID of a PDF.
    static func identifier(in pdf: [UInt8]) -> String? {
        guard let range = lastRange(of: "/ID [<", in: pdf) else { return nil }
        return String(decoding: pdf[range.upperBound...].prefix { $0 != UInt8(ascii: ">") }, as: UTF8.self)
    }

    /// How many times `text` occurs in `pdf`.
    static func count(_ text: String, in pdf: [UInt8]) -> Int {
        let needle = Array(text.utf8)
        var count = 0
        var index = 0
        while index + needle.count <= pdf.count {
            if pdf[index] == needle[0], pdf[index..<(index + needle.count)].elementsEqual(needle) { count += 1 }
            index += 1
        }
        return count
    }

    /// Where `text` occurs last in `pdf`.
    static func lastRange(of text: String, in pdf: [UInt8]) -> Range<Int>? {
        let needle = Array(text.utf8)
        var index = pdf.count - needle.count
        while index >= 0 {
            if pdf[index..<(index + needle.count)].elementsEqual(needle) { return index..<(index + needle.count) }
            index -= 1
        }
        return nil
    }
}
