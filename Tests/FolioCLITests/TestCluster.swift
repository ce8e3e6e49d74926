import Foundation
import Testing

/// The test command's throwaway PostgreSQL cluster (`scripts/test-postgres.sh` sets FOLIO_TEST_POSTGRES):
/// a new database per test, given to `folio` as its `--ledger`.
enum TestCluster {
    static let address = ProcessInfo.processInfo.environment["FOLIO_TEST_POSTGRES"]

    /// The ledgers a test of the command line runs on: a SQLite file, and PostgreSQL when the cluster runs.
    static let ledgerKinds: [LedgerKind] = address == nil ? [.sqlite] : [.sqlite, .postgres]

    /// The address of a new, empty database.
    static func newDatabase() throws -> String {
        guard let address, var components = URLComponents(string: address) else { throw ClusterMissing() }
        let name = "folio_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = [address, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", "CREATE DATABASE \(name)"]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ClusterMissing() }
        components.path = "/" + name
        return components.string ?? address
    }

    struct ClusterMissing: Error {}
}

enum LedgerKind: String, Sendable, CustomTestStringConvertible {
    case sqlite, postgres
    var testDescription: String { self == .sqlite ? "SQLite" : "PostgreSQL" }

    /// A new ledger for `folio --ledger`: a file in `folder`, or a new database.
    func newLedger(in folder: String) throws -> String {
        self == .sqlite ? folder + "/ledger.sqlite" : try TestCluster.newDatabase()
    }
}
