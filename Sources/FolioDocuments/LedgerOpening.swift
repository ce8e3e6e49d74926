import FolioLedger
import Foundation

extension Ledger {
    /// Opens the ledger a command names: `--ledger`, else `FOLIO_LEDGER`, else out/folio-ledger.sqlite;
    /// a SQLite file's path or a PostgreSQL address (`postgres://USER:PASSWORD@HOST:PORT/DATABASE`).
    ///
    /// ```swift
    /// let ledger = try Ledger.named("postgres://folio:secret@db.internal/ledger")
    /// ```
    ///
    /// - Parameters:
    ///   - existing: refuse a SQLite file that does not exist (commands that only read or record on
    ///     issued documents), instead of creating it.
    ///   - writesFiles: for a PostgreSQL ledger, false to keep the PDFs in the database only (a server).
    /// - Throws: ``InputError`` naming `--ledger` for an address that cannot be read or a missing file;
    ///   ``LedgerUnavailable`` when the database cannot be opened.
    public static func named(_ option: String?, existing: Bool = false, writesFiles: Bool = true) throws -> Ledger {
        let text = path(option: option)
        let location: LedgerLocation
        do { location = try LedgerLocation(text) } catch { throw InputError(source: "--ledger", "\(error)") }
        if existing, case .sqlite(let path) = location, !FileManager.default.fileExists(atPath: path) {
            throw InputError(source: "--ledger", "no ledger at \(path)")
        }
        do { return try Ledger(location: location, writesFiles: writesFiles) } catch { throw LedgerUnavailable("\(location): \(error)") }
    }

    /// The ledger a command that can do without one reads: `--ledger` when given (it must exist),
    /// else `FOLIO_LEDGER` or out/folio-ledger.sqlite when there is one; nil otherwise.
    public static func ifAny(_ option: String?) throws -> Ledger? {
        let named = path(option: option)
        guard option != nil || named.hasPrefix("postgres") || FileManager.default.fileExists(atPath: named) else { return nil }
        return try Ledger.named(option, existing: true)
    }
}
