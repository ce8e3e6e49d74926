import Foundation
import Synchronization
import Testing

/// Several `folio serve` processes on one PostgreSQL ledger, as a company running them on several
/// machines: numbers stay gapless and unique under concurrent clients, and when a server is killed.
@Suite("folio serve: three servers on one PostgreSQL ledger", .serialized,
       .enabled(if: TestCluster.address != nil, "needs the test cluster of scripts/test-postgres.sh"))
struct ServeClusterTests {
    static let clients = 8
    static let invoicesPerClient = 100

    /// Three servers on a new database, with keys for company A.
    func servers() throws -> (ledger: String, keys: TwoCompanies, servers: [ServedFolio]) {
        let keys = try TwoCompanies()
        let ledger = try TestCluster.newDatabase()
        let servers = try (0..<3).map { _ in try ServedFolio(keys: keys.keys, ledger: ledger) }
        return (ledger, keys, servers)
    }

    /// Every client issues its invoices, each with its own Idempotency-Key, spreading them over the
    /// servers; a request that fails (a server gone) is retried on the next server with the same key.
    /// Returns the number each key got.
    func load(_ servers: [ServedFolio], key: String, alive: @escaping @Sendable (Int) -> Bool,
              afterEach: @escaping @Sendable () -> Void = {}) async throws -> [String: String] {
        let order = try Data(String(contentsOfFile: FolioCLITests.root.path + "/" + ServeTests.invoiceA, encoding: .utf8).utf8)
        let addresses = servers.map(\.address)
        return try await withThrowingTaskGroup(of: [String: String].self) { group in
            for client in 0..<Self.clients {
                group.addTask {
                    var numbers: [String: String] = [:]
                    for index in 0..<Self.invoicesPerClient {
                        let requestKey = "client-\(client)-invoice-\(index)"
                        var attempt = 0
                        while numbers[requestKey] == nil {
                            let server = (client + index + attempt) % addresses.count
                            attempt += 1
                            guard attempt < 200 else { throw RetriesExhausted(key: requestKey) }
                            guard alive(server) else { continue }
                            let api = APIClient(address: addresses[server], key: key)
                            guard let answer = try? await api.send("POST", "/v1/invoices", body: order, type: "application/yaml",
                                                                   headers: ["Idempotency-Key": requestKey]) else {
                                continue    // the server is gone: the same request goes to another
                            }
                            switch answer.status {
                            case 200, 201: numbers[requestKey] = answer.json["number"] as? String
                            case 409, 503: try await Task.sleep(for: .milliseconds(200))   // being completed, or busy
                            default: throw UnexpectedAnswer(status: answer.status, body: answer.text)
                            }
                        }
                        afterEach()
                    }
                    return numbers
                }
            }
            var all: [String: String] = [:]
            for try await numbers in group { all.merge(numbers) { first, _ in first } }
            return all
        }
    }

    func expectGapless(_ numbers: [String: String], ledger: String, servers: [ServedFolio], keys: TwoCompanies,
                       sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let total = Self.clients * Self.invoicesPerClient
        let expected = (1...total).map { "F-2026-" + String(format: "%04d", $0) }
        #expect(numbers.count == total, sourceLocation: sourceLocation)
        #expect(Set(numbers.values) == Set(expected), "numbers 1 to \(total), no gap, no duplicate", sourceLocation: sourceLocation)
        // The ledger holds exactly those, verifies, and no reservation is left behind.
        let verify = try FolioCLITests.folio("ledger", "verify", "--ledger", ledger)
        #expect(verify.status == 0, "\(verify.error)", sourceLocation: sourceLocation)
        #expect(verify.output.contains("\(total) documents"), "\(verify.output)", sourceLocation: sourceLocation)
        #expect(!verify.output.contains("completed an interrupted issue"), "the servers completed what the dead one left",
                sourceLocation: sourceLocation)
        // Every PDF from every server still running, the bytes the record's SHA-256 names.
        for server in servers where server.process.isRunning {
            let api = APIClient(address: server.address, key: keys.keyA)
            let list = try await api.get("/v1/documents").json["documents"] as? [[String: Any]] ?? []
            #expect(list.count == total, sourceLocation: sourceLocation)
            for document in list {
                guard let number = document["number"] as? String else { continue }
                let pdf = try await api.get("/v1/documents/\(number)/pdf")
                #expect(pdf.status == 200 && ServeTests.sha256(pdf.body) == document["pdfSHA256"] as? String,
                        "\(number) from \(server.address)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test("3 servers, 8 clients issuing 100 invoices each: numbers 1 to 800, no gap, no duplicate, every PDF from every server")
    func threeServers() async throws {
        let (ledger, keys, servers) = try servers()
        defer { servers.forEach { $0.stop() } }
        let numbers = try await load(servers, key: keys.keyA, alive: { _ in true })
        try await expectGapless(numbers, ledger: ledger, servers: servers, keys: keys)
        for server in servers { #expect(server.stop() == 0, "\(server.log)") }
    }

    @Test("One of the 3 servers killed with SIGKILL mid-load: retried requests get one number each, the ledger verifies, no gap, no orphan")
    func killedServer() async throws {
        let (ledger, keys, servers) = try servers()
        defer { servers.forEach { $0.stop() } }
        let done = Atomic<Int>(0)
        let killed = Atomic<Bool>(false)
        let victim = servers[1]
        let numbers = try await load(servers, key: keys.keyA, alive: { $0 != 1 || !killed.load(ordering: .relaxed) }) {
            // A third of the way in, the second server dies with requests in flight.
            if done.wrappingAdd(1, ordering: .relaxed).newValue == Self.clients * Self.invoicesPerClient / 3 {
                victim.kill()
                killed.store(true, ordering: .relaxed)
            }
        }
        #expect(victim.process.terminationReason == .uncaughtSignal)
        // The survivors finish what the dead server reserved within their next round (every 2 s).
        try await Task.sleep(for: .seconds(3))
        try await expectGapless(numbers, ledger: ledger, servers: servers, keys: keys)
    }

    struct RetriesExhausted: Error { let key: String }
    struct UnexpectedAnswer: Error, CustomStringConvertible {
        let status: Int
        let body: String
        var description: String { "\(status): \(body)" }
    }
}
