import Crypto
import Foundation
import GRDB

/// A link of the hash chain: each entry's hash seals its record and the previous entry's hash, so
/// changing, removing or reordering any record breaks every hash after it.
struct LedgerEntry: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "entry"

    enum Kind: String, Sendable, Hashable, Codable {
        case document, decision, payment, notice
        case contractNotice = "contract-notice"
    }

    var position: Int64
    var kind: Kind
    var previousHash: String
    var hash: String

    /// The hash before the first entry.
    static let genesis = String(repeating: "0", count: 64)

    /// SHA-256 of the previous hash, the kind and every sealed field, each written with its length so
    /// that no two different records read the same.
    static func hash(previous: String, kind: Kind, position: Int64, fields: [(String, String?)]) -> String {
        var text = "folio-ledger-1\n\(previous)\n\(kind.rawValue)\n\(position)\n"
        for (name, value) in fields {
            if let value {
                text += "\(name):\(value.utf8.count):\(value)\n"
            } else {
                text += "\(name):-\n"
            }
        }
        return SHA256Hex.of(Data(text.utf8))
    }
}

/// Hex SHA-256 of bytes (PDFs, chain links).
public enum SHA256Hex {
    public static func of(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    public static func of(_ bytes: [UInt8]) -> String { of(Data(bytes)) }
}
