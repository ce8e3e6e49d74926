import FolioCore
import FolioEInvoice
import Foundation
import Testing

@Suite("UBL writer")
struct UBLWriterTests {
    @Test(arguments: Examples.orderFiles)
    func writesEveryExample(_ file: String) throws {
        guard let invoice = try Examples.eInvoice(file) else { return }
        let xml = UBLWriter.xml(invoice)
        let text = String(decoding: xml, as: UTF8.self)
        let root = invoice.typeCode.isCreditNote ? "<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\""
            : "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
        #expect(text.contains(root))
        #expect(text.contains("<cbc:ID>F-2026-0042</cbc:ID>"))
        #expect(text.contains("<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>"))
        #expect(UBLWriter.xml(invoice) == xml, "the same invoice gives the same bytes")
        if let folder = ProcessInfo.processInfo.environment["FOLIO_DUMP_XML"] {
            try Data(xml).write(to: URL(fileURLWithPath: folder).appendingPathComponent(file.replacingOccurrences(of: "/", with: "_") + ".ubl.xml"))
        }
    }
}
