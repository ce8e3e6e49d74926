import Foundation

/// Where a ledger is: a SQLite file, or a PostgreSQL database given by its `postgres://` address.
public enum LedgerLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresAddress)

    /// Reads `--ledger` or `FOLIO_LEDGER`: an address starting `postgres://` or `postgresql://`, else a file's path.
    ///
    /// - Throws: ``LedgerFailure`` naming what is wrong with a PostgreSQL address.
    public init(_ text: String) throws {
        if PostgresAddress.isAddress(text) {
            self = .postgres(try PostgresAddress(text))
        } else {
            self = .sqlite(path: text)
        }
    }

    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let address): address.description
        }
    }
}
