import FolioCore
import Foundation
import PostgresNIO

/// The ledger in a PostgreSQL database, shared by every machine that issues: records, reservations,
/// the hash chain, and the PDFs and XML themselves.
///
/// A write is a transaction that first takes the ledger's writer lock (`pg_advisory_xact_lock`), so
/// writers take turns exactly as under SQLite's write lock, on any number of machines; PostgreSQL
/// releases it at commit or rollback, and when a connection dies. A read is a read-only snapshot.
final class PostgresLedgerStore: LedgerStore {
    let connections: PostgresConnections
    let issuers: PostgresIssuers

    /// Connects, and creates the ledger's tables or brings them up to date.
    init(address: PostgresAddress) throws {
        let connections = try PostgresConnections(address: address)
        try connections.withConnection { try PostgresSchema.migrate($0, connections) }
        self.connections = connections
        self.issuers = PostgresIssuers(connections: connections)
    }

    var name: String { connections.address.description }
    var keepsFilesInDatabase: Bool { true }

    func read<T>(_ work: (any LedgerReading) throws -> T) throws -> T {
        try connections.withConnection { connection in
            _ = try connections.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", on: connection)
            let result = try work(PostgresTransaction(connection: connection, connections: connections))
            _ = try connections.run("COMMIT", on: connection)
            return result
        }
    }

    func write<T>(_ work: (any LedgerTransaction) throws -> T) throws -> T {
        try connections.withConnection { connection in
            _ = try connections.run("BEGIN", on: connection)
            _ = try connections.run(PostgresQuery(unsafeSQL: "SELECT pg_advisory_xact_lock(\(PostgresLocks.writer))"), on: connection)
            let result = try work(PostgresTransaction(connection: connection, connections: connections))
            _ = try connections.run("COMMIT", on: connection)
            return result
        }
    }

    func issuerToken() throws -> String { try issuers.token() }
    func isGone(_ token: String) -> Bool { issuers.isGone(token) }
}

/// The primitives of ``LedgerTransaction`` in PostgreSQL's SQL, on one connection inside a transaction.
///
/// Records travel as JSON (`row_to_json`, `json_populate_record`): the tables' columns bear the
/// records' property names, so each record's own Codable conformance reads and writes every column.
struct PostgresTransaction: LedgerTransaction {
    let connection: PostgresConnection
    let connections: PostgresConnections

    private func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
        try connections.run(query, on: connection).rows
    }

    /// Runs a statement and returns how many rows it changed.
    private func changes(_ query: PostgresQuery) throws -> Int {
        try connections.run(query, on: connection).metadata.rows ?? 0
    }

    private func records<Record: Decodable>(_ type: Record.Type, from table: String, _ conditions: Conditions,
                                            order: String = "position") throws -> [Record] {
        let query = PostgresQuery(unsafeSQL: "SELECT row_to_json(t)::text FROM \(table) t\(conditions.clause) ORDER BY \(order)",
                                  binds: conditions.binds)
        let decoder = JSONDecoder()
        return try rows(query).map { row in
            let json = try row.decode(String.self)
            do {
                return try decoder.decode(Record.self, from: Data(json.utf8))
            } catch {
                throw LedgerFailure("\(connections.address): a row of \(table) cannot be read: \(error)")
            }
        }
    }

    private func insert<Record: Encodable>(_ record: Record, into table: String) throws {
        let json = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        _ = try changes("INSERT INTO \(unescaped: table) SELECT * FROM json_populate_record(NULL::\(unescaped: table), \(json)::json)")
    }

    func documents(_ filter: DocumentFilter) throws -> [IssuedDocument] {
        let limit = filter.limit.map { " LIMIT \($0) OFFSET \(filter.offset)" } ?? ""
        return try records(IssuedDocument.self, from: "document", try Self.conditions(filter),
                           order: (filter.newestFirst ? "position DESC" : "position") + limit)
    }

    func documentCount(_ filter: DocumentFilter) throws -> Int {
        let conditions = try Self.conditions(filter)
        let query = PostgresQuery(unsafeSQL: "SELECT count(*)::bigint FROM document\(conditions.clause)", binds: conditions.binds)
        return Int(try rows(query).first?.decode(Int64.self) ?? 0)
    }

    private static func conditions(_ filter: DocumentFilter) throws -> Conditions {
        var conditions = Conditions()
        try conditions.add("company = ", filter.company)
        try conditions.add("number = ", filter.number)
        try conditions.add("kind = ANY", filter.kinds.map { $0.map(\.rawValue) })
        try conditions.add("date >= ", filter.from?.description)
        try conditions.add("date <= ", filter.through?.description)
        try conditions.add("quote = ", filter.quote)
        try conditions.add("credited = ", filter.credited)
        // LIKE as SQLite's: ASCII letters of any case (the same answers on both stores).
        try conditions.add(template: "(lower(number) LIKE lower($?) ESCAPE '\\' OR lower(client) LIKE lower($?) ESCAPE '\\')", filter.searchPattern)
        return conditions
    }

    func decisions(company: String?, number: String?) throws -> [QuoteDecision] {
        var conditions = Conditions()
        try conditions.add("company = ", company)
        try conditions.add("number = ", number)
        return try records(QuoteDecision.self, from: "\"quoteDecision\"", conditions)
    }

    func payments(company: String?, invoice: String?) throws -> [Payment] {
        var conditions = Conditions()
        try conditions.add("company = ", company)
        try conditions.add("invoice = ", invoice)
        return try records(Payment.self, from: "payment", conditions)
    }

    func notices(company: String?, invoice: String?) throws -> [NoticeRecord] {
        var conditions = Conditions()
        try conditions.add("company = ", company)
        try conditions.add("invoice = ", invoice)
        return try records(NoticeRecord.self, from: "notice", conditions)
    }

    func contractNotices(company: String?, contract: String?) throws -> [ContractNoticeRecord] {
        var conditions = Conditions()
        try conditions.add("company = ", company)
        try conditions.add("contract = ", contract)
        return try records(ContractNoticeRecord.self, from: "\"contractNotice\"", conditions)
    }

    func entries() throws -> [LedgerEntry] {
        try records(LedgerEntry.self, from: "entry", Conditions())
    }

    func reservations() throws -> [Reservation] {
        try records(Reservation.self, from: "reservation", Conditions(), order: "date, sequence")
    }

    func recordedFiles() throws -> Set<String> {
        Set(try rows("""
            SELECT file FROM document UNION SELECT file FROM notice UNION SELECT file FROM "contractNotice"
            UNION SELECT "signedFile" FROM "quoteDecision" WHERE "signedFile" IS NOT NULL
            """).map { try $0.decode(String.self) })
    }

    func keptFile(_ name: String) throws -> [UInt8]? {
        try rows("SELECT bytes FROM kept_file WHERE name = \(name)").first.map { Array(try $0.decode(ByteBuffer.self).readableBytesView) }
    }

    func numberIssued(company: String, kind: Order.Kind, input: String) throws -> String? {
        // md5(input) first: the index document_by_input finds the few candidates without comparing whole texts.
        try rows("""
            SELECT number FROM (
                SELECT number, position AS rank FROM document
                WHERE company = \(company) AND kind = \(kind.rawValue) AND md5(input) = md5(\(input)) AND input = \(input)
                UNION ALL
                SELECT number, 9223372036854775807 FROM reservation WHERE company = \(company) AND kind = \(kind.rawValue) AND input = \(input)
            ) AS issued ORDER BY rank LIMIT 1
            """).first.map { try $0.decode(String.self) }
    }

    func lastTaken(company: String, series: String, period: String) throws -> (sequence: Int, date: CalendarDate, number: String)? {
        guard let row = try rows("""
            SELECT sequence, date, number FROM (
                SELECT sequence, date, number FROM document WHERE company = \(company) AND series = \(series) AND period = \(period)
                UNION ALL
                SELECT sequence, date, number FROM reservation WHERE company = \(company) AND series = \(series) AND period = \(period)
            ) AS taken ORDER BY sequence DESC LIMIT 1
            """).first else { return nil }
        let (sequence, date, number) = try row.decode((Int, String, String).self)
        guard let day = CalendarDate(date) else { throw LedgerFailure("\(connections.address): \(number) has no date (\(date))") }
        return (sequence, day, number)
    }

    func takenAfter(_ sequence: Int, company: String, series: String, period: String) throws -> Bool {
        try rows("""
            SELECT EXISTS (SELECT 1 FROM document WHERE company = \(company) AND series = \(series) AND period = \(period) AND sequence > \(sequence)
                           UNION ALL
                           SELECT 1 FROM reservation WHERE company = \(company) AND series = \(series) AND period = \(period) AND sequence > \(sequence))
            """).first.map { try $0.decode(Bool.self) } ?? false
    }

    func seriesTaking(number: String, company: String) throws -> String? {
        try rows("""
            SELECT series FROM document WHERE company = \(company) AND number = \(number)
            UNION ALL SELECT series FROM reservation WHERE company = \(company) AND number = \(number)
            """).first.map { try $0.decode(String.self) }
    }

    func companyWriting(file: String) throws -> String? {
        try rows("SELECT company FROM document WHERE file = \(file) UNION ALL SELECT company FROM reservation WHERE file = \(file)")
            .first.map { try $0.decode(String.self) }
    }

    func isReserved(file: String) throws -> Bool {
        try rows("SELECT EXISTS (SELECT 1 FROM reservation WHERE file = \(file))").first.map { try $0.decode(Bool.self) } ?? false
    }

    func idempotencyKey(company: String, key: String) throws -> IdempotencyKey? {
        var conditions = Conditions()
        try conditions.add("company = ", company)
        try conditions.add("key = ", key)
        return try records(IdempotencyKey.self, from: "\"idempotencyKey\"", conditions, order: "key").first
    }

    func insert(_ key: IdempotencyKey) throws { try insert(key, into: "\"idempotencyKey\"") }

    func removeIdempotencyKey(company: String, number: String) throws {
        _ = try changes("DELETE FROM \"idempotencyKey\" WHERE company = \(company) AND number = \(number)")
    }

    func reservation(company: String, number: String) throws -> Reservation? {
        var conditions = Conditions()
        try conditions.add("company = ", company)
        try conditions.add("number = ", number)
        return try records(Reservation.self, from: "reservation", conditions, order: "sequence").first
    }

    func insert(_ reservation: Reservation) throws { try insert(reservation, into: "reservation") }

    func removeReservation(company: String, number: String, owner: String) throws -> Bool {
        try changes("DELETE FROM reservation WHERE company = \(company) AND number = \(number) AND owner = \(owner)") == 1
    }

    func passReservation(company: String, number: String, from owner: String, to newOwner: String) throws -> Bool {
        try changes("UPDATE reservation SET owner = \(newOwner) WHERE company = \(company) AND number = \(number) AND owner = \(owner)") == 1
    }

    func lastEntry() throws -> LedgerEntry? {
        try records(LedgerEntry.self, from: "entry", Conditions(), order: "position DESC LIMIT 1").first
    }

    func insert(_ entry: LedgerEntry) throws { try insert(entry, into: "entry") }
    func insert(_ document: IssuedDocument) throws { try insert(document, into: "document") }
    func insert(_ decision: QuoteDecision) throws { try insert(decision, into: "\"quoteDecision\"") }
    func insert(_ payment: Payment) throws { try insert(payment, into: "payment") }
    func insert(_ notice: NoticeRecord) throws { try insert(notice, into: "notice") }
    func insert(_ notice: ContractNoticeRecord) throws { try insert(notice, into: "\"contractNotice\"") }

    func keep(file name: String, bytes: [UInt8]) throws {
        _ = try changes("INSERT INTO kept_file (name, bytes) VALUES (\(name), \(ByteBuffer(bytes: bytes)))")
    }
}

/// A WHERE clause built from the filters given, each value bound as a parameter.
private struct Conditions {
    private var terms: [String] = []
    private(set) var binds = PostgresBindings()

    /// Adds `test $N` (« company = », « kind = ANY ») when `value` is given.
    mutating func add<Value: PostgresThrowingDynamicTypeEncodable>(_ test: String, _ value: Value?) throws {
        guard let value else { return }
        try binds.append(value)
        terms.append(test.hasSuffix("ANY") ? "\(test)($\(binds.count))" : "\(test)$\(binds.count)")
    }

    /// Adds `template`, each `$?` in it standing for the value's parameter, when `value` is given.
    mutating func add<Value: PostgresThrowingDynamicTypeEncodable>(template: String, _ value: Value?) throws {
        guard let value else { return }
        try binds.append(value)
        terms.append(template.replacingOccurrences(of: "$?", with: "$\(binds.count)"))
    }

    var clause: String { terms.isEmpty ? "" : " WHERE " + terms.joined(separator: " AND ") }
}
