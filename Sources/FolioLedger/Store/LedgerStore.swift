import FolioCore

/// Where a ledger keeps its records: one implementation per database (``SQLiteLedgerStore``,
/// ``PostgresLedgerStore``). The ledger's rules (numbers, dates, the chain, what may be paid) are
/// written once, in ``Ledger``, over these primitives.
///
/// Every write runs in a transaction that excludes every other writer of the same ledger, on any
/// machine: the hash chain orders all records, so writers take turns, as SQLite's write lock makes them.
protocol LedgerStore: Sendable {
    /// How messages name the ledger: its file, or its PostgreSQL address without the password.
    var name: String { get }
    /// Whether the PDFs are kept as files (SQLite: the file beside the record is the document) or in
    /// the database itself, where every machine sees them (PostgreSQL).
    var keepsFilesInDatabase: Bool { get }

    /// Runs `work` on a consistent snapshot of the ledger.
    func read<T>(_ work: (any LedgerReading) throws -> T) throws -> T
    /// Runs `work` in one transaction, alone among the ledger's writers; any error rolls it back.
    func write<T>(_ work: (any LedgerTransaction) throws -> T) throws -> T

    /// This connection's mark on the numbers it reserves, held for as long as the store is open.
    func issuerToken() throws -> String
    /// Whether the issuer of `token` is gone (its process ended, however it ended) or gave up.
    func isGone(_ token: String) -> Bool
}

/// What a document query selects; nil selects all.
struct DocumentFilter: Sendable {
    var company: String?
    var number: String?
    var kinds: [Order.Kind]?
    var from: CalendarDate?
    var through: CalendarDate?
    /// Documents made from this quote.
    var quote: String?
    /// Credit notes of this invoice.
    var credited: String?
    /// Documents whose number or client contains this text (ASCII letters of any case).
    var search: String?
    /// Newest first (by position, descending) instead of the chain's order.
    var newestFirst = false
    /// At most this many, after skipping `offset`.
    var limit: Int?
    var offset = 0

    /// The `LIKE` pattern of ``search``: `%`, `_` and `\` in it match themselves (escaped with `\`).
    var searchPattern: String? {
        search.map { "%" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%" }
    }
}

/// The ledger's records as they stand, always in the order of the chain (by position).
protocol LedgerReading {
    func documents(_ filter: DocumentFilter) throws -> [IssuedDocument]
    /// How many documents the filter matches, its limit and offset aside.
    func documentCount(_ filter: DocumentFilter) throws -> Int
    func decisions(company: String?, number: String?) throws -> [QuoteDecision]
    func payments(company: String?, invoice: String?) throws -> [Payment]
    func notices(company: String?, invoice: String?) throws -> [NoticeRecord]
    func contractNotices(company: String?, contract: String?) throws -> [ContractNoticeRecord]
    func entries() throws -> [LedgerEntry]
    /// Numbers taken and not yet recorded, by date then sequence.
    func reservations() throws -> [Reservation]
    /// Every file a record names: documents, notices, contract notices, signed acceptances.
    func recordedFiles() throws -> Set<String>
    /// The bytes a record's file was kept with: read from disk (SQLite) or from the database (PostgreSQL).
    func keptFile(_ name: String) throws -> [UInt8]?
}

/// One write transaction of the ledger.
protocol LedgerTransaction: LedgerReading {
    /// The number under which a company issued (or is issuing) this kind from exactly this input.
    func numberIssued(company: String, kind: Order.Kind, input: String) throws -> String?
    /// The last number taken in a series' period, recorded or reserved.
    func lastTaken(company: String, series: String, period: String) throws -> (sequence: Int, date: CalendarDate, number: String)?
    /// Whether a number after `sequence` was taken in the series' period.
    func takenAfter(_ sequence: Int, company: String, series: String, period: String) throws -> Bool
    /// The series a company took `number` in, if it did.
    func seriesTaking(number: String, company: String) throws -> String?
    /// The company whose record or reservation names `file`.
    func companyWriting(file: String) throws -> String?
    func isReserved(file: String) throws -> Bool

    func idempotencyKey(company: String, key: String) throws -> IdempotencyKey?
    func insert(_ key: IdempotencyKey) throws
    /// Forgets the key that took `number` (its number was given back).
    func removeIdempotencyKey(company: String, number: String) throws

    func reservation(company: String, number: String) throws -> Reservation?
    func insert(_ reservation: Reservation) throws
    /// Removes a reservation still held by `owner`; false if it no longer is.
    func removeReservation(company: String, number: String, owner: String) throws -> Bool
    /// Passes a reservation held by `owner` to `newOwner` (empty: given up); false if it no longer is held by `owner`.
    func passReservation(company: String, number: String, from owner: String, to newOwner: String) throws -> Bool

    /// The chain's last link.
    func lastEntry() throws -> LedgerEntry?
    func insert(_ entry: LedgerEntry) throws
    func insert(_ document: IssuedDocument) throws
    func insert(_ decision: QuoteDecision) throws
    func insert(_ payment: Payment) throws
    func insert(_ notice: NoticeRecord) throws
    func insert(_ notice: ContractNoticeRecord) throws
    /// Keeps a recorded file's bytes with the record (PostgreSQL); the SQLite store keeps files on disk.
    func keep(file name: String, bytes: [UInt8]) throws
}
