import FolioCore
import FolioLedger
import Foundation
import Synchronization
import Testing

/// The ledger on a real SQLite file and a real PostgreSQL database: numbers, rollback, append-only
/// rows, the hash chain.
@Suite("Issuance ledger")
struct LedgerTests {
    let series = try! NumberingSeries(name: "invoice", kind: "invoice", pattern: NumberPattern("F-{YYYY}-{seq:5}"), reset: .yearly)

    static func record(kind: Order.Kind = .invoice, client: String = "Client SARL") -> IssuedDocument {
        IssuedDocument(company: "", kind: kind, date: CalendarDate(dayNumber: 0), client: client, currency: "EUR",
                       netTotal: ExactDecimal("100.00")!, vatTotal: ExactDecimal("20.00")!, grandTotal: ExactDecimal("120.00")!,
                       amountDue: ExactDecimal("120.00")!, language: "fr", input: "{}", profile: "{}", profileFolder: "/",
                       templates: "\(kind.rawValue)@2026-01-01", terms: nil, folioVersion: "test")
    }

    func issue(_ ledger: Ledger, in folder: String, on date: CalendarDate, series: NumberingSeries? = nil, kind: Order.Kind = .invoice,
               fail: Bool = false) throws -> IssuedDocument {
        try ledger.issue(company: "912345618", series: series ?? self.series, date: date, file: { "\(folder)/\($0).pdf" }) { number in
            if fail { throw RuleViolation("rendering failed") }
            return PreparedDocument(record: Self.record(kind: kind), pdf: Array("%PDF \(number)".utf8))
        }
    }

    let march = CalendarDate(year: 2026, month: 3, day: 16)!

    @Test("Numbers follow each other per series and year; a failed issue consumes none and leaves no file",
          arguments: LedgerBackend.available)
    func numbering(_ backend: LedgerBackend) throws {
        let test = try TestLedger(backend)
        let ledger = try test.open()
        let folder = test.folder
        #expect(try issue(ledger, in: folder, on: march).number == "F-2026-00001")
        #expect(throws: RuleViolation.self) { try issue(ledger, in: folder, on: march, fail: true) }
        #expect(try issue(ledger, in: folder, on: march).number == "F-2026-00002")
        #expect(try issue(ledger, in: folder, on: CalendarDate(year: 2027, month: 1, day: 4)!).number == "F-2027-00001")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".pdf") }.count == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".partial") }.isEmpty)
        // Dates go forward within a series.
        #expect { try issue(ledger, in: folder, on: CalendarDate(year: 2027, month: 1, day: 3)!) } throws: { error in
            (error as? RuleViolation)?.reason.contains("numbers must follow dates") == true
        }
        let verification = try ledger.verify()
        #expect(verification.isSound, "\(verification.problems)")
        #expect(verification.documents == 3)
        #expect(try ledger.keptFile("\(folder)/F-2026-00002.pdf") == Array("%PDF F-2026-00002".utf8))
    }

    @Test("A page of documents: newest first, limited, searched by number or client (ASCII case, % and _ as themselves), counted",
          arguments: LedgerBackend.available)
    func documentPages(_ backend: LedgerBackend) throws {
        let test = try TestLedger(backend)
        let ledger = try test.open()
        let clients = ["Librairie du Marais", "LIBRAIRIE Lafayette", "Éditions 100% Papier", "Atelier_Bois", "Atelier Fer"]
        for (index, client) in clients.enumerated() {
            _ = try ledger.issue(company: "912345618", series: series, date: march.adding(days: index), file: { "\(test.folder)/\($0).pdf" }) { number in
                PreparedDocument(record: Self.record(client: client), pdf: Array("%PDF \(number)".utf8))
            }
        }
        let all = try ledger.documentPage(company: "912345618", offset: 0, limit: 50)
        #expect(all.total == 5 && all.documents.map(\.client) == clients.reversed())
        let second = try ledger.documentPage(company: "912345618", offset: 2, limit: 2)
        #expect(second.total == 5 && second.documents.map(\.number) == ["F-2026-00003", "F-2026-00002"])
        #expect(try ledger.documentPage(company: "912345618", search: "librairie", offset: 0, limit: 50).total == 2)
        #expect(try ledger.documentPage(company: "912345618", search: "00004", offset: 0, limit: 50).documents.map(\.client) == ["Atelier_Bois"])
        #expect(try ledger.documentPage(company: "912345618", search: "100%", offset: 0, limit: 50).documents.map(\.client) == ["Éditions 100% Papier"])
        #expect(try ledger.documentPage(company: "912345618", search: "r_B", offset: 0, limit: 50).documents.map(\.client) == ["Atelier_Bois"],
                "_ is itself, not any character")
        #expect(try ledger.documentPage(company: "912345618", search: "r B", offset: 0, limit: 50).total == 0)
        #expect(try ledger.documentPage(company: "912345618", kinds: [.quote], offset: 0, limit: 50).total == 0)
        #expect(try ledger.documentPage(company: "912345618", from: march.adding(days: 3), offset: 0, limit: 50).total == 2)
        #expect(try ledger.documentPage(company: "other", offset: 0, limit: 50).total == 0)
    }

    @Test("Eight connections opening a new ledger at the same instant: the schema is created once",
          arguments: LedgerBackend.available)
    func concurrentCreation(_ backend: LedgerBackend) throws {
        for round in 0..<(backend == .sqlite ? 20 : 4) {
            let test = try TestLedger(backend)
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 8) { _ in
                do { _ = try test.open() } catch { failures.withLock { $0.append("\(error)") } }
            }
            #expect(failures.withLock { $0 }.isEmpty, "round \(round)")
        }
    }

    @Test("The database itself refuses to update or delete an issued row", arguments: LedgerBackend.available)
    func appendOnly(_ backend: LedgerBackend) throws {
        let test = try TestLedger(backend)
        let ledger = try test.open()
        _ = try issue(ledger, in: test.folder, on: march)
        let total = backend == .sqlite ? "grandTotal" : "\"grandTotal\""
        var statements = ["UPDATE document SET \(total) = '1.00'", "DELETE FROM document", "UPDATE entry SET hash = 'x'", "DELETE FROM entry"]
        if backend == .postgres {
            statements += ["TRUNCATE entry CASCADE", "UPDATE kept_file SET bytes = 'x'", "DELETE FROM kept_file"]
        }
        for sql in statements {
            #expect(throws: RawSQLRefused.self, "\(sql)") { try test.execute(sql) }
        }
        #expect(try ledger.verify().isSound)
    }

    @Test("verify finds a changed record, a removed record and a tampered PDF", arguments: LedgerBackend.available)
    func tampering(_ backend: LedgerBackend) throws {
        let test = try TestLedger(backend)
        let ledger = try test.open()
        let first = try issue(ledger, in: test.folder, on: march)
        let second = try issue(ledger, in: test.folder, on: march)
        _ = try issue(ledger, in: test.folder, on: march)
        // Someone with the file or the owner's password drops the triggers and edits the totals of the first document.
        switch backend {
        case .sqlite:
            try test.execute("""
                DROP TRIGGER documentNeverUpdated; DROP TRIGGER documentNeverDeleted; DROP TRIGGER entryNeverDeleted;
                UPDATE document SET grandTotal = '1.00' WHERE number = '\(first.number)';
                DELETE FROM document WHERE number = '\(second.number)';
                DELETE FROM entry WHERE position = \(second.position);
                """)
            try Data("%PDF forged".utf8).write(to: URL(fileURLWithPath: first.file))
        case .postgres:
            try test.execute("""
                ALTER TABLE document DISABLE TRIGGER USER; ALTER TABLE entry DISABLE TRIGGER USER; ALTER TABLE kept_file DISABLE TRIGGER USER;
                UPDATE document SET "grandTotal" = '1.00' WHERE number = '\(first.number)';
                DELETE FROM document WHERE number = '\(second.number)';
                DELETE FROM entry WHERE position = \(second.position);
                UPDATE kept_file SET bytes = '%PDF forged' WHERE name = '\(first.file)';
                """)
        }
        let verification = try ledger.verify()
        let problems = verification.problems
        #expect(problems.contains { $0.contains("F-2026-00001") && $0.contains("changed") })
        // Each problem of a record names its company; those of the chain name none.
        let changed = try #require(problems.firstIndex { $0.contains("F-2026-00001") && $0.contains("changed") })
        #expect(verification.companies[changed] == "912345618")
        #expect(verification.companies[try #require(problems.firstIndex { $0.contains("entry 2 is missing") })] == nil)
        #expect(problems.contains { $0.contains("entry 2 is missing") })
        #expect(problems.contains { $0.contains("number 2 is missing") })
        #expect(problems.contains { $0.contains("F-2026-00001") && $0.contains("not the PDF that was issued") })
    }

    @Test("A quote is accepted, refused or expired once; only a quote", arguments: LedgerBackend.available)
    func decisions(_ backend: LedgerBackend) throws {
        let test = try TestLedger(backend)
        let ledger = try test.open()
        let quotes = try NumberingSeries.prefixed("D", kind: "quote")
        let quote = try issue(ledger, in: test.folder, on: march, series: quotes, kind: .quote)
        let invoice = try issue(ledger, in: test.folder, on: march)
        #expect(throws: RuleViolation.self) { try ledger.decide(quote: invoice.number, company: "912345618", .accepted, on: march) }
        let decision = try ledger.decide(quote: quote.number, company: "912345618", .accepted, on: march)
        #expect(decision.status == .accepted)
        #expect { try ledger.decide(quote: quote.number, company: "912345618", .refused, on: march) } throws: { error in
            (error as? RuleViolation)?.reason.contains("never changed") == true
        }
        #expect(try ledger.verify().isSound)
    }

    @Test("An idempotency key takes one number: a retry gets it back, another request with the key is told apart, a number given back frees its key",
          arguments: LedgerBackend.available)
    func idempotencyKeys(_ backend: LedgerBackend) throws {
        let test = try TestLedger(backend)
        let ledger = try test.open()
        func reserve(_ key: String, _ fingerprint: String) throws -> Reservation {
            try ledger.reserve(company: "912345618", series: series, date: march, file: { "\(test.folder)/\($0).pdf" }, repeatOf: nil,
                               request: "{}", idempotencyKey: IdempotencyKey(company: "", key: key, fingerprint: fingerprint))
        }
        let first = try reserve("order-1", "a")
        #expect(throws: AlreadyRequested(number: first.number, sameRequest: true)) { try reserve("order-1", "a") }
        #expect(throws: AlreadyRequested(number: first.number, sameRequest: false)) { try reserve("order-1", "b") }
        // Given back while nothing follows it: the number and the key are free again.
        #expect(try ledger.release(first))
        let again = try reserve("order-1", "a")
        #expect(again.number == first.number)
        _ = try ledger.complete(again, with: PreparedDocument(record: Self.record(), pdf: Array("%PDF".utf8)))
        #expect(throws: AlreadyRequested(number: first.number, sameRequest: true)) { try reserve("order-1", "a") }
        // Keys belong to a company: another's may be the same.
        _ = try ledger.reserve(company: "552100554", series: series, date: march, file: { "\(test.folder)/other-\($0).pdf" }, repeatOf: nil,
                               request: "{}", idempotencyKey: IdempotencyKey(company: "", key: "order-1", fingerprint: "a"))
    }

    @Test("A .partial file left by a crash is finished when its record exists, removed when not")
    func settlement() throws {
        let test = try TestLedger(.sqlite)
        let folder = test.folder
        let ledger = try test.open()
        let issued = try issue(ledger, in: folder, on: march)
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
