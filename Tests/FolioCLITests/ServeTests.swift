import Crypto
import Foundation
import Testing

/// `folio serve` end to end: a real server process, real HTTP, a real ledger.
@Suite("folio serve", .serialized)
struct ServeTests {
    static let invoiceA = "examples/orders/01-domestic-several-rates.yaml"
    static let quoteA = "examples/orders/08-quote-with-deposit.yaml"
    static let invoiceB = "examples/seeds/001-qwerix-services/orders/04-hardware-software-invoice.yaml"

    @Test("Issuing, reading back, the errors as problem+json, and two companies that never see each other's documents")
    func issueAndRead() async throws {
        let companies = try TwoCompanies()
        let server = try ServedFolio(keys: companies.keys, ledger: companies.folder + "/ledger.sqlite")
        defer { server.stop() }
        let a = APIClient(address: server.address, key: companies.keyA)
        let b = APIClient(address: server.address, key: companies.keyB)

        // No key, a wrong key: 401, and the operations routes need none.
        #expect(try await APIClient(address: server.address, key: nil).get("/v1/documents").status == 401)
        let wrong = try await APIClient(address: server.address, key: "folio_not-a-key").get("/v1/documents")
        #expect(wrong.status == 401 && wrong.header("Content-Type") == "application/problem+json")
        #expect(try await APIClient(address: server.address, key: nil).get("/healthz").status == 200)

        // Issue: 201, the record, its PDF byte for byte, its XML.
        let issued = try await a.post("/v1/invoices", orderFile: Self.invoiceA)
        #expect(issued.status == 201, "\(issued.text)")
        #expect(issued.json["number"] as? String == "F-2026-0001")
        #expect(issued.json["grandTotal"] as? String == "3875.43")
        #expect(issued.header("Location") == "/v1/documents/F-2026-0001")
        let pdf = try await a.get("/v1/documents/F-2026-0001/pdf")
        #expect(pdf.status == 200 && pdf.header("Content-Type") == "application/pdf")
        #expect(ServeTests.sha256(pdf.body) == issued.json["pdfSHA256"] as? String)
        let xml = try await a.get("/v1/documents/F-2026-0001/xml")
        #expect(xml.status == 200 && xml.text.contains("<ram:ID>F-2026-0001</ram:ID>"))

        // Company B sees nothing of A's, and cannot pay or read its invoice.
        #expect(try await b.get("/v1/documents/F-2026-0001").status == 404)
        #expect(try await b.get("/v1/documents/F-2026-0001/pdf").status == 404)
        #expect(try await b.post("/v1/documents/F-2026-0001/payments", json: #"{"amount": "10.00", "date": "2026-05-01"}"#).status == 404)
        #expect((try await b.get("/v1/documents").json["documents"] as? [Any])?.isEmpty == true)
        let ofB = try await b.post("/v1/invoices", orderFile: Self.invoiceB)
        #expect(ofB.status == 201, "\(ofB.text)")
        #expect((try await a.get("/v1/documents").json["documents"] as? [[String: Any]])?.count == 1)

        // The same order again: 409 with its number; refused orders and bodies: 400, 413, 422.
        let again = try await a.post("/v1/invoices", orderFile: Self.invoiceA)
        #expect(again.status == 409 && again.json["number"] as? String == "F-2026-0001", "\(again.text)")
        #expect(try await a.post("/v1/invoices", json: "{not json").status == 400)
        let huge = try await a.send("POST", "/v1/invoices", body: Data(repeating: UInt8(ascii: " "), count: 2 << 20))
        #expect(huge.status == 413 && huge.header("Content-Type") == "application/problem+json")
        let refused = try await a.post("/v1/invoices", json: #"{"kind": "invoice", "date": "2026-03-16", "currency": "EUR", "lines": [{"description": "x", "quantity": "0", "unitPrice": "1.00", "vatRate": "20"}]}"#)
        #expect(refused.status == 422, "\(refused.text)")
        // The same source and reason as the command line's « error: FILE: required fields missing: seller, buyer ».
        let reasons = (refused.json["errors"] as? [[String: Any]])?.compactMap { $0["reason"] as? String } ?? []
        #expect(reasons == ["required fields missing: seller, buyer"], "\(refused.text)")
        let zero = try await a.send("POST", "/v1/invoices", body: Data(try String(contentsOfFile: FolioCLITests.root.path + "/" + Self.invoiceA, encoding: .utf8)
            .replacingOccurrences(of: "quantity: 200", with: "quantity: 0").utf8), type: "application/yaml")
        #expect(zero.status == 422 && zero.text.contains("quantity"), "\(zero.text)")
        let wrongKind = try await a.post("/v1/invoices", orderFile: Self.quoteA)
        #expect(wrongKind.status == 422 && (wrongKind.json["errors"] as? [[String: Any]])?.first?["field"] as? String == "kind")
        // Refusals consumed no number: the next invoice is F-2026-0002.
        let next = try await a.post("/v1/invoices", orderFile: "examples/orders/02-eu-services-reverse-charge.yaml")
        #expect(next.status == 201 && next.json["number"] as? String == "F-2026-0002", "\(next.text)")
        let quote = try await a.post("/v1/quotes", orderFile: Self.quoteA)
        #expect(quote.status == 201 && quote.json["number"] as? String == "D-2026-0001", "\(quote.text)")

        // The quote accepted, its deposit invoiced once.
        let decided = try await a.post("/v1/quotes/D-2026-0001/decision", json: #"{"status": "accepted", "date": "2026-10-09"}"#)
        #expect(decided.status == 201, "\(decided.text)")
        let deposit = try await a.post("/v1/quotes/D-2026-0001/invoices", json: #"{"deposit": true, "date": "2026-10-12"}"#)
        #expect(deposit.status == 201 && deposit.json["kind"] as? String == "deposit-invoice", "\(deposit.text)")
        #expect(try await a.post("/v1/quotes/D-2026-0001/invoices", json: #"{"deposit": true, "date": "2026-10-12"}"#).status == 409)
        #expect(try await b.post("/v1/quotes/D-2026-0001/decision", json: #"{"status": "refused"}"#).status == 422)

        // A payment, as decimal text only.
        #expect(try await a.post("/v1/documents/F-2026-0001/payments", json: #"{"amount": 100, "date": "2026-05-01"}"#).status == 422)
        let paid = try await a.post("/v1/documents/F-2026-0001/payments", json: #"{"amount": "1000.00", "date": "2026-05-01", "method": "transfer"}"#)
        #expect(paid.status == 201 && paid.json["stillDue"] as? String == "2875.43", "\(paid.text)")

        // The accountant's CSV, the verification, the e-invoice read back, a draft, the terms.
        let csv = try await a.get("/v1/ledger/export?format=csv")
        #expect(csv.status == 200 && csv.text.contains("F-2026-0001") && !csv.text.contains(ofB.json["client"] as? String ?? "?"))
        let verification = try await a.get("/v1/ledger/verification")
        #expect(verification.json["sound"] as? Bool == true && verification.json["documents"] as? Int == 4, "\(verification.text)")
        #expect(try await b.get("/v1/ledger/verification").json["documents"] as? Int == 1)
        let checked = try await a.send("POST", "/v1/einvoices/check", body: xml.body, type: "application/xml")
        #expect(checked.status == 200 && checked.json["consistent"] as? Bool == true, "\(checked.text)")
        let draft = try await a.post("/v1/drafts?language=en", orderFile: Self.invoiceA)
        #expect(draft.status == 200 && draft.body.starts(with: Data("%PDF".utf8)))
        // Previews: each page of the quote (its terms follow on page 2) as a PNG of A4 at 108 dpi.
        let preview = try await a.post("/v1/previews?page=2", orderFile: Self.quoteA)
        #expect(preview.status == 200 && preview.header("Content-Type") == "image/png", "\(preview.text.prefix(300))")
        let pageCount = Int(preview.header("X-Page-Count") ?? "") ?? 0
        #expect(pageCount >= 2)
        // The PNG's header: 893 × 1263 pixels (595.28 × 841.89 points at 1.5 pixels per point).
        let size = preview.body.count > 24 ? [UInt8](preview.body[16..<24]) : []
        #expect(size == [0, 0, 0x03, 0x7D, 0, 0, 0x04, 0xEF], "\(size)")
        #expect(try await a.post("/v1/previews?page=\(pageCount + 1)", orderFile: Self.quoteA).status == 404)
        let terms = try await a.get("/v1/terms")
        #expect(terms.status == 200, "\(terms.text)")
        let termsList = terms.json["terms"] as? [[String: Any]] ?? []
        if let first = termsList.first, let name = first["document"] as? String,
           let versions = first["versions"] as? [[String: Any]], let effective = versions.last?["effective"] as? String {
            #expect(try await a.get("/v1/terms/\(name)/versions/\(effective)/pdf").status == 200)
            if versions.count > 1, let older = versions.first?["effective"] as? String {
                let redline = try await a.get("/v1/terms/\(name)/redline?from=\(older)&to=\(effective)&format=html")
                #expect(redline.status == 200 && redline.text.contains("<"), "\(redline.text.prefix(300))")
            }
        } else {
            Issue.record("no terms listed: \(terms.text)")
        }

        // Metrics and the contract; a graceful stop exits 0.
        let metrics = try await a.get("/metrics")
        #expect(metrics.text.contains(#"folio_documents_issued_total{kind="invoice"} 3"#), "\(metrics.text)")
        let contract = try await a.get("/openapi.yaml")
        #expect(contract.text == (try String(contentsOfFile: FolioCLITests.root.path + "/api/openapi.yaml", encoding: .utf8)))
        #expect(!server.log.contains("Librairie du Marais"), "no order data in the logs at info")
        #expect(server.stop() == 0, "\(server.log)")
    }

    @Test("An Idempotency-Key: the retry gets the same document, another body with the key is refused")
    func idempotency() async throws {
        let companies = try TwoCompanies()
        let server = try ServedFolio(keys: companies.keys, ledger: companies.folder + "/ledger.sqlite")
        defer { server.stop() }
        let a = APIClient(address: server.address, key: companies.keyA)
        let first = try await a.post("/v1/invoices", orderFile: Self.invoiceA, headers: ["Idempotency-Key": "order-1001"])
        #expect(first.status == 201)
        let retry = try await a.post("/v1/invoices", orderFile: Self.invoiceA, headers: ["Idempotency-Key": "order-1001"])
        #expect(retry.status == 200 && retry.header("Idempotent-Replayed") == "true")
        #expect(retry.json["number"] as? String == first.json["number"] as? String)
        let other = try await a.post("/v1/invoices", orderFile: "examples/orders/02-eu-services-reverse-charge.yaml",
                                     headers: ["Idempotency-Key": "order-1001"])
        #expect(other.status == 422 && other.json["type"] as? String == "/problems/idempotency-key-reused")
        // With a new key, the same order is issued again on purpose.
        let twice = try await a.post("/v1/invoices", orderFile: Self.invoiceA, headers: ["Idempotency-Key": "order-1002"])
        #expect(twice.status == 201 && twice.json["number"] as? String == "F-2026-0002")
        let verify = try FolioCLITests.folio("ledger", "verify", "--ledger", companies.folder + "/ledger.sqlite")
        #expect(verify.status == 0, "\(verify.error)")
    }

    @Test("More requests than one worker and a queue of one take: the rest are answered 503 at once, with Retry-After")
    func overloaded() async throws {
        let companies = try TwoCompanies()
        let server = try ServedFolio(keys: companies.keys, ledger: companies.folder + "/ledger.sqlite",
                                     arguments: ["--workers", "1", "--queue", "1"])
        defer { server.stop() }
        let a = APIClient(address: server.address, key: companies.keyA)
        let statuses = try await withThrowingTaskGroup(of: HTTPAnswer.self) { group in
            for _ in 0..<12 { group.addTask { try await a.post("/v1/drafts", orderFile: Self.invoiceA) } }
            var answers: [HTTPAnswer] = []
            for try await answer in group { answers.append(answer) }
            return answers
        }
        #expect(statuses.allSatisfy { [200, 503].contains($0.status) }, "\(statuses.map(\.status))")
        #expect(statuses.contains { $0.status == 200 })
        let refused = statuses.filter { $0.status == 503 }
        #expect(!refused.isEmpty, "\(statuses.map(\.status))")
        #expect(refused.allSatisfy { $0.header("Retry-After") == "1" && $0.json["type"] as? String == "/problems/overloaded" })
    }

    @Test("SIGTERM while invoices are being issued: the requests in flight are answered and recorded, nothing is left half-done, exit 0")
    func gracefulShutdown() async throws {
        let companies = try TwoCompanies()
        let ledger = companies.folder + "/ledger.sqlite"
        let server = try ServedFolio(keys: companies.keys, ledger: ledger)
        let a = APIClient(address: server.address, key: companies.keyA)
        // Warm the workers, so that the issues below are in flight together.
        #expect(try await a.post("/v1/drafts", orderFile: Self.invoiceA).status == 200)
        async let answers = withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<8 {
                group.addTask {
                    (try? await a.post("/v1/invoices", orderFile: Self.invoiceA, headers: ["Idempotency-Key": "stop-\(index)"]))?.status ?? 0
                }
            }
            var statuses: [Int] = []
            for try await status in group { statuses.append(status) }
            return statuses
        }
        // SIGTERM once the server is working on some of them.
        let metrics = APIClient(address: server.address, key: nil)
        for _ in 0..<500 {
            let text = (try? await metrics.get("/metrics"))?.text ?? ""
            if text.split(separator: "\n").contains(where: { $0.hasPrefix("http_server_active_requests") && $0.contains("POST") && !$0.hasSuffix(" 0.0") }) { break }
            try await Task.sleep(for: .milliseconds(10))
        }
        let status = server.stop()
        let statuses = try await answers
        #expect(status == 0, "\(server.log)")
        // Each request was either answered 201 or never reached the server (0): none failed half-way.
        #expect(statuses.allSatisfy { $0 == 201 || $0 == 0 }, "\(statuses)")
        #expect(statuses.contains(201), "\(statuses)")
        let verify = try FolioCLITests.folio("ledger", "verify", "--ledger", ledger)
        #expect(verify.status == 0, "\(verify.error)")
        #expect(verify.output.contains("\(statuses.filter { $0 == 201 }.count) documents"), "\(verify.output) \(statuses)")
        #expect(!verify.output.contains("interrupted"), "\(verify.output)")
    }

    @Test("Schemathesis against api/openapi.yaml, a bounded number of cases per operation: no 5xx, every answer as the contract says",
          .enabled(if: ServeTests.schemathesis != nil, "schemathesis is installed by scripts/setup.sh --test-oracles"))
    func contractHolds() async throws {
        let companies = try TwoCompanies()
        let server = try ServedFolio(keys: companies.keys, ledger: companies.folder + "/ledger.sqlite", arguments: ["--log-level", "warning"])
        defer { server.stop() }
        // A few documents, so that some generated numbers name one.
        let a = APIClient(address: server.address, key: companies.keyA)
        #expect(try await a.post("/v1/invoices", orderFile: Self.invoiceA).status == 201)
        #expect(try await a.post("/v1/quotes", orderFile: Self.quoteA).status == 201)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.schemathesis))
        // One worker: schemathesis' generator is not reliable across threads (a recursion-depth error seen with two).
        process.arguments = ["run", server.address + "/openapi.yaml", "-H", "Authorization: Bearer \(companies.keyA)",
                             "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance",
                             "--max-examples", "15", "--seed", "20261127", "--workers", "1", "--no-shrink", "--request-timeout", "60"]
        process.currentDirectoryURL = URL(fileURLWithPath: companies.folder)
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1", "SCHEMATHESIS_TELEMETRY": "false"]) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(report.suffix(6000))")
        #expect(report.contains("passed"), "\(report.suffix(2000))")
        #expect(!server.log.contains(" error "), "\(server.log.suffix(3000))")
    }

    /// Where schemathesis' command is, when installed.
    static let schemathesis: String? = ["/usr/local/bin/schemathesis", "/usr/bin/schemathesis"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
        ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map { "\($0)/schemathesis" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
