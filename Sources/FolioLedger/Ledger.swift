import FolioCore
import Foundation

/// The issuance ledger: gapless numbers per series, records never changed, a hash chain over them,
/// and the PDFs they cite; kept in one SQLite file for one machine, or in PostgreSQL for several.
///
/// Numbers are assigned in a short transaction alone among the ledger's writers, so concurrent
/// processes get consecutive numbers; documents render outside it and are recorded in a second one
/// (see ``Reservation``), and a failure consumes no number. Both stores keep the same rules: they
/// are written once, here, over ``LedgerStore``'s primitives.
public final class Ledger: Sendable {
    /// Where the ledger lives unless `--ledger` or this environment variable says otherwise.
    public static let environmentVariable = "FOLIO_LEDGER"
    public static let defaultPath = "out/folio-ledger.sqlite"
    /// Where a machine writes its copies of the PDFs a PostgreSQL ledger keeps (default out/documents).
    public static let documentsVariable = "FOLIO_DOCUMENTS"

    public let location: LedgerLocation
    let store: any LedgerStore
    /// Where issued PDFs go unless a command names the file.
    public let documentsFolder: String
    /// Whether PDFs are written to ``documentsFolder`` as well as kept in the database (PostgreSQL).
    /// A SQLite ledger always writes them: the file is the document it keeps.
    public let writesFiles: Bool

    /// Opens (or creates) the SQLite ledger at `path` and brings its schema up to date.
    public convenience init(path: String) throws {
        try self.init(location: .sqlite(path: path))
    }

    /// Opens the ledger at `location`, creating its tables or bringing them up to date.
    ///
    /// - Parameters:
    ///   - documentsFolder: for a PostgreSQL ledger, where this machine writes its copies of the PDFs
    ///     it issues (default `$FOLIO_DOCUMENTS`, else `out/documents`); a SQLite ledger's are in
    ///     `documents/` beside its file.
    ///   - writesFiles: for a PostgreSQL ledger, false to keep the PDFs in the database only (a server).
    /// - Throws: ``LedgerFailure`` when the database cannot be reached or its schema is newer than this Folio.
    public init(location: LedgerLocation, documentsFolder: String? = nil, writesFiles: Bool = true) throws {
        self.location = location
        switch location {
        case .sqlite(let path):
            let store = try SQLiteLedgerStore(path: path)
            self.store = store
            self.documentsFolder = URL(fileURLWithPath: store.path).deletingLastPathComponent().appendingPathComponent("documents").path
            self.writesFiles = true
        case .postgres(let address):
            self.store = try PostgresLedgerStore(address: address)
            let folder = documentsFolder ?? ProcessInfo.processInfo.environment[Self.documentsVariable] ?? "out/documents"
            self.documentsFolder = URL(fileURLWithPath: folder).standardizedFileURL.path
            self.writesFiles = writesFiles
        }
    }

    /// How messages name the ledger: its file, or its PostgreSQL address without the password.
    public var path: String { store.name }

    /// The ledger a command uses: its option, else the environment variable, else out/folio-ledger.sqlite.
    public static func path(option: String?) -> String {
        option ?? ProcessInfo.processInfo.environment[environmentVariable] ?? defaultPath
    }
}
