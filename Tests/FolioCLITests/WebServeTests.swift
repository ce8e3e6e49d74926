import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `folio serve --users`: what the pages' HTTP carries, without a browser: redirects, cookies'
/// flags, security headers, forms refused, and the errors of a wrong start.
@Suite("folio serve's pages over HTTP", .serialized)
struct WebServeTests {
    /// A users file with one person of each role for the example company, in a new folder.
    struct Users {
        let folder: String
        let file: String
        static let password = "a-password-of-the-tests"

        init(_ entries: [(login: String, role: String)] = [("sales", "sales"), ("finance", "finance")]) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-users-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            file = folder + "/users.yaml"
            for entry in entries {
                let process = Process()
                process.executableURL = FolioCLITests.binary
                process.arguments = ["serve", "add-user", "--users", file, "--login", entry.login, "--name", entry.login,
                                     "--company", "examples/company/profile.yaml", "--role", entry.role]
                process.currentDirectoryURL = FolioCLITests.root
                let input = Pipe()
                process.standardInput = input
                process.standardOutput = Pipe()
                try process.run()
                input.fileHandleForWriting.write(Data((Self.password + "\n").utf8))
                try input.fileHandleForWriting.close()
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
            }
        }
    }

    /// Requests that do not follow redirects and keep no cookies: each test reads them itself.
    final class Browserless: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
        lazy var session = URLSession(configuration: {
            let configuration = URLSessionConfiguration.ephemeral
            configuration.httpShouldSetCookies = false
            configuration.httpCookieAcceptPolicy = .never
            return configuration
        }(), delegate: self, delegateQueue: nil)

        func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
            completionHandler(nil)
        }

        func send(_ method: String, _ url: String, form: String? = nil, headers: [String: String] = [:]) async throws -> HTTPAnswer {
            var request = URLRequest(url: try #require(URL(string: url)))
            request.httpMethod = method
            if let form {
                request.httpBody = Data(form.utf8)
                request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
            }
            for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
            let (data, response) = try await session.data(for: request)
            let http = try #require(response as? HTTPURLResponse)
            var fields: [String: String] = [:]
            for (name, value) in http.allHeaderFields { fields["\(name)"] = "\(value)" }
            return HTTPAnswer(status: http.statusCode, headers: fields, body: data)
        }
    }

    static func field(_ name: String, in html: String) -> String? {
        html.components(separatedBy: "name=\"\(name)\" value=\"").dropFirst().first?.components(separatedBy: "\"").first
    }

    /// Signs in through the form: the session cookie (name=value).
    static func signIn(_ client: Browserless, _ address: String, login: String) async throws -> (cookie: String, answer: HTTPAnswer) {
        let page = try await client.send("GET", address + "/sign-in")
        let presession = try #require(page.header("Set-Cookie")?.components(separatedBy: ";").first)
        let csrf = try #require(field("csrf", in: page.text))
        let answer = try await client.send("POST", address + "/sign-in", form: "csrf=\(csrf)&login=\(login)&password=\(Users.password)&next=%2F",
                                           headers: ["Cookie": presession])
        let cookie = answer.header("Set-Cookie")?.components(separatedBy: ";").first ?? ""
        return (cookie, answer)
    }

    @Test("Signing in sets an HttpOnly, SameSite cookie; pages carry a content security policy; a changed cookie or a foreign Origin is refused")
    func cookiesAndHeaders() async throws {
        let users = try Users()
        let server = try ServedFolio(keys: nil, ledger: users.folder + "/ledger.sqlite", arguments: ["--users", users.file])
        defer { server.stop() }
        let client = Browserless()
        let first = try await client.send("GET", server.address + "/ledger")
        #expect(first.status == 303 && first.header("Location") == "/sign-in?next=%2Fledger")
        let page = try await client.send("GET", server.address + "/sign-in")
        #expect(page.header("Content-Security-Policy")?.contains("script-src 'self'") == true)
        #expect(page.header("X-Content-Type-Options") == "nosniff" && page.header("Cache-Control") == "no-store")
        #expect(FileManager.default.fileExists(atPath: users.folder + "/sessions.key"), "the sessions key is made beside the users file")

        let (cookie, answer) = try await Self.signIn(client, server.address, login: "finance")
        #expect(answer.status == 303)
        let flags = answer.header("Set-Cookie") ?? ""
        #expect(cookie.hasPrefix("folio_session=") && flags.contains("HttpOnly") && flags.contains("SameSite=Lax"), "\(flags)")
        #expect(!flags.contains("Secure"), "on loopback without --secure-cookies: \(flags)")
        let ledger = try await client.send("GET", server.address + "/ledger", headers: ["Cookie": cookie])
        #expect(ledger.status == 200, "\(ledger.text.prefix(500))")
        #expect(try await client.send("GET", server.address + "/quotes", headers: ["Cookie": cookie]).status == 403, "finance has no quotes")

        // The cookie changed by its holder (another login in it) is no session.
        let value = String(cookie.dropFirst("folio_session=".count))
        let parts = value.split(separator: ".")
        let forged = "folio_session=" + Data("sales|4102444800|x".utf8).base64EncodedString().replacingOccurrences(of: "=", with: "") + "." + parts[1]
        #expect(try await client.send("GET", server.address + "/quotes", headers: ["Cookie": forged]).status == 303)

        // A form posted from another site's page, even with the right token.
        let csrf = try #require(Self.field("csrf", in: ledger.text))
        let foreign = try await client.send("POST", server.address + "/sign-out", form: "csrf=\(csrf)",
                                            headers: ["Cookie": cookie, "Origin": "https://evil.example"])
        #expect(foreign.status == 403)
        let missing = try await client.send("POST", server.address + "/sign-out", form: "", headers: ["Cookie": cookie])
        #expect(missing.status == 403 && missing.text.contains("security token"))
        #expect(try await client.send("POST", server.address + "/sign-out", form: "csrf=\(csrf)", headers: ["Cookie": cookie]).status == 303)
        // No API key file: every /v1 request is refused.
        #expect(try await client.send("GET", server.address + "/v1/documents").status == 401)
    }

    @Test("--secure-cookies: the session cookie is Secure under a __Host- name")
    func secureCookies() async throws {
        let users = try Users()
        let server = try ServedFolio(keys: nil, ledger: users.folder + "/ledger.sqlite", arguments: ["--users", users.file, "--secure-cookies"])
        defer { server.stop() }
        let (cookie, answer) = try await Self.signIn(Browserless(), server.address, login: "sales")
        #expect(cookie.hasPrefix("__Host-folio_session="), "\(cookie)")
        #expect(answer.header("Set-Cookie")?.contains("Secure") == true)
    }

    @Test("A wrong start says what is wrong: neither keys nor users, a users file with an unknown role")
    func wrongStart() throws {
        let neither = try FolioCLITests.folio("serve", "--port", "0")
        #expect(neither.status != 0 && neither.error.contains("--keys") && neither.error.contains("--users"), "\(neither.error)")
        let users = try Users()
        let text = try String(contentsOfFile: users.file, encoding: .utf8).replacingOccurrences(of: "- finance", with: "- accounting")
        try text.write(toFile: users.file, atomically: true, encoding: .utf8)
        let wrong = try FolioCLITests.folio("serve", "--users", users.file, "--ledger", users.folder + "/ledger.sqlite", "--port", "0")
        #expect(wrong.status == 1 && wrong.error.contains("users[1].roles") && wrong.error.contains("accounting is not sales, finance, legal or admin"),
                "\(wrong.error)")
    }
}
