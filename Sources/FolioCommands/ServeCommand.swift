import ArgumentParser
import FolioDocuments
import FolioServer
import Foundation

/// `folio serve`: the HTTP API for webshops, ERPs and CRMs.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the HTTP API (api/openapi.yaml) and the pages for sales, finance and legal.",
        discussion: """
            Each API key belongs to one company profile; a request sees and issues only that \
            company's documents. Keys are made with `folio serve add-key` and kept hashed in the \
            keys file. People sign in to the pages with a users file (`folio serve add-user`). \
            TLS is left to a reverse proxy (see the README). SIGTERM or SIGINT \
            stops the server after the requests in flight.
            Examples:
              folio serve add-key --keys keys.yaml --name webshop --company profile.yaml
              folio serve --keys keys.yaml --ledger postgres://folio@db.internal/ledger
              folio serve --users users.yaml --ledger out/folio-ledger.sqlite
            """,
        subcommands: [Run.self, AddKey.self, AddUser.self],
        defaultSubcommand: Run.self)

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "run", abstract: "Serve the API (the default).")

        @Option(help: "The address to listen on.")
        var host = "127.0.0.1"

        @Option(help: "The port to listen on (0: any free port, printed once listening).")
        var port = 8080

        @Option(help: "The API keys file (made by folio serve add-key).")
        var keys: String?

        @Option(help: "The users file of the pages (made by folio serve add-user); no pages without it.")
        var users: String?

        @Option(help: "The key that signs session cookies, shared by every server (default: sessions.key beside the users file; made if missing).")
        var sessionKey: String?

        @Flag(help: "Secure cookies, for a server reached over HTTPS through a proxy (default: unless listening on a loopback address).")
        var secureCookies = false

        @Flag(help: "Cookies without Secure even on a public address (a server reached over plain HTTP).")
        var insecureCookies = false

        @Flag(help: "Behind a reverse proxy: count sign-in attempts by the client's address in X-Forwarded-For.")
        var behindProxy = false

        @Option(help: "The ledger: a SQLite file or a postgres:// address (default: $FOLIO_LEDGER, else out/folio-ledger.sqlite).")
        var ledger: String?

        @Option(help: "Rendering threads, each with its own fonts (default: the number of cores).")
        var workers: Int?

        @Option(help: "Requests that may wait for a worker before the server answers 503.")
        var queue = 256

        @Option(help: "Log level: trace, debug, info, notice, warning, error.")
        var logLevel = "info"

        mutating func run() async throws {
            guard keys != nil || users != nil else { throw ValidationError("give --keys (the API), --users (the pages) or both") }
            guard !(secureCookies && insecureCookies) else { throw ValidationError("--secure-cookies or --insecure-cookies, not both") }
            var settings = FolioServer.Settings(keysFile: keys, ledger: ledger)
            settings.usersFile = users
            settings.sessionKeyFile = sessionKey
            settings.secureCookies = secureCookies ? true : insecureCookies ? false : nil
            settings.behindProxy = behindProxy
            settings.host = host
            settings.port = port
            if let workers {
                guard workers > 0 else { throw ValidationError("--workers: at least 1") }
                settings.workers = workers
            }
            guard queue > 0 else { throw ValidationError("--queue: at least 1") }
            settings.queue = queue
            settings.logLevel = logLevel
            let server = try FolioServer(settings: settings)
            try await server.run { address in
                // Written at once, unbuffered: a supervisor or a test waits for this line.
                FileHandle.standardOutput.write(Data("Listening on \(address)\n".utf8))
            }
        }
    }

    struct AddUser: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-user",
            abstract: "Add a person who signs in to the pages; the password is read from standard input, kept as a scrypt hash.",
            discussion: """
                Roles: sales (quotes), finance (invoices, payments, reminders), legal (terms), admin (all). \
                The password (at least 12 characters) is the first line of standard input, so it \
                appears in no command line. Example:
                  folio serve add-user --users users.yaml --login jeanne --name "J. Dupont" \\
                      --company profile.yaml --role sales < password.txt
                """)

        @Option(help: "The users file (created if missing).")
        var users: String

        @Option(help: "The login: lowercase letters, digits, dots, dashes, underscores.")
        var login: String

        @Option(help: "The person's name, as the pages show it.")
        var name: String

        @Option(help: "The company profile the person works for.")
        var company: String

        @Option(help: "A role: sales, finance, legal or admin (repeatable).")
        var role: [String] = []

        mutating func run() throws {
            guard let password = readLine(strippingNewline: true) else {
                throw ValidationError("the password is read from standard input: none was given")
            }
            try FolioServer.addUser(login: login, name: name, company: company, roles: role, password: password, usersFile: users)
            print("Added \(login) (\(role.joined(separator: ", "))) to \(users)")
        }
    }

    struct AddKey: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-key",
            abstract: "Make an API key for a company; print it once, keep its SHA-256 in the keys file.")

        @Option(help: "The keys file (created if missing).")
        var keys: String

        @Option(help: "Who the key is for (shown in the logs).")
        var name: String

        @Option(help: "The company profile the key issues for.")
        var company: String

        mutating func run() throws {
            let key = try FolioServer.addKey(name: name, company: company, keysFile: keys)
            print(key)
        }
    }
}
