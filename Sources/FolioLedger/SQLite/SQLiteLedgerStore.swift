import FolioCore
import Foundation
import GRDB

/// The ledger in one SQLite file (WAL mode), shared by every process of one machine; its PDFs are
/// files in `documents/` beside it.
///
/// A write is an immediate transaction: SQLite's write lock lets one writer at a time, on every
/// connection of every process, and others wait for it (up to two minutes).
final class SQLiteLedgerStore: LedgerStore {
    let path: String
    let database: DatabaseQueue
    /// This connection's mark on the numbers it reserves, and the test of other issuers' liveness.
    let issuers: IssuerLock

    /// Opens (or creates) the ledger file and brings its schema up to date.
    init(path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.journalMode = .wal
        // Other processes may hold the write lock while they record a document: wait for them.
        configuration.busyMode = .timeout(120)
        configuration.prepareDatabase { db in
            // A committed record survives a power cut: the WAL is synced at every commit.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let path = url.standardizedFileURL.path
        self.path = path
        self.issuers = IssuerLock(ledgerPath: path)
        // Connections opening a new ledger at once would race to switch it to WAL and each create
        // the tables: one opens and migrates at a time, under an exclusive lock on a file beside it.
        self.database = try Self.exclusively(lockFile: path + "-migration.lock") {
            let database = try DatabaseQueue(path: path, configuration: configuration)
            try SQLiteSchema.migrator.migrate(database)
            return database
        }
    }

    private static func exclusively<T>(lockFile: String, _ work: () throws -> T) throws -> T {
        let descriptor = open(lockFile, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else { throw LedgerFailure("cannot open \(lockFile): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else { throw LedgerFailure("cannot lock \(lockFile): \(String(cString: strerror(errno)))") }
        defer { flock(descriptor, LOCK_UN) }
        return try work()
    }

    var name: String { path }
    var keepsFilesInDatabase: Bool { false }

    func read<T>(_ work: (any LedgerReading) throws -> T) throws -> T {
        try database.read { db in try work(SQLiteTransaction(db: db)) }
    }

    func write<T>(_ work: (any LedgerTransaction) throws -> T) throws -> T {
        try database.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try work(SQLiteTransaction(db: db))
                return .commit
            }
            guard let result else { throw LedgerFailure("the ledger transaction returned nothing") }
            return result
        }
    }

    func issuerToken() throws -> String { try issuers.token() }
    func isGone(_ token: String) -> Bool { issuers.isGone(token) }
}

/// The primitives of ``LedgerTransaction`` in SQL, on one GRDB connection inside a transaction.
struct SQLiteTransaction: LedgerTransaction {
    let db: Database

    func documents(_ filter: DocumentFilter) throws -> [IssuedDocument] {
        var request = Self.request(filter).order(filter.newestFirst ? Column("position").desc : Column("position").asc)
        if let limit = filter.limit { request = request.limit(limit, offset: filter.offset) }
        return try request.fetchAll(db)
    }

    func documentCount(_ filter: DocumentFilter) throws -> Int {
        try Self.request(filter).fetchCount(db)
    }

    private static func request(_ filter: DocumentFilter) -> QueryInterfaceRequest<IssuedDocument> {
        var request = IssuedDocument.all()
        if let company = filter.company { request = request.filter(Column("company") == company) }
        if let number = filter.number { request = request.filter(Column("number") == number) }
        if let kinds = filter.kinds { request = request.filter(kinds.contains(Column("kind"))) }
        if let from = filter.from { request = request.filter(Column("date") >= from) }
        if let through = filter.through { request = request.filter(Column("date") <= through) }
        if let quote = filter.quote { request = request.filter(Column("quote") == quote) }
        if let credited = filter.credited { request = request.filter(Column("credited") == credited) }
        if let pattern = filter.searchPattern {
            request = request.filter(sql: #"(number LIKE ? ESCAPE '\' OR client LIKE ? ESCAPE '\')"#, arguments: [pattern, pattern])
        }
        return request
    }

    func decisions(company: String?, number: String?) throws -> [QuoteDecision] {
        var request = QuoteDecision.order(Column("position"))
        if let company { request = request.filter(Column("company") == company) }
        if let number { request = request.filter(Column("number") == number) }
        return try request.fetchAll(db)
    }

    func payments(company: String?, invoice: String?) throws -> [Payment] {
        var request = Payment.order(Column("position"))
        if let company { request = request.filter(Column("company") == company) }
        if let invoice { request = request.filter(Column("invoice") == invoice) }
        return try request.fetchAll(db)
    }

    func notices(company: String?, invoice: String?) throws -> [NoticeRecord] {
        var request = NoticeRecord.order(Column("position"))
        if let company { request = request.filter(Column("company") == company) }
        if let invoice { request = request.filter(Column("invoice") == invoice) }
        return try request.fetchAll(db)
    }

    func contractNotices(company: String?, contract: String?) throws -> [ContractNoticeRecord] {
        var request = ContractNoticeRecord.order(Column("position"))
        if let company { request = request.filter(Column("company") == company) }
        if let contract { request = request.filter(Column("contract") == contract) }
        return try request.fetchAll(db)
    }

    func entries() throws -> [LedgerEntry] {
        try LedgerEntry.order(Column("position")).fetchAll(db)
    }

    func reservations() throws -> [Reservation] {
        try Reservation.order(Column("date"), Column("sequence")).fetchAll(db)
    }

    func recordedFiles() throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT file FROM document UNION SELECT file FROM notice UNION SELECT file FROM contractNotice UNION SELECT signedFile FROM quoteDecision WHERE signedFile IS NOT NULL"))
    }

    func keptFile(_ name: String) throws -> [UInt8]? {
        FileManager.default.contents(atPath: name).map { Array($0) }
    }

    func numberIssued(company: String, kind: Order.Kind, input: String) throws -> String? {
        // length(input) first: the index documentByInput finds the few candidates without comparing whole texts.
        try String.fetchOne(db, sql: """
            SELECT number FROM (
                SELECT number, position AS rank FROM document WHERE company = ? AND kind = ? AND length(input) = ? AND input = ?
                UNION ALL
                SELECT number, 9223372036854775807 FROM reservation WHERE company = ? AND kind = ? AND input = ?)
            ORDER BY rank LIMIT 1
            """, arguments: [company, kind, input.unicodeScalars.count, input, company, kind, input])
    }

    func lastTaken(company: String, series: String, period: String) throws -> (sequence: Int, date: CalendarDate, number: String)? {
        let row = try Row.fetchOne(db, sql: """
            SELECT sequence, date, number FROM (
                SELECT sequence, date, number FROM document WHERE company = ? AND series = ? AND period = ?
                UNION ALL
                SELECT sequence, date, number FROM reservation WHERE company = ? AND series = ? AND period = ?)
            ORDER BY sequence DESC LIMIT 1
            """, arguments: [company, series, period, company, series, period])
        guard let row, let date: CalendarDate = row["date"] else { return nil }
        return (row["sequence"], date, row["number"])
    }

    func takenAfter(_ sequence: Int, company: String, series: String, period: String) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM document WHERE company = ? AND series = ? AND period = ? AND sequence > ?
                           UNION ALL
                           SELECT 1 FROM reservation WHERE company = ? AND series = ? AND period = ? AND sequence > ?)
            """, arguments: [company, series, period, sequence, company, series, period, sequence]) ?? false
    }

    func seriesTaking(number: String, company: String) throws -> String? {
        try String.fetchOne(db, sql: """
            SELECT series FROM document WHERE company = ? AND number = ?
            UNION ALL SELECT series FROM reservation WHERE company = ? AND number = ?
            """, arguments: [company, number, company, number])
    }

    func companyWriting(file: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT company FROM document WHERE file = ? UNION ALL SELECT company FROM reservation WHERE file = ?",
                            arguments: [file, file])
    }

    func isReserved(file: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM reservation WHERE file = ?)", arguments: [file]) ?? false
    }

    func idempotencyKey(company: String, key: String) throws -> IdempotencyKey? {
        try IdempotencyKey.fetchOne(db, key: ["company": company, "key": key])
    }

    func insert(_ key: IdempotencyKey) throws { try key.insert(db) }

    func removeIdempotencyKey(company: String, number: String) throws {
        try db.execute(sql: "DELETE FROM idempotencyKey WHERE company = ? AND number = ?", arguments: [company, number])
    }

    func reservation(company: String, number: String) throws -> Reservation? {
        try Reservation.fetchOne(db, key: ["company": company, "number": number])
    }

    func insert(_ reservation: Reservation) throws { try reservation.insert(db) }

    func removeReservation(company: String, number: String, owner: String) throws -> Bool {
        try db.execute(sql: "DELETE FROM reservation WHERE company = ? AND number = ? AND owner = ?", arguments: [company, number, owner])
        return db.changesCount == 1
    }

    func passReservation(company: String, number: String, from owner: String, to newOwner: String) throws -> Bool {
        try db.execute(sql: "UPDATE reservation SET owner = ? WHERE company = ? AND number = ? AND owner = ?",
                       arguments: [newOwner, company, number, owner])
        return db.changesCount == 1
    }

    func lastEntry() throws -> LedgerEntry? {
        try LedgerEntry.order(Column("position").desc).fetchOne(db)
    }

    func insert(_ entry: LedgerEntry) throws { try entry.insert(db) }
    func insert(_ document: IssuedDocument) throws { try document.insert(db) }
    func insert(_ decision: QuoteDecision) throws { try decision.insert(db) }
    func insert(_ payment: Payment) throws { try payment.insert(db) }
    func insert(_ notice: NoticeRecord) throws { try notice.insert(db) }
    func insert(_ notice: ContractNoticeRecord) throws { try notice.insert(db) }

    /// The file on disk is the document: nothing more to keep.
    func keep(file name: String, bytes: [UInt8]) throws {}
}
