import FolioDocuments
@testable import FolioServer
import Foundation
import Prometheus
import Testing
import Yams

/// The committed contract and the server's routes say the same: every route is in api/openapi.yaml
/// with its method, and every operation of the contract is routed.
@Suite("The API's contract")
struct ContractTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("Every route is an operation of api/openapi.yaml, and every operation a route")
    func routesMatchTheContract() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("api/openapi.yaml"), encoding: .utf8)
        let contract = try #require(try Yams.load(yaml: text) as? [String: Any])
        let paths = try #require(contract["paths"] as? [String: [String: Any]])
        let methods: Set<String> = ["get", "post", "put", "patch", "delete"]
        let documented = Set(paths.flatMap { path, operations in
            operations.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" }
        })
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-contract-\(UUID().uuidString)")
        let ledger = try Ledger(path: folder.appendingPathComponent("ledger.sqlite").path)
        let workers = WorkerPool(workers: 1, capacity: 1, patience: .seconds(1))
        defer { workers.shutdown() }
        let api = FolioAPI(ledger: ledger, workers: workers, limits: .init(), contract: text,
                           metrics: ServerMetrics(registry: PrometheusCollectorRegistry()))
        let routed = Set(api.routes.map { "\($0.method.rawValue) \($0.path)" })
        #expect(routed.subtracting(documented).isEmpty, "routed, not in the contract: \(routed.subtracting(documented).sorted())")
        #expect(documented.subtracting(routed).isEmpty, "in the contract, not routed: \(documented.subtracting(routed).sorted())")
        #expect(routed.count == api.routes.count, "a route is declared twice")
    }

    @Test("An API key is kept as its SHA-256 only, and found by it")
    func keysAreHashed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-keys-\(UUID().uuidString)")
        let file = folder.appendingPathComponent("keys.yaml").path
        let key = try APIKeys.add(name: "shop", company: Self.root.appendingPathComponent("examples/company/profile.yaml").path, to: file)
        #expect(key.hasPrefix("folio_") && key.count == 49)
        let stored = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!stored.contains(key.dropFirst(6)))
        #expect(stored.contains(APIKeys.hash(key)))
        let keys = try APIKeys(file: file)
        #expect(keys.holder(of: key)?.name == "shop")
        #expect(keys.holder(of: key + "x") == nil)
        #expect(throws: InputError.self) { _ = try APIKeys.add(name: "shop", company: Self.root.appendingPathComponent("examples/company/profile.yaml").path, to: file) }
    }
}
