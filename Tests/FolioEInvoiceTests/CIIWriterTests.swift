import FolioCore
import FolioEInvoice
import Foundation
import Testing

@Suite("CII writer")
struct CIIWriterTests {
    @Test(arguments: Examples.orderFiles)
    func writesEveryExample(_ file: String) throws {
        guard let invoice = try Examples.eInvoice(file) else { return }
        let xml = CIIWriter.xml(invoice)
        let text = String(decoding: xml, as: UTF8.self)
        #expect(text.contains("<ram:ID>F-2026-0042</ram:ID>"))
        #expect(text.contains("urn:cen.eu:en16931:2017"))
        #expect(CIIWriter.xml(invoice) == xml, "the same invoice gives the same bytes")
        if let folder = ProcessInfo.processInfo.environment["FOLIO_DUMP_XML"] {
            try Data(xml).write(to: URL(fileURLWithPath: folder).appendingPathComponent(file.replacingOccurrences(of: "/", with: "_") + ".cii.xml"))
        }
    }
}
