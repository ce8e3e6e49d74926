import FolioCore
@testable import FolioLedger
import Foundation
import Testing

/// What only the PostgreSQL ledger has: the issuer role's privileges, several machines' issuers,
/// and the copy of a SQLite ledger into it and back.
@Suite("The ledger on PostgreSQL", .enabled(if: TestLedger.cluster != nil, "needs the test cluster of scripts/test-postgres.sh"))
struct PostgresLedgerTests {
    let company = "912345618"
    let march = CalendarDate(year: 2026, month: 3, day: 16)!

    func issue(_ ledger: Ledger, _ kind: Order.Kind = .invoice, on date: CalendarDate? = nil) throws -> IssuedDocument {
        let prefix = kind == .quote ? "D" : "F"
        let series = try NumberingSeries(name: kind.rawValue, kind: kind.rawValue, pattern: NumberPattern("\(prefix)-{YYYY}-{seq:4}"), reset: .yearly)
        return try ledger.issue(company: company, series: series, date: date ?? march, file: { "\(ledger.documentsFolder)/\($0).pdf" }) { number in
            PreparedDocument(record: LedgerTests.record(kind: kind), pdf: Array("%PDF \(number)".utf8),
                             xml: kind == .quote ? nil : Array("<Invoice>\(number)</Invoice>".utf8))
        }
    }

    @Test("A member of folio_issuer issues and reads, and may change no record: the privileges refuse it before the triggers")
    func issuerRole() throws {
        let test = try TestLedger(.postgres)
        _ = try test.open()
        guard case .postgres(let owner) = test.location else { return }
        let clerk = "clerk_\(UUID().uuidString.prefix(8).lowercased())"
        try test.execute("CREATE ROLE \(clerk) LOGIN PASSWORD 'clerk-secret' IN ROLE folio_issuer")
        var address = owner
        address.user = clerk
        address.password = "clerk-secret"
        let asClerk = TestLedger(backend: .postgres, folder: test.folder, location: .postgres(address))
        let ledger = try asClerk.open()
        let invoice = try issue(ledger)
        #expect(try ledger.verify().isSound)
        #expect { try asClerk.execute("UPDATE document SET client = 'x'") } throws: { "\($0)".contains("permission denied") }
        #expect { try asClerk.execute("DELETE FROM kept_file") } throws: { "\($0)".contains("permission denied") }
        #expect { try asClerk.execute("DROP TABLE entry") } throws: { "\($0)".contains("must be owner") }
        // The owner is refused by the triggers, with the ledger's reason.
        #expect { try test.execute("UPDATE document SET client = 'x'") } throws: { "\($0)".contains("append-only") }
        #expect(try ledger.keptEInvoice(of: invoice) == Array("<Invoice>\(invoice.number)</Invoice>".utf8))
    }

    @Test("Two machines: each sees the other's documents and PDFs; a dead issuer's reservation is taken over, a live one's is not")
    func twoMachines() throws {
        let test = try TestLedger(.postgres)
        let first = try Ledger(location: test.location, writesFiles: false)
        let second = try Ledger(location: test.location, writesFiles: false)
        let issued = try issue(first)
        #expect(try second.document(number: issued.number)?.pdfSHA256 == issued.pdfSHA256)
        #expect(try second.keptFile(issued.file) == Array("%PDF \(issued.number)".utf8))
        #expect(!FileManager.default.fileExists(atPath: issued.file))

        let series = try NumberingSeries(name: "invoice", kind: "invoice", pattern: NumberPattern("F-{YYYY}-{seq:4}"), reset: .yearly)
        // A third machine reserves a number and dies (its connections closed) before recording it.
        do {
            let dying = try Ledger(location: test.location, writesFiles: false)
            _ = try dying.reserve(company: company, series: series, date: march, file: { "\(test.folder)/\($0).pdf" }, repeatOf: nil, request: "{}")
        }
        // The second, alive, reserves one too.
        let alive = try second.reserve(company: company, series: series, date: march, file: { "\(test.folder)/\($0).pdf" }, repeatOf: nil, request: "{}")
        var taken: [Reservation] = []
        for _ in 0..<50 where taken.isEmpty {
            // PostgreSQL ends the dead session as soon as it reads the closed socket.
            taken = try first.interruptedReservations()
            if taken.isEmpty { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(taken.map(\.number) == ["F-2026-0002"])
        #expect(alive.number == "F-2026-0003")
        _ = try first.complete(taken[0], with: PreparedDocument(record: LedgerTests.record(), pdf: Array("%PDF again".utf8)))
        _ = try second.complete(alive, with: PreparedDocument(record: LedgerTests.record(), pdf: Array("%PDF alive".utf8)))
        let verification = try first.verify()
        #expect(verification.isSound, "\(verification.problems)")
        #expect(verification.documents == 3)
    }

    @Test("ledger migrate: a SQLite ledger copied into PostgreSQL link for link, files included, and back; a non-empty target is refused")
    func copy() throws {
        let sqlite = try TestLedger(.sqlite)
        let source = try sqlite.open()
        let quote = try issue(source, .quote)
        let invoice = try issue(source, on: march)
        _ = try source.decide(quote: quote.number, company: company, .accepted, on: march)
        _ = try source.pay(invoice: invoice.number, company: company, amount: 20, on: march)
        _ = try source.recordNotice(invoice: invoice.number, company: company, on: CalendarDate(year: 2026, month: 5, day: 2)!,
                                    file: sqlite.folder + "/reminder.pdf") { account in
            (NoticeRecord(company: "", invoice: "", kind: .reminder, date: CalendarDate(year: 2026, month: 5, day: 2)!,
                          deadline: CalendarDate(year: 2026, month: 5, day: 17)!, currency: "EUR", principal: account.stillDue,
                          interest: 0, indemnity: 40, total: account.stillDue + 40, language: "fr"), Array("%PDF reminder".utf8))
        }
        let postgres = try TestLedger(.postgres)
        let target = try postgres.open()
        let copy = try source.copy(into: target)
        #expect(copy.entries == 5 && copy.documents == 2 && copy.decisions == 1 && copy.payments == 1 && copy.notices == 1 && copy.files == 3)
        #expect(copy.verification.isSound)
        #expect(try target.keptFile(invoice.file) == Array("%PDF \(invoice.number)".utf8))
        #expect(try target.account(invoice: invoice.number, company: company).paid == ExactDecimal("20.00"))
        // Into a ledger that holds records: refused, nothing written.
        #expect { _ = try source.copy(into: target) } throws: { "\($0)".contains("is not empty") }
        // And back into a new SQLite ledger: the files are already where the records say.
        let back = try TestLedger(.sqlite).open()
        #expect(try target.copy(into: back).lastHash == copy.lastHash)
        // A source with a number reserved and not recorded is refused.
        let series = try NumberingSeries(name: "invoice", kind: "invoice", pattern: NumberPattern("F-{YYYY}-{seq:4}"), reset: .yearly)
        _ = try source.reserve(company: company, series: series, date: march, file: { "\(sqlite.folder)/\($0).pdf" }, repeatOf: nil, request: "{}")
        #expect { _ = try source.copy(into: try TestLedger(.postgres).open()) } throws: { "\($0)".contains("reserved and not recorded") }
    }
}
