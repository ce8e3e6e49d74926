import FolioCore
import Foundation
import GRDB

/// What the caller prepares once it knows the number: the record's content and the PDF's bytes.
public struct PreparedDocument: Sendable {
    /// The record without its number, series, file and hash (the ledger fills them in).
    public var record: IssuedDocument
    public var pdf: [UInt8]
    /// The e-invoice's XML (embedded in the PDF), whose SHA-256 the ledger records; nil for other documents.
    public var xml: [UInt8]?
    /// For a signed PDF, the length of the finished bytes before the signature (its first bytes).
    public var unsignedLength: Int?

    public init(record: IssuedDocument, pdf: [UInt8], xml: [UInt8]? = nil, unsignedLength: Int? = nil) {
        self.record = record
        self.pdf = pdf
        self.xml = xml
        self.unsignedLength = unsignedLength
    }
}

extension Ledger {
    /// Issues one document: assigns the next number of `series` for `date`, has `prepare` render the
    /// document with it, writes the PDF beside `file(number)` and records both in one transaction.
    ///
    /// If `prepare` or the writing fails, the transaction rolls back: no number is consumed and no
    /// file is left. The PDF is written to `FILE.partial`, synced, recorded, and renamed into place
    /// after the commit; ``settlePendingFiles(in:)`` finishes that rename after a crash.
    ///
    /// - Parameter repeating: the canonical input of the order; when a document of the same company
    ///   and kind was already issued from exactly this input, the issue is refused with
    ///   ``AlreadyIssued`` (so a batch can be re-run safely). Nil to issue it again anyway.
    public func issue(company: String, series: NumberingSeries, date: CalendarDate, file: (String) -> String,
                      refusingRepeatOf input: (kind: Order.Kind, text: String)? = nil,
                      prepare: (String) throws -> PreparedDocument) throws -> IssuedDocument {
        var partial: String?
        do {
            let issued = try database.inTransaction(.immediate) { db -> IssuedDocument in
                if let input, let earlier = try String.fetchOne(db, sql: """
                    SELECT number FROM document WHERE company = ? AND kind = ? AND length(input) = ? AND input = ?
                    ORDER BY position LIMIT 1
                    """, arguments: [company, input.kind, input.text.unicodeScalars.count, input.text]) {
                    throw AlreadyIssued(number: earlier)
                }
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
                var path = URL(fileURLWithPath: file(number)).standardizedFileURL.path
                if let owner = try String.fetchOne(db, sql: "SELECT company FROM document WHERE file = ?", arguments: [path]),
                   owner != company {
                    // One ledger, several companies: the same number of another company goes into a folder named by its SIREN.
                    let url = URL(fileURLWithPath: path)
                    path = url.deletingLastPathComponent().appendingPathComponent(company).appendingPathComponent(url.lastPathComponent).path
                    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                }
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
                record.xmlSHA256 = prepared.xml.map { SHA256Hex.of($0) }
                if let length = prepared.unsignedLength, length <= prepared.pdf.count {
                    record.unsignedLength = length
                    record.unsignedSHA256 = SHA256Hex.of(Array(prepared.pdf[..<length]))
                }
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
    ///
    /// - Parameters:
    ///   - validUntil: the quote's last day; an acceptance after it is refused unless `late`.
    ///   - late: accept after the validity date knowingly; recorded with the decision.
    ///   - signed: an acceptance proven by the client's signature: the signed PDF, kept at its `file`
    ///     (written with the record, never overwritten), its signer and certificate recorded.
    public func decide(quote number: String, company: String, _ status: QuoteDecision.Status, on date: CalendarDate,
                       validUntil: CalendarDate? = nil, late: Bool = false, signed: SignedAcceptance? = nil) throws -> QuoteDecision {
        var partial: String?
        do {
            let decision = try decideInTransaction(quote: number, company: company, status, on: date, validUntil: validUntil,
                                                   late: late, signed: signed) { path in partial = path }
            if let file = signed?.file { try PendingFile.finish(file) }
            return decision
        } catch {
            if let partial { try? FileManager.default.removeItem(atPath: partial) }
            throw error
        }
    }

    private func decideInTransaction(quote number: String, company: String, _ status: QuoteDecision.Status, on date: CalendarDate,
                                     validUntil: CalendarDate?, late: Bool, signed: SignedAcceptance?,
                                     wrote: (String) -> Void) throws -> QuoteDecision {
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
            let pastValidity = status == .accepted && validUntil.map { date > $0 } == true
            if pastValidity, !late, let validUntil {
                throw RuleViolation("quote \(number) was valid until \(validUntil): accepting it on \(date) needs --late (the acceptance is then recorded as late)")
            }
            var decision = QuoteDecision(company: company, number: number, status: status, date: date, late: pastValidity && late)
            if let signed {
                guard status == .accepted else { throw RuleViolation("only an acceptance is proven by a signature") }
                guard !FileManager.default.fileExists(atPath: signed.file) else {
                    throw RuleViolation("\(signed.file) already exists: a signed quote is never overwritten")
                }
                wrote(signed.file + PendingFile.suffix)
                try PendingFile.writeSynced(signed.pdf, to: signed.file + PendingFile.suffix)
                decision.signer = signed.signer
                decision.signerCertificateSHA256 = signed.certificateSHA256
                decision.signedFile = signed.file
                decision.signedSHA256 = SHA256Hex.of(signed.pdf)
            }
            decision.position = try link(.decision, fields: decision.sealedFields, db)
            try decision.insert(db)
            return decision
        }
    }

    private func append(_ record: IssuedDocument, _ db: Database) throws -> IssuedDocument {
        var record = record
        record.position = try link(.document, fields: record.sealedFields, db)
        try record.insert(db)
        return record
    }

    /// Adds the next link of the hash chain, sealing `fields`, and returns its position.
    func link(_ kind: LedgerEntry.Kind, fields: [(String, String?)], _ db: Database) throws -> Int64 {
        let (position, previous) = try Self.nextLink(db)
        let hash = LedgerEntry.hash(previous: previous, kind: kind, position: position, fields: fields)
        try LedgerEntry(position: position, kind: kind, previousHash: previous, hash: hash).insert(db)
        return position
    }

    /// The next position in the chain and the hash it follows.
    private static func nextLink(_ db: Database) throws -> (Int64, String) {
        let last = try LedgerEntry.order(Column("position").desc).fetchOne(db)
        return ((last?.position ?? 0) + 1, last?.hash ?? LedgerEntry.genesis)
    }
}

/// The same order was already issued: re-running a batch skips it instead of issuing it twice.
public struct AlreadyIssued: Error, Sendable, Hashable, CustomStringConvertible {
    /// The number it was issued under.
    public let number: String
    public var description: String { "already issued as \(number) (give --again to issue it once more)" }
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

/// A quote's acceptance proven by the client's electronic signature, as ``Ledger/decide(quote:company:_:on:validUntil:late:signed:)`` records it.
public struct SignedAcceptance: Sendable {
    /// The signed PDF the client returned, and where the ledger keeps it.
    public var pdf: [UInt8]
    public var file: String
    /// The signer as the certificate names them, and the certificate's SHA-256.
    public var signer: String
    public var certificateSHA256: String

    public init(pdf: [UInt8], file: String, signer: String, certificateSHA256: String) {
        self.pdf = pdf
        self.file = file
        self.signer = signer
        self.certificateSHA256 = certificateSHA256
    }
}
