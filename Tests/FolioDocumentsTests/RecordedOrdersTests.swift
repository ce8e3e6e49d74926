import FolioDocuments
import Foundation
import Testing

/// Documents issued by an earlier Folio stay readable by the finance reports.
@Suite("Recorded orders")
struct RecordedOrdersTests {
    @Test("An order whose seller an older profile did not describe in full (vatOnDebits) is still read from the ledger")
    func olderProfile() throws {
        let root = PublicLibraryTests.root
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-recorded-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let profileText = try String(contentsOf: root.appendingPathComponent("examples/company/profile.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "vatOnDebits: true\n", with: "")
        let company = try Company(profileText: profileText, folder: root.appendingPathComponent("examples/company"), name: "older profile")
        // Example 01 gives a seller with vatOnDebits: true, which this profile does not say.
        let input = try OrderInput(file: root.appendingPathComponent("examples/orders/01-domestic-several-rates.yaml").path)
        #expect(throws: InputError.self) { _ = try company.compute(input) }
        // As an earlier Folio recorded it: the order as given, the profile as it was.
        let ledger = try Ledger(path: folder.appendingPathComponent("ledger.sqlite").path)
        let series = try company.profile.numberingSeries(kind: "invoice")
        _ = try ledger.issue(company: company.profile.ledgerKey, series: series, date: CalendarDate("2026-03-16")!,
                             file: { folder.appendingPathComponent("\($0).pdf").path }) { _ in
            PreparedDocument(record: IssuedDocument(
                company: "", kind: .invoice, date: CalendarDate("2026-03-16")!, client: "Librairie du Marais SARL", currency: "EUR",
                netTotal: ExactDecimal("3452.50")!, vatTotal: ExactDecimal("422.93")!, grandTotal: ExactDecimal("3875.43")!,
                amountDue: ExactDecimal("3875.43")!, language: "fr", input: input.canonical.json, profile: company.profileJSON,
                profileFolder: company.folder.path, templates: "invoice@2026-01-01", terms: nil, folioVersion: "0.1.0"),
                pdf: Array("%PDF".utf8))
        }
        let standings = try LedgerStandings(ledger, on: CalendarDate("2026-06-30")!)
        #expect(standings.invoices.first?.dueDate == CalendarDate("2026-04-30"))
        #expect(standings.invoices.first?.status == .overdue)
    }
}
