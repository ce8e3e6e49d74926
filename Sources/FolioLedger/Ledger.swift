import FolioCore
import Foundation
import GRDB

/// The issuance ledger: one SQLite file (WAL mode) shared by every process that issues documents.
///
/// Numbers are assigned in a short transaction under SQLite's write lock, so concurrent processes get
/// consecutive numbers; documents render outside the lock and are recorded in a second one (see
/// ``Reservation``), and a failure consumes no number.
public final class Ledger: Sendable {
    /// Where the ledger lives unless `--ledger` or this environment variable says otherwise.
    public static let environmentVariable = "FOLIO_LEDGER"
    public static let defaultPath = "out/folio-ledger.sqlite"

    public let path: String
    let database: DatabaseQueue
    /// This connection's mark on the numbers it reserves, and the test of other issuers' liveness.
    let issuers: IssuerLock

    /// Opens (or creates) the ledger and brings its schema up to date.
    public init(path: String) throws {
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
            try LedgerSchema.migrator.migrate(database)
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

    /// Where issued PDFs go unless a command names the file: `documents/` beside the ledger.
    public var documentsFolder: String {
        URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("documents").path
    }

    /// The ledger path a command uses: its option, else the environment variable, else out/.
    public static func path(option: String?) -> String {
        option ?? ProcessInfo.processInfo.environment[environmentVariable] ?? defaultPath
    }
}
