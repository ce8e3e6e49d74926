import FolioCore
@testable import FolioLedger
import Foundation
import GRDB
import Testing

/// Payments, notices and late acceptances on a real SQLite file and a real PostgreSQL database: what
/// is refused, what the chain seals, and a SQLite ledger written by the first schema brought up to date.
@Suite("Payments and notices in the ledger")
struct PaymentLedgerTests {
    let company = "912345618"

    func series(_ kind: Order.Kind) throws -> NumberingSeries {
        let prefix = ["quote": "D", "invoice": "F", "deposit-invoice": "FA", "credit-note": "AV"][kind.rawValue] ?? "X"
        return try NumberingSeries(name: kind.rawValue, kind: kind.rawValue, pattern: NumberPattern("\(prefix)-{YYYY}-{seq:4}"), reset: .yearly)
    }

    /// Issues a document of `total` (incl. VAT) on `date`; a credit note cites `credited`.
    @discardableResult
    func issue(_ ledger: Ledger, _ kind: Order.Kind, total: String, on date: String, credited: String? = nil) throws -> IssuedDocument {
        try ledger.issue(company: company, series: series(kind), date: CalendarDate(date)!, file: { "\(ledger.documentsFolder)/\($0).pdf" }) { number in
            var record = LedgerTests.record(kind: kind)
            record.grandTotal = ExactDecimal(total)!
            record.amountDue = ExactDecimal(total)!
            record.credited = credited
            return PreparedDocument(record: record, pdf: Array("%PDF \(number)".utf8))
        }
    }

    func refusal(_ work: () throws -> Void) -> String {
        do { try work(); return "" } catch { return "\(error)" }
    }

    @Test("A payment is refused for a quote, before the invoice's date, above what is still due, and with too many decimals",
          arguments: LedgerBackend.available)
    func paymentRules(_ backend: LedgerBackend) throws {
        let ledger = try TestLedger(backend).open()
        let quote = try issue(ledger, .quote, total: "500.00", on: "2026-03-01")
        let invoice = try issue(ledger, .invoice, total: "1200.00", on: "2026-03-10")
        try issue(ledger, .creditNote, total: "200.00", on: "2026-03-12", credited: invoice.number)
        #expect(refusal { _ = try ledger.pay(invoice: quote.number, company: company, amount: 100, on: CalendarDate("2026-03-15")!) }
            .contains("is a quote, not an invoice"))
        #expect(refusal { _ = try ledger.pay(invoice: invoice.number, company: company, amount: 100, on: CalendarDate("2026-03-09")!) }
            .contains("before the invoice's date 2026-03-10"))
        #expect(refusal { _ = try ledger.pay(invoice: invoice.number, company: company, amount: ExactDecimal("0.001")!, on: CalendarDate("2026-03-15")!) }
            .contains("at most 2 decimals"))
        // 1 200 − 200 credited = 1 000 due: 1 000.01 is an overpayment.
        #expect(refusal { _ = try ledger.pay(invoice: invoice.number, company: company, amount: ExactDecimal("1000.01")!, on: CalendarDate("2026-03-15")!) }
            .contains("more than the 1000.00 EUR still due"))
        let first = try ledger.pay(invoice: invoice.number, company: company, amount: ExactDecimal("600")!, on: CalendarDate("2026-03-20")!,
                                   method: "transfer", reference: "VIR 1")
        #expect(first.amount == ExactDecimal("600.00"))
        #expect(try ledger.account(invoice: invoice.number, company: company).stillDue == ExactDecimal("400.00"))
        _ = try ledger.pay(invoice: invoice.number, company: company, amount: ExactDecimal("400")!, on: CalendarDate("2026-03-25")!)
        #expect(refusal { _ = try ledger.pay(invoice: invoice.number, company: company, amount: 1, on: CalendarDate("2026-03-26")!) }
            .contains("has nothing left to pay"))
        let account = try ledger.account(invoice: invoice.number, company: company)
        #expect(account.credited == ExactDecimal("200.00") && account.paid == ExactDecimal("1000.00") && account.stillDue.isZero)
        // As of a day: later payments are left out.
        #expect(account.asOf(CalendarDate("2026-03-21")!).stillDue == ExactDecimal("400.00"))
        #expect(try ledger.verify().isSound)
    }

    @Test("Payments and notices are sealed: the database refuses to change them, and verify finds a forged one",
          arguments: LedgerBackend.available)
    func sealed(_ backend: LedgerBackend) throws {
        let test = try TestLedger(backend)
        let ledger = try test.open()
        let folder = test.folder
        let invoice = try issue(ledger, .invoice, total: "1200.00", on: "2026-03-10")
        _ = try ledger.pay(invoice: invoice.number, company: company, amount: 100, on: CalendarDate("2026-03-20")!)
        let notice = try ledger.recordNotice(invoice: invoice.number, company: company, on: CalendarDate("2026-05-01")!,
                                             file: folder + "/notice.pdf") { account in
            #expect(account.stillDue == ExactDecimal("1100.00"))
            let record = NoticeRecord(company: "", invoice: "", kind: .reminder, date: CalendarDate("2026-05-01")!,
                                      deadline: CalendarDate("2026-05-16")!, currency: "EUR", principal: account.stillDue,
                                      interest: ExactDecimal("5.00")!, indemnity: 40, total: ExactDecimal("1145.00")!, language: "fr")
            return (record, Array("%PDF notice".utf8))
        }
        #expect(FileManager.default.fileExists(atPath: notice.file))
        #expect(try ledger.account(invoice: invoice.number, company: company).notices.count == 1)
        // The same kind of notice for the same invoice and day is refused, and writes nothing.
        #expect(refusal {
            _ = try ledger.recordNotice(invoice: invoice.number, company: company, on: CalendarDate("2026-05-01")!,
                                        file: folder + "/notice-2.pdf") { _ in
                (NoticeRecord(company: "", invoice: "", kind: .reminder, date: CalendarDate("2026-05-01")!, deadline: CalendarDate("2026-05-16")!,
                              currency: "EUR", principal: 1, interest: 0, indemnity: 0, total: 1, language: "fr"), Array("%PDF".utf8))
            }
        }.contains("already sent"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/notice-2.pdf"))
        #expect(try ledger.verify().isSound)

        #expect(throws: RawSQLRefused.self) { try test.execute("UPDATE payment SET amount = '1.00'") }
        #expect(throws: RawSQLRefused.self) { try test.execute("DELETE FROM notice") }
        // A payment of a quote is refused by the database too.
        #expect(throws: RawSQLRefused.self) {
            try test.execute("INSERT INTO entry VALUES (99, 'payment', 'x', 'y'); INSERT INTO payment VALUES (99, '\(company)', 'D-2026-0001', '2026-03-01', '1.00', 'EUR', NULL, NULL)")
        }
        // A payment forged around the triggers breaks the chain; so does a notice's PDF replaced.
        switch backend {
        case .sqlite:
            try test.execute("DROP TRIGGER paymentNeverUpdated; UPDATE payment SET amount = '1.00'")
            try Data("%PDF other".utf8).write(to: URL(fileURLWithPath: notice.file))
        case .postgres:
            try test.execute("""
                ALTER TABLE payment DISABLE TRIGGER USER; UPDATE payment SET amount = '1.00';
                ALTER TABLE kept_file DISABLE TRIGGER USER; UPDATE kept_file SET bytes = '%PDF other' WHERE name = '\(notice.file)'
                """)
        }
        let problems = try ledger.verify().problems
        #expect(problems.contains { $0.contains("(payment of \(invoice.number)) was changed after it was recorded") }, "\(problems)")
        #expect(try ledger.verify().problems.contains { $0.contains("is not the PDF that was sent") })
    }

    @Test("A late acceptance needs late, and is recorded as late", arguments: LedgerBackend.available)
    func lateAcceptance(_ backend: LedgerBackend) throws {
        let ledger = try TestLedger(backend).open()
        let quote = try issue(ledger, .quote, total: "500.00", on: "2026-03-01")
        let until = CalendarDate("2026-03-31")!
        #expect(refusal { _ = try ledger.decide(quote: quote.number, company: company, .accepted, on: CalendarDate("2026-04-02")!, validUntil: until) }
            .contains("was valid until 2026-03-31: accepting it on 2026-04-02 needs --late"))
        let decision = try ledger.decide(quote: quote.number, company: company, .accepted, on: CalendarDate("2026-04-02")!,
                                         validUntil: until, late: true)
        #expect(decision.late)
        #expect(try ledger.decisions().first?.late == true)
        #expect(try ledger.verify().isSound)
    }

    @Test("A ledger made by the first schema opens, keeps verifying, and takes payments")
    func migrationFromTheFirstSchema() throws {
        let folder = try TestLedger(.sqlite).folder
        let ledgerPath = folder + "/ledger.sqlite"
        // The first schema, with one invoice and one decision written as version 0.1.0 wrote them.
        let old = try DatabaseQueue(path: ledgerPath)
        try SQLiteSchema.migrator.migrate(old, upTo: "v1: entries, documents, quote decisions")
        try old.write { db in
            var invoice = LedgerTests.record(kind: .invoice)
            invoice.company = company
            invoice.number = "F-2026-0001"; invoice.series = "invoice"; invoice.period = "2026"; invoice.sequence = 1
            invoice.date = CalendarDate("2026-03-10")!
            invoice.file = folder + "/F-2026-0001.pdf"
            invoice.pdfSHA256 = SHA256Hex.of(Array("%PDF F-2026-0001".utf8))
            invoice.position = 1
            let hash = LedgerEntry.hash(previous: LedgerEntry.genesis, kind: .document, position: 1, fields: invoice.sealedFields)
            try db.execute(sql: "INSERT INTO entry VALUES (1, 'document', ?, ?)", arguments: [LedgerEntry.genesis, hash])
            // The columns of the first schema only (xmlSHA256 came with v3, the signature's with v4).
            var columns = try invoice.databaseDictionary
            for later in ["xmlSHA256", "unsignedSHA256", "unsignedLength"] { columns.removeValue(forKey: later) }
            let names = columns.keys.sorted()
            try db.execute(sql: "INSERT INTO document (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))",
                           arguments: StatementArguments(names.map { columns[$0] }))
        }
        try old.close()
        try Data("%PDF F-2026-0001".utf8).write(to: URL(fileURLWithPath: folder + "/F-2026-0001.pdf"))
        let ledger = try Ledger(path: ledgerPath)
        #expect(try ledger.verify().isSound)
        _ = try ledger.pay(invoice: "F-2026-0001", company: company, amount: 20, on: CalendarDate("2026-03-11")!)
        let verification = try ledger.verify()
        #expect(verification.isSound, "\(verification.problems)")
        #expect(verification.entries == 2)
    }
}
