import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// Connections to one PostgreSQL database for the ledger's synchronous calls.
///
/// The library renders on ordinary threads (the command line's, a server's workers) and its ledger
/// calls return their answer, so each query here waits for PostgresNIO's future. That wait is only
/// ever made off NIO's event loops, which run the connections themselves. Connections are kept
/// for reuse; one that failed is closed, never reused.
final class PostgresConnections: Sendable {
    let address: PostgresAddress
    private let configuration: PostgresConnection.Configuration
    private let idle = NIOLockedValueBox<[PostgresConnection]>([])
    private let nextID = NIOLockedValueBox(0)
    let logger: Logger

    init(address: PostgresAddress) throws {
        self.address = address
        let tls: PostgresConnection.Configuration.TLS
        if address.requiresTLS {
            tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        } else {
            tls = .disable
        }
        configuration = PostgresConnection.Configuration(host: address.host, port: address.port, username: address.user,
                                                         password: address.password, database: address.database, tls: tls)
        var logger = Logger(label: "folio.ledger.postgres")
        logger.logLevel = .error
        self.logger = logger
    }

    deinit {
        for connection in idle.withLockedValue({ $0 }) { connection.close().whenComplete { _ in withExtendedLifetime(connection) {} } }
    }

    /// A new connection, not from the pool (the issuer's lock holds one for the store's life).
    func open() throws -> PostgresConnection {
        let id = nextID.withLockedValue { $0 += 1; return $0 }
        do {
            return try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                                                  id: id, logger: logger).wait()
        } catch {
            throw LedgerFailure("cannot connect to \(address): \(PostgresFailure.reason(error))")
        }
    }

    /// Runs `work` on a connection of the pool, opened if none is free.
    func withConnection<T>(_ work: (PostgresConnection) throws -> T) throws -> T {
        let connection = try idle.withLockedValue { $0.popLast() } ?? open()
        do {
            let result = try work(connection)
            if !connection.isClosed { idle.withLockedValue { $0.append(connection) } }
            return result
        } catch {
            // Whatever failed, the connection goes back only once its transaction is rolled back;
            // one that cannot even do that is broken and closed.
            if !connection.isClosed, (try? connection.query("ROLLBACK", logger: logger).wait()) != nil {
                idle.withLockedValue { $0.append(connection) }
            } else {
                connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
            }
            throw error
        }
    }

    /// Runs one statement and returns its rows.
    func run(_ query: PostgresQuery, on connection: PostgresConnection) throws -> PostgresQueryResult {
        do {
            return try connection.query(query, logger: logger).wait()
        } catch {
            throw PostgresFailure.from(error)
        }
    }
}

/// How a PostgreSQL error reads in Folio's messages: the server's own message, not PostgresNIO's
/// deliberately vague description (which hides it in case it quotes data).
enum PostgresFailure {
    static func from(_ error: any Error) -> LedgerFailure {
        LedgerFailure(reason(error))
    }

    static func reason(_ error: any Error) -> String {
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] {
                return message + (psql.serverInfo?[.detail].map { " (\($0))" } ?? "")
            }
            return "\(psql.code)" + (psql.underlying.map { ": \($0)" } ?? "")
        }
        return "\(error)"
    }
}
