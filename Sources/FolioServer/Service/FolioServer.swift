import FolioDocuments
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// `folio serve`: the API over one ledger, for the companies of its API keys.
///
/// ```swift
/// let server = try FolioServer(settings: .init(keysFile: "keys.yaml", ledger: "postgres://folio@db/ledger"))
/// try await server.run()   // until SIGTERM or SIGINT; in-flight issues are finished first
/// ```
public struct FolioServer: Sendable {
    /// How the server runs.
    public struct Settings: Sendable {
        public var host = "127.0.0.1"
        /// 0: any free port (printed once listening).
        public var port = 8080
        /// The API keys file (``APIKeys``); nil: no API key is accepted.
        public var keysFile: String?
        /// The users file of the pages (``WebUsers``); nil: no pages.
        public var usersFile: String?
        /// The key signing session cookies; nil: `sessions.key` beside the users file (made when missing).
        public var sessionKeyFile: String?
        /// Secure cookies (`__Host-` names); nil: secure unless the server listens on a loopback address.
        public var secureCookies: Bool?
        /// Behind a reverse proxy: the sign-in throttle counts the client's address from `X-Forwarded-For`.
        public var behindProxy = false
        /// The ledger's path or address (`--ledger`, else `FOLIO_LEDGER`, else out/folio-ledger.sqlite).
        public var ledger: String?
        /// Rendering threads (default: one per core).
        public var workers = ProcessInfo.processInfo.activeProcessorCount
        /// Requests that may wait for a worker before the server answers 503.
        public var queue = 256
        /// How long a request may wait for a worker before the server answers 503.
        public var patience: Duration = .seconds(30)
        /// How long an idle connection is kept, in seconds.
        public var idleTimeout: Int64 = 60
        /// trace, debug, info, notice, warning, error or critical.
        public var logLevel = "info"

        public init(keysFile: String?, ledger: String? = nil) {
            self.keysFile = keysFile
            self.ledger = ledger
        }
    }

    let settings: Settings
    let level: Logger.Level
    let keys: APIKeys
    let users: WebUsers?
    let sessionKey: SessionKey?
    let ledger: Ledger

    /// Reads the keys and their companies' profiles, and opens the ledger (a server keeps every PDF
    /// in a PostgreSQL ledger's database, and writes none beside it).
    /// - Throws: ``InputError`` for a keys file or profile that cannot be used; ``LedgerUnavailable``.
    public init(settings: Settings) throws {
        guard let level = Logger.Level(rawValue: settings.logLevel) else {
            throw InputError(source: "--log-level", "\(settings.logLevel) is not trace, debug, info, notice, warning, error or critical")
        }
        self.settings = settings
        self.level = level
        keys = try settings.keysFile.map(APIKeys.init(file:)) ?? APIKeys.none
        users = try settings.usersFile.map(WebUsers.init(file:))
        sessionKey = try settings.usersFile.map { users in
            try SessionKey.load(orCreate: settings.sessionKeyFile
                ?? URL(fileURLWithPath: users).deletingLastPathComponent().appendingPathComponent("sessions.key").path)
        }
        ledger = try Ledger.named(settings.ledger, writesFiles: false)
    }

    /// Serves until SIGTERM or SIGINT, then stops accepting connections, finishes the requests in
    /// flight (an issue under way is recorded), and returns. `onListening` gets the address.
    public func run(onListening: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        let logger = { () -> Logger in
            var logger = Logger(label: "folio.serve")
            logger.logLevel = level
            return logger
        }()
        let workers = WorkerPool(workers: settings.workers, capacity: settings.queue, patience: settings.patience)
        defer { workers.shutdown() }
        let contract = try String(contentsOf: FolioResources.locate().appendingPathComponent("api/openapi.yaml"), encoding: .utf8)
        let api = FolioAPI(ledger: ledger, workers: workers, limits: .init(), contract: contract, metrics: .bootstrap())
        let router = Router(context: FolioRequestContext.self)
        router.add(middleware: MetricsMiddleware())
        // Method and path of every request with its id, at info; never a body, so no order data.
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: ProblemMiddleware())
        let open = router.group()
        let authenticated = router.group("v1").add(middleware: APIKeyMiddleware(keys: keys))
        for route in api.routes {
            let isV1 = route.path.hasPrefix("/v1/")
            let path = RouterPath(isV1 ? String(route.path.dropFirst(3)) : route.path)
            (isV1 ? authenticated : open).on(path, method: route.method, use: route.handler)
        }
        if let users, let sessionKey {
            let folder = try FolioResources.locate().appendingPathComponent("web")
            let secure = settings.secureCookies ?? !["127.0.0.1", "localhost", "::1"].contains(settings.host)
            let pages = WebPages(api: api, users: users, key: sessionKey, views: try PageViews(folder: folder), throttle: SignInThrottle(),
                                 secureCookies: secure)
            if secure, settings.secureCookies == nil {
                logger.notice("the pages' cookies are Secure: reach them over HTTPS (a TLS proxy), or give --insecure-cookies for plain HTTP")
            }
            let group = router.group()
                .add(middleware: SessionMiddleware(users: users, key: sessionKey, cookieName: pages.sessionCookie, behindProxy: settings.behindProxy))
                .add(middleware: PageErrorMiddleware(pages: pages))
                .add(middleware: SameOriginMiddleware())
            for route in pages.routes { group.on(RouterPath(route.path), method: route.method, use: route.handler) }
        }
        let interrupted = InterruptedIssuesService(ledger: ledger, workers: workers, interval: .seconds(2), logger: logger)
        let app = Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: .seconds(settings.idleTimeout))),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "folio"),
            services: [interrupted],
            onServerRunning: { channel in
                let address = channel.localAddress.map { "http://\(settings.host):\($0.port ?? settings.port)" } ?? "?"
                logger.notice("listening", metadata: ["address": .string(address), "ledger": .string(ledger.path),
                                                      "companies": .string(Set(keys.companies + (users?.companies ?? [])).map(\.legalName).sorted().joined(separator: ", "))])
                onListening(address)
            },
            logger: logger)
        // SIGTERM and SIGINT start the graceful shutdown.
        try await app.runService()
    }

    /// Adds a person who signs in to the pages, for a company, with roles (sales, finance, legal,
    /// admin); the users file keeps a scrypt hash of the password, never the password.
    public static func addUser(login: String, name: String, company: String, roles: [String], password: String,
                               usersFile: String) throws {
        try WebUsers.add(login: login, name: name, company: company, roles: roles, password: password, to: usersFile)
    }

    /// Adds an API key for a company to a keys file and returns it (shown once; the file keeps its SHA-256).
    public static func addKey(name: String, company: String, keysFile: String) throws -> String {
        try APIKeys.add(name: name, company: company, to: keysFile)
    }
}
