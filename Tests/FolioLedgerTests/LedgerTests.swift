import FolioCore
import FolioLedger
import Foundation
import GRDB
import Synchronization
import Testing

/// The ledger on a real SQLite file: numbers, rollback, append-only rows, the hash chain.
@Suite("Issuance ledger")
struct LedgerTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-ledger-\(UUID().uuidString)").path
    var ledgerPath: String { folder + "/ledger.sqlite" }
    let series = try! NumberingSeries(name: "invoice", kind: "invoice", pattern: NumberPattern("F-{YYYY}-{seq:5}"), reset: .yearly)

    static func record(kind: Order.Kind = .invoice, client: String = "Client SARL") -> IssuedDocument {
        IssuedDocument(company: "", kind: kind, date: CalendarDate(dayNumber: 0), client: client, currency: "EUR",
                       netTotal: ExactDecimal("100.00")!, vatTotal: ExactDecimal("20.00")!, grandTotal: ExactDecimal("120.00")!,
                       amountDue: ExactDecimal("120.00")!, language: "fr", input: "{}", profile: "{}", profileFolder: "/",
                       templates: "\(kind.rawValue)@2026-01-01", terms: nil, folioVersion: "test")
    }

    func issue(_ ledger: Ledger, on date: CalendarDate, series: NumberingSeries? = nil, kind: Order.Kind = .invoice,
               fail: Bool = false) throws -> IssuedDocument {
        try ledger.issue(company: "912345618", series: series ?? self.series, date: date, file: { "\(folder)/\($0).pdf" }) { number in
            if fail { throw RuleViolation("rendering failed") }
            return PreparedDocument(record: Self.record(kind: kind), pdf: Array("%PDF \(number)".utf8))
        }
    }

    let march = CalendarDate(year: 2026, month: 3, day: 16)!

    @Test("Numbers follow each other per series and year; a failed issue consumes none and leaves no file")
    func numbering() throws {
        let ledger = try Ledger(path: ledgerPath)
        #expect(try issue(ledger, on: march).number == "F-2026-00001")
        #expect(throws: RuleViolation.self) { try issue(ledger, on: march, fail: true) }
        #expect(try issue(ledger, on: march).number == "F-2026-00002")
        #expect(try issue(ledger, on: CalendarDate(year: 2027, month: 1, day: 4)!).number == "F-2027-00001")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".pdf") }.count == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".partial") }.isEmpty)
        // Dates go forward within a series.
        #expect { try issue(ledger, on: CalendarDate(year: 2027, month: 1, day: 3)!) } throws: { error in
            (error as? RuleViolation)?.reason.contains("numbers must follow dates") == true
        }
        let verification = try ledger.verify()
        #expect(verification.isSound, "\(verification.problems)")
        #expect(verification.documents == 3)
    }

    @Test("Eight connections opening a new ledger at the same instant: the schema is created once")
    func concurrentCreation() throws {
        for round in 0..<20 {
            let path = "\(folder)/new-\(round).sqlite"
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 8) { _ in
                do { _ = try Ledger(path: path) } catch { failures.withLock { $0.append("\(error)") } }
            }
            #expect(failures.withLock { $0 }.isEmpty, "round \(round)")
        }
    }

    @Test("SQLite itself refuses to update or delete an issued row")
    func appendOnly() throws {
        let ledger = try Ledger(path: ledgerPath)
        _ = try issue(ledger, on: march)
        let database = try DatabaseQueue(path: ledgerPath)
        for sql in ["UPDATE document SET grandTotal = '1.00'", "DELETE FROM document", "UPDATE entry SET hash = 'x'",
                    "DELETE FROM entry"] {
            #expect(throws: DatabaseError.self) { try database.write { try $0.execute(sql: sql) } }
        }
        #expect(try ledger.verify().isSound)
    }

    @Test("verify finds a changed record, a removed record and a tampered PDF")
    func tampering() throws {
        let ledger = try Ledger(path: ledgerPath)
        let first = try issue(ledger, on: march)
        let second = try issue(ledger, on: march)
        _ = try issue(ledger, on: march)
        // Someone with the file drops the triggers and edits the totals of the first document.
        let database = try DatabaseQueue(path: ledgerPath)
        try database.write { db in
            try db.execute(sql: "DROP TRIGGER documentNeverUpdated; DROP TRIGGER documentNeverDeleted; DROP TRIGGER entryNeverDeleted")
            try db.execute(sql: "UPDATE document SET grandTotal = '1.00' WHERE number = ?", arguments: [first.number])
            try db.execute(sql: "DELETE FROM document WHERE number = ?", arguments: [second.number])
            try db.execute(sql: "DELETE FROM entry WHERE position = ?", arguments: [second.position])
        }
        try Data("%PDF forged".utf8).write(to: URL(fileURLWithPath: first.file))
        let problems = try ledger.verify().problems
        #expect(problems.contains { $0.contains("F-2026-00001") && $0.contains("changed") })
        #expect(problems.contains { $0.contains("entry 2 is missing") })
        #expect(problems.contains { $0.contains("number 2 is missing") })
        #expect(problems.contains { $0.contains("F-2026-00001") && $0.contains("not the PDF that was issued") })
    }

    @Test("A quote is accepted, refused or expired once; only a quote")
    func decisions() throws {
        let ledger = try Ledger(path: ledgerPath)
        let quotes = try NumberingSeries.prefixed("D", kind: "quote")
        let quote = try issue(ledger, on: march, series: quotes, kind: .quote)
        let invoice = try issue(ledger, on: march)
        #expect(throws: RuleViolation.self) { try ledger.decide(quote: invoice.number, company: "912345618", .accepted, on: march) }
        let decision = try ledger.decide(quote: quote.number, company: "912345618", .accepted, on: march)
        #expect(decision.status == .accepted)
        #expect { try ledger.decide(quote: quote.number, company: "912345618", .refused, on: march) } throws: { error in
            (error as? RuleViolation)?.reason.contains("never changed") == true
        }
        #expect(try ledger.verify().isSound)
    }

    @Test("A .partial file left by a crash is finished when its record exists, removed when not")
    func settlement() throws {
        let ledger = try Ledger(path: ledgerPath)
        let issued = try issue(ledger, on: march)
        // As if the process died after the commit, before the rename.
        try FileManager.default.moveItem(atPath: issued.file, toPath: issued.file + ".partial")
        // As if it died before the commit.
        try Data("%PDF".utf8).write(to: URL(fileURLWithPath: "\(folder)/F-2026-00002.pdf.partial"))
        let settlement = try ledger.settlePendingFiles(in: folder)
        #expect(settlement.finished == [issued.file])
        #expect(settlement.removed.count == 1)
        #expect(try ledger.verify().isSound)
        #expect(try ledger.unrecordedFiles(in: folder).isEmpty)
    }
}
