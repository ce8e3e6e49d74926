import FolioDocuments
import Foundation
import Testing

/// Folio's `rates/` files and a company's additions, as `Company.load` reads them.
@Suite("Rates files of a company")
struct RateFilesTests {
    static let root = PublicLibraryTests.root

    @Test func shippedFilesAreTheBuiltInTables() throws {
        let shipped = try RateFiles.book(resources: Self.root, companyFolder: nil, environment: [:])
        for table in RateTable.allCases {
            let files = shipped[table], code = RateBook.builtIn[table]
            let key = { (value: RateValue) in "\(value.from) \(value.through?.description ?? "-") \(value.name ?? "-")" }
            #expect(files.values.sorted { key($0) < key($1) }.map { [key($0), "\($0.value)", $0.source] }
                == code.values.sorted { key($0) < key($1) }.map { [key($0), "\($0.value)", $0.source] }, "\(table)")
            #expect(files.knownThrough == code.knownThrough, "\(table)")
            #expect(files.values.allSatisfy { $0.origin?.shipped == true && $0.origin?.file == "rates/\(table.file)" || $0.origin?.file.hasSuffix("/rates/\(table.file)") == true })
        }
        // 2026 H2 is not published in Folio's sources: the shipped tables stop at 2026-06-30.
        #expect(shipped[.legalInterestOtherCases].knownThrough == CalendarDate("2026-06-30"))
    }

    @Test func environmentFolderExtendsAndIsNamedForAdditions() throws {
        let folder = try PublicLibraryTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            ecb-main-refinancing-rate:
              knownThrough: 2026-11-26
              values: []
            """.write(to: folder.appendingPathComponent("ecb.yaml"), atomically: true, encoding: .utf8)
        let book = try RateFiles.book(resources: Self.root, companyFolder: nil, environment: ["FOLIO_RATES": folder.path])
        #expect(book[.ecbMainRefinancing].knownThrough == CalendarDate("2026-11-26"))
        #expect(try book.ecbMainRefinancing.rate(on: CalendarDate("2026-07-01")!) == ExactDecimal("2.15"))
        #expect(book.additions?.folder == folder.standardizedFileURL.path)
    }

    @Test func aCompanyFileThatIsRefusedNamesFileLineFieldAndReason() throws {
        let folder = try PublicLibraryTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("rates"), withIntermediateDirectories: true)
        try """
            german-base-rate:
              values:
                - {from: 2026-07-01, rate: "1.27", source: "x", extra: 1}
            """.write(to: folder.appendingPathComponent("rates/german-base-rate.yaml"), atomically: true, encoding: .utf8)
        do {
            _ = try RateFiles.book(resources: Self.root, companyFolder: folder, environment: [:])
            Issue.record("an unknown field must be refused")
        } catch let error as InputError {
            #expect(error.source == "\(folder.standardizedFileURL.path)/rates/german-base-rate.yaml:3")
            #expect(error.field == "german-base-rate.values[0].extra")
            #expect(error.reason.contains("unknown field"))
        }
    }

    /// The invalid examples the schema refuses (scripts/check-schema.py) are refused by Folio too, naming file and line.
    @Test(arguments: ["unknown-table.yaml", "unquoted-rate.yaml", "unknown-field.yaml", "not-a-half-year.yaml", "missing-source.yaml"])
    func invalidExamplesAreRefused(_ name: String) throws {
        let file = Self.root.appendingPathComponent("examples/invalid/rates/\(name)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(throws: RateDataError.self) { try RateFileReader.read(text, file: name, shipped: false) }
        do { _ = try RateFileReader.read(text, file: name, shipped: false) } catch {
            #expect(error.origin?.file == name && error.origin?.line != nil && !error.field.isEmpty, "\(error)")
        }
    }
}
