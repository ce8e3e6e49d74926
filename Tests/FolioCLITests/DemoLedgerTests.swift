import Foundation
import Testing

/// `folio demo` issues the whole example set through its own ledger, in date order.
@Suite("folio demo's ledger")
struct DemoLedgerTests {
    /// Rows of a query on the ledger, read by the sqlite3 tool rather than by Folio.
    static func query(_ ledger: String, _ sql: String) throws -> [[String]] {
        try PageTests.tool(["sqlite3", "-separator", "|", ledger, sql])
            .split(separator: "\n").map { $0.components(separatedBy: "|") }
    }

    @Test("The demo ledger verifies; every series is chronological; credit notes and balance invoices cite real numbers of it")
    func demoLedger() throws {
        let demo = try PageTests.demo.get()
        let ledger = demo.appendingPathComponent("demo-ledger/ledger.sqlite").path
        let verify = try FolioCLITests.folio("ledger", "verify", "--ledger", ledger)
        #expect(verify.status == 0, "\(verify.error)")
        // Every series, in sequence order, has non-decreasing dates.
        let documents = try Self.query(ledger, "SELECT company, series, period, sequence, date, number FROM document ORDER BY company, series, period, sequence")
        #expect(documents.count >= 29)
        for (previous, next) in zip(documents, documents.dropFirst()) where previous[0...2] == next[0...2] {
            #expect(previous[4] <= next[4], "\(next[5]) of \(next[4]) follows \(previous[5]) of \(previous[4]) in \(next[1])")
        }
        // Every credit note cites an invoice of its company in the ledger, issued on or before it, to the same client.
        let credits = try Self.query(ledger, """
            SELECT c.number, i.number FROM document c LEFT JOIN document i
              ON i.company = c.company AND i.number = c.credited AND i.kind IN ('invoice', 'deposit-invoice') AND i.date <= c.date AND i.client = c.client
            WHERE c.kind = 'credit-note'
            """)
        #expect(credits.count >= 2)
        for credit in credits { #expect(credit.count == 2 && !credit[1].isEmpty, "\(credit[0]) cites no invoice of the ledger") }
        // Every balance invoice's deposit is a deposit invoice of the ledger: the FEC finds them all.
        let fec = try FolioCLITests.folio("ledger", "export", "--fec", "--from", "2026-01-01", "--to", "2026-12-31", "--ledger", ledger)
        #expect(fec.status == 0, "\(fec.error)")
        // Quotes made into invoices were accepted first.
        let accepted = try Self.query(ledger, "SELECT number, status FROM quoteDecision ORDER BY position")
        #expect(accepted.contains(["D-2026-0001", "accepted"]))
        // The reminder and the formal notice were recorded from the ledger, in French, with their English rendering.
        #expect(try Self.query(ledger, "SELECT kind FROM notice ORDER BY position").map { $0[0] } == ["reminder", "formal-notice"])
        #expect(FileManager.default.fileExists(atPath: demo.appendingPathComponent("F-2026-0001.formal-notice.en.pdf").path))
    }
}
