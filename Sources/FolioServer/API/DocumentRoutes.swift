import FolioDocuments
import Foundation
import HTTPTypes
import Hummingbird

/// Drafts, issuing, and reading issued documents back.
extension FolioAPI {
    /// `POST /v1/drafts`: an order's document as a draft PDF; no number, nothing recorded.
    func draft(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let body = try await Self.jsonBody(request, limit: limits.order, yamlAllowed: true)
        let choice = request.uri.queryParameters.get("language")
        let pdf = try await onWorker(context) { company, _, _ in
            let input = try OrderInput(bytes: body, name: "request body")
            return try company.draft(input, language: try Self.language(choice, company)).pdf
        }
        return Responses.pdf(pdf, fileName: "draft.pdf")
    }

    /// `POST /v1/previews?page=N`: page N (from 1) of an order's draft as a PNG, drawn from the same
    /// layout as the PDF; `X-Page-Count` says how many pages the document has.
    func preview(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let body = try await Self.jsonBody(request, limit: limits.order, yamlAllowed: true)
        let choice = request.uri.queryParameters.get("language")
        let pageText = request.uri.queryParameters.get("page") ?? "1"
        guard let page = Int(pageText), (1...20).contains(page) else { throw Problem.badRequest("page: a page number from 1 to 20") }
        let (png, count) = try await onWorker(context) { company, _, _ -> ([UInt8], Int) in
            let input = try OrderInput(bytes: body, name: "request body")
            let language = try Self.language(choice, company)
            let (draft, pages) = try company.engine.capturingPages(limit: page) { try company.draft(input, language: language) }
            guard page <= pages.count else { throw Problem.notFound("page \(page): the document has \(draft.pageCount)") }
            return (pages[page - 1], draft.pageCount)
        }
        var response = Responses.bytes(png, type: "image/png")
        response.headers[HTTPField.Name("X-Page-Count")!] = String(count)
        return response
    }

    /// `POST /v1/quotes`, `/v1/invoices`, `/v1/credit-notes`: issues an order of one of `kinds` into the
    /// ledger. With an `Idempotency-Key`, a retry gets the document the first request issued.
    func issue(_ request: Request, _ context: FolioRequestContext, kinds: Set<Order.Kind>) async throws -> Response {
        let body = try await Self.jsonBody(request, limit: limits.order, yamlAllowed: true)
        let key = try Self.idempotencyKey(request)
        let choice = request.uri.queryParameters.get("language")
        let series = request.uri.queryParameters.get("series")
        let ledger = self.ledger
        return try await answeringRetries(context) {
            let record = try await onWorker(context) { company, _, _ -> DocumentRecord in
                let input = try OrderInput(bytes: body, name: "request body")
                guard kinds.contains(input.order.kind) else {
                    let wanted = Order.Kind.allCases.filter(kinds.contains).map(\.withArticle).joined(separator: " or ")
                    throw InputError(source: "request body", field: "kind", "this order is \(input.order.kind.withArticle), not \(wanted): send it to its own route")
                }
                let policy = IssuingPolicy(again: key != nil, idempotencyKey: key)
                let issued = try company.issue(input, language: try Self.language(choice, company), into: ledger, series: series, policy: policy)
                return DocumentRecord(issued.record)
            }
            return try created(record, context)
        }
    }

    /// The answer to an issue: 201, the record, its place; counted and logged (its number, never its content).
    func created(_ record: DocumentRecord, _ context: FolioRequestContext) throws -> Response {
        metrics.issued(record.kind)
        context.logger.info("issued", metadata: ["number": .string(record.number), "kind": .string(record.kind)])
        return try Responses.json(record, status: .created, headers: [.location: record.links.record])
    }

    /// Runs an issue; when its key was used before, answers with the document that request issued
    /// (200, `Idempotent-Replayed: true`). A document still being issued, by a server that died or
    /// is at work, is completed if its issuer is gone, else the client is told to retry (409).
    func answeringRetries(_ context: FolioRequestContext, _ issue: () async throws -> Response) async throws -> Response {
        do {
            return try await issue()
        } catch let requested as AlreadyRequested where requested.sameRequest {
            let served = try context.company()
            let ledger = self.ledger
            let found = try await workers.run { worker -> IssuedDocument? in
                if let recorded = try ledger.document(number: requested.number, company: served.ledgerKey) { return recorded }
                _ = try InterruptedIssues.complete(in: ledger, engine: worker.renderingEngine())
                return try ledger.document(number: requested.number, company: served.ledgerKey)
            }
            guard let found else { throw requested }
            return try Responses.json(DocumentRecord(found), headers: [HTTPField.Name("Idempotent-Replayed")!: "true"])
        }
    }

    /// The `Idempotency-Key` header: 1 to 200 visible ASCII characters.
    static func idempotencyKey(_ request: Request) throws -> String? {
        guard let key = request.headers[HTTPField.Name("Idempotency-Key")!] else { return nil }
        guard (1...200).contains(key.count), key.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else {
            throw Problem.badRequest("Idempotency-Key: 1 to 200 visible ASCII characters")
        }
        return key
    }

    /// `GET /v1/documents`: the company's documents, filtered by kind and period.
    func list(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let kinds = try request.uri.queryParameters.getAll("kind").map { text in
            guard let kind = Order.Kind(rawValue: String(text)) else {
                throw Problem.badRequest("kind: \"\(text)\" is not quote, invoice, deposit-invoice or credit-note")
            }
            return kind
        }
        let from = try Self.date(request, "from"), through = try Self.date(request, "to")
        let served = try context.company()
        let ledger = self.ledger
        let documents = try await workers.run { _ in
            try ledger.documents(company: served.ledgerKey, kinds: kinds.isEmpty ? nil : kinds, from: from, through: through)
        }
        return try Responses.json(DocumentList(documents: documents.map(DocumentRecord.init)))
    }

    /// `GET /v1/documents/{number}`.
    func record(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        try Responses.json(DocumentRecord(try await document(context)))
    }

    /// `GET /v1/documents/{number}/pdf`: the PDF as issued, byte for byte.
    func pdf(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let document = try await document(context)
        let ledger = self.ledger
        guard let bytes = try await workers.run({ _ in try ledger.pdf(of: document) }) else {
            throw Problem.notFound("the PDF of \(document.number) is missing from the ledger: run folio ledger verify")
        }
        return Responses.pdf(bytes, fileName: (document.file as NSString).lastPathComponent)
    }

    /// `GET /v1/documents/{number}/xml`: the e-invoice (CII) of an invoice or credit note, as issued.
    func xml(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let document = try await document(context)
        let ledger = self.ledger
        guard let bytes = try await workers.run({ _ in try ledger.eInvoiceXML(of: document) }) else {
            throw Problem.notFound("\(document.number) is \(document.kind.withArticle): it has no e-invoice")
        }
        return Responses.bytes(bytes, type: "application/xml", fileName: DocumentRecord.pathComponent(document.number) + ".xml")
    }
}
