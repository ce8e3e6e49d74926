import FolioLedger
import Foundation
import GRDB
import Testing

/// The databases every ledger test runs on: a SQLite file, and PostgreSQL when the test command
/// started its throwaway cluster (`scripts/test-postgres.sh` sets FOLIO_TEST_POSTGRES).
enum LedgerBackend: String, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    static let available: [LedgerBackend] = TestLedger.cluster == nil ? [.sqlite] : [.sqlite, .postgres]
    var testDescription: String { self == .sqlite ? "SQLite" : "PostgreSQL" }
}

/// A new, empty ledger for one test, and the database under it as its owner reaches it.
struct TestLedger {
    /// The test cluster's address (its `postgres` database), when there is one.
    static let cluster = ProcessInfo.processInfo.environment["FOLIO_TEST_POSTGRES"]

    let backend: LedgerBackend
    /// The test's own folder: the SQLite file, the PDFs written.
    let folder: String
    let location: LedgerLocation

    init(backend: LedgerBackend, folder: String, location: LedgerLocation) {
        self.backend = backend
        self.folder = folder
        self.location = location
    }

    init(_ backend: LedgerBackend) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-ledger-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        self.backend = backend
        switch backend {
        case .sqlite:
            location = .sqlite(path: folder + "/ledger.sqlite")
        case .postgres:
            location = .postgres(try PostgresAddress(try Self.newDatabase()))
        }
    }

    /// Opens the ledger (a connection of its own each time, as another process would).
    func open() throws -> Ledger {
        try Ledger(location: location, documentsFolder: folder + "/documents")
    }

    /// A new database in the test cluster; its address.
    static func newDatabase() throws -> String {
        guard let cluster, var components = URLComponents(string: cluster) else { throw RawSQLRefused(message: "no test cluster") }
        let name = "folio_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try psql(cluster, "CREATE DATABASE \(name)")
        components.path = "/" + name
        return components.string ?? cluster
    }

    /// Runs SQL straight on the database, as someone holding the file or the owner's password could.
    /// - Throws: ``RawSQLRefused`` with the database's message.
    func execute(_ sql: String) throws {
        switch location {
        case .sqlite(let path):
            let database = try DatabaseQueue(path: path)
            do { try database.write { try $0.execute(sql: sql) } } catch { throw RawSQLRefused(message: "\(error)") }
            try database.close()
        case .postgres(let address):
            try Self.psql(address.url, sql)
        }
    }

    private static func psql(_ address: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = [address, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw RawSQLRefused(message: message) }
    }
}

/// The database refused a statement run on it directly.
struct RawSQLRefused: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
