import Foundation

/// A PostgreSQL database as `--ledger` names it: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`,
/// with `?sslmode=require` to insist on TLS (the default, `disable`, suits a loopback or a private network).
///
/// ```swift
/// let address = try PostgresAddress("postgres://folio:secret@db.internal:5432/ledger")
/// address.description    // "postgres://folio@db.internal:5432/ledger" (never the password)
/// ```
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    /// Whether the connection must be encrypted.
    public var requiresTLS: Bool

    static func isAddress(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// - Throws: ``LedgerFailure`` naming the part of the address that is missing or wrong.
    public init(_ text: String) throws {
        guard Self.isAddress(text), let components = URLComponents(string: text) else {
            throw LedgerFailure("\(Self.redacted(text)): not a PostgreSQL address (postgres://USER:PASSWORD@HOST:PORT/DATABASE)")
        }
        guard let host = components.host, !host.isEmpty else {
            throw LedgerFailure("\(Self.redacted(text)): the address names no host")
        }
        guard let user = components.user, !user.isEmpty else {
            throw LedgerFailure("\(Self.redacted(text)): the address names no user")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw LedgerFailure("\(Self.redacted(text)): the address names no database (…/DATABASE)")
        }
        if let port = components.port, !(1...65535).contains(port) {
            throw LedgerFailure("\(Self.redacted(text)): \(port) is not a port")
        }
        var requiresTLS = false
        for item in components.queryItems ?? [] {
            switch (item.name, item.value) {
            case ("sslmode", "disable"): requiresTLS = false
            case ("sslmode", "require"): requiresTLS = true
            default:
                throw LedgerFailure("\(Self.redacted(text)): \(item.name)=\(item.value ?? "") is not understood (only sslmode=disable or sslmode=require)")
            }
        }
        self.host = host
        self.port = components.port ?? 5432
        self.user = user.removingPercentEncoding ?? user
        self.password = components.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database.removingPercentEncoding ?? database
        self.requiresTLS = requiresTLS
    }

    /// The address without its password, as messages and logs show it.
    public var description: String {
        "postgres://\(user)@\(host):\(port)/\(database)\(requiresTLS ? "?sslmode=require" : "")"
    }

    /// The whole address, password included, for a program that connects to it (psql, pg_dump).
    public var url: String {
        var components = URLComponents()
        components.scheme = "postgres"
        components.user = user
        components.password = password
        components.host = host
        components.port = port
        components.path = "/" + database
        if requiresTLS { components.queryItems = [URLQueryItem(name: "sslmode", value: "require")] }
        return components.string ?? description
    }

    /// An address as given, its password hidden: for messages about an address that could not be read.
    static func redacted(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"),
              let colon = text[scheme.upperBound..<at].firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }
}
