import FolioDocuments
import Foundation
import Hummingbird
import Metrics
import NIOCore

/// The routes of the API (api/openapi.yaml) and what they share: the ledger, the workers, the limits.
///
/// Every handler parses the request, hands the work to the library on a worker, and answers; the
/// rules are the library's, so the API refuses exactly what the command line refuses.
struct FolioAPI: Sendable {
    let ledger: Ledger
    let workers: WorkerPool
    let limits: BodyLimits
    /// The contract, served as it is committed.
    let contract: String
    let metrics: ServerMetrics

    /// How large a request body may be, per kind of body.
    struct BodyLimits: Sendable {
        /// An order, a decision, a payment (JSON).
        var order = 1 << 20
        /// A received e-invoice or a signed quote (XML or PDF).
        var document = 64 << 20
    }

    /// One route: its method, its path as the contract writes it, and its handler.
    struct Route: Sendable {
        let method: HTTPRequest.Method
        let path: String
        let handler: @Sendable (Request, FolioRequestContext) async throws -> Response
    }

    /// Every route, in the contract's order; `/v1` routes need an API key.
    var routes: [Route] {
        [
            Route(method: .get, path: "/healthz", handler: health),
            Route(method: .get, path: "/metrics", handler: { _, _ in metrics.exposition() }),
            Route(method: .get, path: "/openapi.yaml", handler: { _, _ in Responses.bytes(Array(contract.utf8), type: "application/yaml") }),
            Route(method: .post, path: "/v1/drafts", handler: draft),
            Route(method: .post, path: "/v1/previews", handler: preview),
            Route(method: .post, path: "/v1/quotes", handler: { try await issue($0, $1, kinds: [.quote]) }),
            Route(method: .post, path: "/v1/invoices", handler: { try await issue($0, $1, kinds: [.invoice, .depositInvoice]) }),
            Route(method: .post, path: "/v1/credit-notes", handler: { try await issue($0, $1, kinds: [.creditNote]) }),
            Route(method: .get, path: "/v1/documents", handler: list),
            Route(method: .get, path: "/v1/documents/{number}", handler: record),
            Route(method: .get, path: "/v1/documents/{number}/pdf", handler: pdf),
            Route(method: .get, path: "/v1/documents/{number}/xml", handler: xml),
            Route(method: .post, path: "/v1/documents/{number}/payments", handler: pay),
            Route(method: .post, path: "/v1/quotes/{number}/decision", handler: decide),
            Route(method: .post, path: "/v1/quotes/{number}/signed-acceptance", handler: acceptSigned),
            Route(method: .post, path: "/v1/quotes/{number}/invoices", handler: invoiceQuote),
            Route(method: .get, path: "/v1/ledger/export", handler: export),
            Route(method: .get, path: "/v1/ledger/verification", handler: verification),
            Route(method: .get, path: "/v1/terms", handler: terms),
            Route(method: .get, path: "/v1/terms/{document}/versions/{effective}/pdf", handler: termsPDF),
            Route(method: .get, path: "/v1/terms/{document}/redline", handler: redline),
            Route(method: .post, path: "/v1/einvoices/check", handler: checkEInvoice),
        ]
    }

    /// Runs `work` with the request's company loaded on a worker.
    func onWorker<T: Sendable>(_ context: FolioRequestContext,
                               _ work: @escaping @Sendable (Company, ServedCompany, Worker) throws -> T) async throws -> T {
        let served = try context.company()
        return try await workers.run { worker in try work(try worker.company(served), served, worker) }
    }

    /// The issued document a path names, of the request's company only: another company's number is not found.
    func document(_ context: FolioRequestContext) async throws -> IssuedDocument {
        let number = try Self.parameter(context, "number")
        let served = try context.company()
        let ledger = self.ledger
        guard let found = try await workers.run({ _ in try ledger.document(number: number, company: served.ledgerKey) }) else {
            throw Problem.notFound("no document \(number) of \(served.legalName) in the ledger")
        }
        return found
    }

    static func parameter(_ context: FolioRequestContext, _ name: String) throws -> String {
        guard let value = context.parameters.get(name)?.removingPercentEncoding, !value.isEmpty else {
            throw Problem.badRequest("the path has no \(name)")
        }
        return value
    }

    /// A query's date (`from=2026-01-01`), or nil when absent.
    static func date(_ request: Request, _ name: String) throws -> CalendarDate? {
        guard let text = request.uri.queryParameters.get(name) else { return nil }
        guard let date = CalendarDate(text) else { throw Problem.badRequest("\(name): \"\(text)\" is not a date YYYY-MM-DD") }
        return date
    }

    /// The language asked (`language=fr`), else the seller's legal language.
    static func language(_ choice: String?, _ company: Company) throws -> DocumentLanguage {
        guard let choice else { return company.profile.law.legalLanguage }
        guard let language = DocumentLanguage(rawValue: choice) else {
            throw Problem.badInput(InputError(source: "query", field: "language", "\"\(choice)\" is not a language Folio writes; available: \(DocumentLanguage.available)"),
                                   status: .badRequest)
        }
        return language
    }

    /// The request's body, at most `limit` bytes (413 beyond).
    static func body(_ request: Request, limit: Int) async throws -> [UInt8] {
        var request = request
        do {
            return Array(try await request.collectBody(upTo: limit).readableBytesView)
        } catch is NIOTooManyBytesError {
            throw Problem(status: .contentTooLarge, type: "/problems/too-large", title: "The request body is too large",
                          detail: "this route takes at most \(limit) bytes")
        }
    }

    /// A JSON body (400 when it is not JSON at all; its content is the library's to judge). An order
    /// may also be sent as YAML, as order files are written (`Content-Type: application/yaml`).
    static func jsonBody(_ request: Request, limit: Int, yamlAllowed: Bool = false) async throws -> [UInt8] {
        let bytes = try await body(request, limit: limit)
        let type = request.headers[.contentType]?.lowercased() ?? ""
        if yamlAllowed, type.hasPrefix("application/yaml") || type.hasPrefix("text/yaml") { return bytes }
        guard (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil else {
            throw Problem.badRequest("the body is not JSON")
        }
        return bytes
    }
}
