import FolioCore
import FolioEInvoice
import Foundation
import Testing

@Suite("CII reader")
struct CIIReaderTests {
    static let officialSamples: [String] = {
        let folder = Examples.shared.appendingPathComponent("en16931/examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted()
    }()

    @Test func theOfficialSamplesArePresent() {
        #expect(Self.officialSamples.count >= 7)
    }

    @Test(arguments: officialSamples)
    func readsAndChecksEachOfficialSample(_ name: String) throws {
        let url = Examples.shared.appendingPathComponent("en16931/examples/\(name)")
        let read = try EInvoiceReader.read(Array(try Data(contentsOf: url)), source: name)
        #expect(read.syntax == .cii)
        let check = EInvoiceCheck.check(read.invoice)
        #expect(check.isConsistent, "\(name): \(check.discrepancies.map(\.description))")
        #expect(check.recomputed != nil)
        #expect(!read.invoice.lines.isEmpty)
    }

    @Test(arguments: Examples.orderFiles)
    func roundTripsEachExample(_ file: String) throws {
        guard let invoice = try Examples.eInvoice(file) else { return }
        let read = try EInvoiceReader.read(CIIWriter.xml(invoice), source: file)
        #expect(read.invoice == invoice)
        let check = EInvoiceCheck.check(read.invoice)
        #expect(check.isConsistent, "\(file): \(check.discrepancies.map(\.description))")
    }
}
