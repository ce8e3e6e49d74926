import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A real `folio serve` process on a free port, and an HTTP client for it.
final class ServedFolio: @unchecked Sendable {
    let process: Process
    /// `http://127.0.0.1:PORT`.
    let address: String
    let errors: URL

    /// Starts `folio serve` and waits until it listens.
    init(keys: String?, ledger: String, arguments: [String] = [], environment: [String: String] = [:]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        errors = folder.appendingPathComponent("stderr.log")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process = Process()
        process.executableURL = FolioCLITests.binary
        process.arguments = ["serve"] + (keys.map { ["--keys", $0] } ?? []) + ["--ledger", ledger, "--port", "0"] + arguments
        process.currentDirectoryURL = FolioCLITests.root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        // The first line of standard output is « Listening on http://127.0.0.1:PORT ».
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: "http://") else {
            process.waitUntilExit()
            throw ServeFailed(log: (try? String(contentsOf: errors, encoding: .utf8)) ?? text)
        }
        address = String(text[range.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// SIGTERM (a graceful stop), and its exit status.
    @discardableResult
    func stop() -> Int32 {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// SIGKILL: no chance to finish anything.
    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    var log: String { (try? String(contentsOf: errors, encoding: .utf8)) ?? "" }

    struct ServeFailed: Error, CustomStringConvertible {
        let log: String
        var description: String { "folio serve did not start: \(log)" }
    }
}

/// An answer of the server.
struct HTTPAnswer: Sendable {
    let status: Int
    let headers: [String: String]
    let body: Data
    var text: String { String(decoding: body, as: UTF8.self) }
    var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any]) ?? [:] }
    func header(_ name: String) -> String? { headers.first { $0.key.lowercased() == name.lowercased() }?.value }
}

/// Requests to a served Folio with one API key.
struct APIClient: Sendable {
    let address: String
    let key: String?

    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 300
        configuration.httpMaximumConnectionsPerHost = 64
        return URLSession(configuration: configuration)
    }()

    func send(_ method: String, _ path: String, body: Data? = nil, type: String = "application/json",
              headers: [String: String] = [:]) async throws -> HTTPAnswer {
        guard let url = URL(string: address + path) else { throw URLError(.badURL) }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        if body != nil { request.setValue(type, forHTTPHeaderField: "Content-Type") }
        if let key { request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await Self.session.data(for: request)
        let http = response as? HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http?.allHeaderFields ?? [:] { fields["\(name)"] = "\(value)" }
        return HTTPAnswer(status: http?.statusCode ?? 0, headers: fields, body: data)
    }

    func get(_ path: String) async throws -> HTTPAnswer { try await send("GET", path) }

    /// Posts an order file as it is written (YAML).
    func post(_ path: String, orderFile: String, headers: [String: String] = [:]) async throws -> HTTPAnswer {
        let text = try String(contentsOfFile: FolioCLITests.root.path + "/" + orderFile, encoding: .utf8)
        return try await send("POST", path, body: Data(text.utf8), type: "application/yaml", headers: headers)
    }

    func post(_ path: String, json: String, headers: [String: String] = [:]) async throws -> HTTPAnswer {
        try await send("POST", path, body: Data(json.utf8), headers: headers)
    }
}

/// Keys for two companies in a keys file of a new folder: A, the example company; B, seed 001's.
struct TwoCompanies {
    let folder: String
    let keys: String
    let keyA: String
    let keyB: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-keys-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let keys = folder + "/keys.yaml"
        self.keys = keys
        keyA = try Self.add("shop-a", "examples/company/profile.yaml", to: keys)
        keyB = try Self.add("shop-b", "examples/seeds/001-qwerix-services/profile.yaml", to: keys)
    }

    /// `folio serve add-key`: the key it prints.
    static func add(_ name: String, _ profile: String, to keys: String) throws -> String {
        let run = try FolioCLITests.folio("serve", "add-key", "--keys", keys, "--name", name, "--company", profile)
        guard run.status == 0 else { throw ServedFolio.ServeFailed(log: run.error) }
        return run.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
