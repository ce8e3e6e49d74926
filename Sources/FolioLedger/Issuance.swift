import FolioCore
import Foundation
import GRDB

/// What the caller prepares once it knows the number: the record's content and the PDF's bytes.
public struct PreparedDocument: Sendable {
    /// The record without its number, series, file and hash (the ledger fills them in).
    public var record: IssuedDocument
    public var pdf: [UInt8]

    public init(record: IssuedDocument, pdf: [UInt8]) {
        self.record = record
        self.pdf = pdf
    }
}

extension Ledger {
    /// Issues one document: assigns the next number of `series` for `date`, has `prepare` render the
    /// document with it, writes the PDF beside `file(number)` and records both in one transaction.
    ///
    /// If `prepare` or the writing fails, the transaction rolls back: no number is consumed and no
    /// file is left. The PDF is written to `FILE.partial`, synced, recorded, and renamed into place
    /// after the commit; ``settlePendingFiles(in:)`` finishes that rename after a crash.
    public func issue(company: String, series: NumberingSeries, date: CalendarDate, file: (String) -> String,
                      prepare: (String) throws -> PreparedDocument) throws -> IssuedDocument {
        var partial: String?
        do {
            let issued = try database.inTransaction(.immediate) { db -> IssuedDocument in
                let period = series.period(of: date)
                let last = try Row.fetchOne(db, sql: """
                    SELECT sequence, date, number FROM document WHERE company = ? AND series = ? AND period = ?
                    ORDER BY sequence DESC LIMIT 1
                    """, arguments: [company, series.name, period])
                let lastDate: CalendarDate? = last?["date"]
                if let lastDate, let lastNumber: String = last?["number"], date < lastDate {
                    // CGI ann. II art. 242 nonies A: numbers follow the chronology of issue.
                    throw RuleViolation("\(date) is before \(lastDate), the date of \(lastNumber), the last document of the series \(series.name): numbers must follow dates")
                }
                let sequence = (last?["sequence"] as Int? ?? 0) + 1
                let number = try series.pattern.number(sequence: sequence, on: date)
                if let other = try String.fetchOne(db, sql: "SELECT series FROM document WHERE company = ? AND number = ?",
                                                   arguments: [company, number]) {
                    throw RuleViolation("number \(number) of the series \(series.name) was already issued in the series \(other): two series of a company must not write the same numbers")
                }
                let prepared = try prepare(number)
                let path = URL(fileURLWithPath: file(number)).standardizedFileURL.path
                guard !FileManager.default.fileExists(atPath: path) else {
                    throw RuleViolation("\(path) already exists: an issued document is never overwritten")
                }
                partial = path + PendingFile.suffix
                try PendingFile.writeSynced(prepared.pdf, to: path + PendingFile.suffix)
                var record = prepared.record
                record.company = company
                record.number = number
                record.series = series.name
                record.period = period
                record.sequence = sequence
                record.date = date
                record.file = path
                record.pdfSHA256 = SHA256Hex.of(prepared.pdf)
                return try self.append(record, db)
            }
            // Committed: the record exists, so the file may appear.
            try PendingFile.finish(issued.file)
            return issued
        } catch {
            if let partial { try? FileManager.default.removeItem(atPath: partial) }
            throw error
        }
    }

    /// Records a quote's acceptance, refusal or expiry, once.
    public func decide(quote number: String, company: String, _ status: QuoteDecision.Status, on date: CalendarDate) throws -> QuoteDecision {
        try database.inTransaction(.immediate) { db -> QuoteDecision in
            guard let quote = try IssuedDocument.filter(Column("company") == company && Column("number") == number).fetchOne(db),
                  quote.kind == .quote else {
                throw RuleViolation("no issued quote \(number) in the ledger")
            }
            if let earlier = try QuoteDecision.filter(Column("company") == company && Column("number") == number).fetchOne(db) {
                throw RuleViolation("quote \(number) was already \(earlier.status.rawValue) on \(earlier.date): a decision is never changed")
            }
            guard date >= quote.date else {
                throw RuleViolation("\(date) is before the quote's date \(quote.date)")
            }
            var decision = QuoteDecision(company: company, number: number, status: status, date: date)
            let (position, previous) = try Self.nextLink(db)
            decision.position = position
            let hash = LedgerEntry.hash(previous: previous, kind: .decision, position: position, fields: decision.sealedFields)
            try LedgerEntry(position: position, kind: .decision, previousHash: previous, hash: hash).insert(db)
            try decision.insert(db)
            return decision
        }
    }

    private func append(_ record: IssuedDocument, _ db: Database) throws -> IssuedDocument {
        var record = record
        let (position, previous) = try Self.nextLink(db)
        record.position = position
        let hash = LedgerEntry.hash(previous: previous, kind: .document, position: position, fields: record.sealedFields)
        try LedgerEntry(position: position, kind: .document, previousHash: previous, hash: hash).insert(db)
        try record.insert(db)
        return record
    }

    /// The next position in the chain and the hash it follows.
    private static func nextLink(_ db: Database) throws -> (Int64, String) {
        let last = try LedgerEntry.order(Column("position").desc).fetchOne(db)
        return ((last?.position ?? 0) + 1, last?.hash ?? LedgerEntry.genesis)
    }
}

extension DatabaseQueue {
    /// Runs `work` in a transaction of `kind` and returns its result; any error rolls it back.
    func inTransaction<T>(_ kind: Database.TransactionKind, _ work: (Database) throws -> T) throws -> T {
        try writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(kind) {
                result = try work(db)
                return .commit
            }
            guard let result else { throw RuleViolation("the ledger transaction returned nothing") }
            return result
        }
    }
}
