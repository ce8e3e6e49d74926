import Foundation
import NIOConcurrencyHelpers
import PostgresNIO

/// Tells a reservation whose issuer is still at work from one whose issuer died, across machines.
///
/// Each ledger store that reserves a number holds a session advisory lock keyed by its token, on a
/// connection of its own, for as long as it is open. PostgreSQL drops the lock when that session
/// ends, however the process ended (a SIGKILL closes its socket), so a lock that can be taken means
/// the issuer is gone.
final class PostgresIssuers: Sendable {
    private let connections: PostgresConnections
    private let held = NIOLockedValueBox<(token: String, connection: PostgresConnection)?>(nil)

    init(connections: PostgresConnections) {
        self.connections = connections
    }

    deinit {
        // Closing the session releases the issuer's lock; the connection lives until it is closed.
        if let connection = held.withLockedValue({ $0?.connection }) {
            connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
        }
    }

    /// This store's token, its lock taken on first use (again, under a new token, if its connection was lost).
    func token() throws -> String {
        try held.withLockedValue { held in
            if let held, !held.connection.isClosed { return held.token }
            let token = UUID().uuidString.lowercased()
            let connection = try connections.open()
            _ = try connections.run("SELECT pg_advisory_lock(\(Self.key(token)))", on: connection)
            held = (token, connection)
            return token
        }
    }

    /// Whether the issuer holding `token` is gone: given up (empty token), or its lock free.
    /// When the database cannot tell, the issuer counts as alive: its reservation is left alone.
    func isGone(_ token: String) -> Bool {
        guard !token.isEmpty else { return true }
        if held.withLockedValue({ $0?.token == token }) { return false }
        let key = Self.key(token)
        return (try? connections.withConnection { connection -> Bool in
            let free = try connections.run("SELECT pg_try_advisory_lock(\(key))", on: connection).rows.first?.decode(Bool.self) ?? false
            if free { _ = try connections.run("SELECT pg_advisory_unlock(\(key))", on: connection) }
            return free
        }) ?? false
    }

    /// The lock's 64-bit key: the token's first 16 hexadecimal digits (a UUID's), else a hash of it.
    static func key(_ token: String) -> Int64 {
        let digits = token.filter(\.isHexDigit)
        if digits.count >= 16, let value = UInt64(digits.prefix(16), radix: 16) { return Int64(bitPattern: value) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325    // FNV-1a: a stable key for any other token
        for byte in token.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int64(bitPattern: hash)
    }
}
