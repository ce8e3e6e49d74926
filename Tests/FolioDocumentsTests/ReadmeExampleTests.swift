import FolioDocuments
import Foundation
import Testing

/// The example of the README's « Using Folio from Swift », compiled and run here so it cannot rot.
@Suite("README example")
struct ReadmeExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func theExampleIssuesAnInvoice() throws {
        // The example names the profile relative to the package, as a reader runs it from there.
        if FileManager.default.currentDirectoryPath != Self.root.path {
            #expect(FileManager.default.changeCurrentDirectoryPath(Self.root.path))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-readme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledgerPath = folder.appendingPathComponent("folio-ledger.sqlite").path

        // README example begin
        let company = try Company.load("examples/company/profile.yaml")   // the company is the seller
        let buyer = Party(name: "Librairie du Marais SARL", siren: try SIREN("552100554"),
                          vatNumber: try VATNumber("FR96552100554"), country: "FR",
                          address: Address(lines: ["4 rue Vieille du Temple"], postcode: "75004", city: "Paris", country: "FR"))
        let order = Order(kind: .invoice, date: CalendarDate("2026-11-26")!, deliveryDate: CalendarDate("2026-11-20")!, currency: .euro, buyer: buyer,
                          lines: [OrderLine(description: "Audit", quantity: 2, unitPrice: ExactDecimal("450.10")!,
                                            vatRate: 20, nature: .services)],
                          paymentTerms: .net(days: 30))
        let ledger = try Ledger(path: ledgerPath)   // e.g. "out/folio-ledger.sqlite"
        let issued = try company.issue(OrderInput(order), language: .french, into: ledger)
        let number = issued.record.number           // "F-2026-0001", its PDF in documents/ beside the ledger
        // README example end

        #expect(number == "F-2026-0001")
        #expect(issued.record.grandTotal == ExactDecimal("1080.24"))
        #expect(issued.record.file == folder.appendingPathComponent("documents/F-2026-0001.pdf").path)
        #expect(FileManager.default.fileExists(atPath: issued.record.file))
        // Nothing else was written: the ledger, its documents folder and SQLite's files beside it.
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix("folio-ledger.sqlite") }
        #expect(written == ["documents"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("documents").path) == ["F-2026-0001.pdf"])
    }

    /// The lines between `// README example begin` and `// README example end` in this file.
    static func exampleInThisFile() throws -> [String] {
        let text = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let begin = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "// README example begin" })
        let end = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "// README example end" })
        return dedented(Array(lines[(begin + 1)..<end]))
    }

    /// The ```swift block under the README's « Using Folio from Swift » heading.
    static func exampleInReadme() throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let heading = try #require(lines.firstIndex { $0 == "## Using Folio from Swift" })
        let nextHeading = lines[(heading + 1)...].firstIndex { $0.hasPrefix("## ") } ?? lines.endIndex
        let section = lines[(heading + 1)..<nextHeading]
        let open = try #require(section.indices.first { section[$0] == "```swift" && !isPackageManifest(section, from: $0) })
        let close = try #require(section[(open + 1)...].firstIndex { $0 == "```" })
        return dedented(Array(section[(open + 1)..<close]))
    }

    /// True for the block showing `Package.swift`, the first of the section.
    static func isPackageManifest(_ lines: ArraySlice<String>, from index: Int) -> Bool {
        lines[(index + 1)...].prefix { $0 != "```" }.contains { $0.contains(".package(") }
    }

    /// The lines without the indentation they all share, trailing spaces removed.
    static func dedented(_ lines: [String]) -> [String] {
        var lines = lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        let indent = lines.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { $0.isEmpty ? $0 : String($0.dropFirst(indent)) }
    }

    @Test func theReadmeShowsTheCodeTested() throws {
        let tested = try Self.exampleInThisFile()
        let shown = try Self.exampleInReadme()
        #expect(tested.count >= 10 && tested.count < 20, "\(tested.count) lines")
        #expect(shown == tested, "README.md « Using Folio from Swift » differs from the code between the markers of \(#filePath)")
    }
}
