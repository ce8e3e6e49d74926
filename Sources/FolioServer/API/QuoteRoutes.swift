import FolioDocuments
import Hummingbird

/// What becomes of an issued quote: the client's decision, and its invoices.
extension FolioAPI {
    /// `POST /v1/quotes/{number}/decision`: accepted, refused or expired, once.
    func decide(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let quote = try Self.parameter(context, "number")
        let asked = try RequestBodies.decision(try await Self.jsonBody(request, limit: limits.order))
        let ledger = self.ledger
        let decision = try await onWorker(context) { _, served, _ in
            try ledger.decide(quote: quote, asked.status, on: asked.date, late: asked.late, company: served.ledgerKey)
        }
        return try Responses.json(DecisionRecord(decision), status: .created)
    }

    /// `POST /v1/quotes/{number}/signed-acceptance`: the PDF the client returned signed (body),
    /// recorded as the acceptance when the signature covers the quote exactly as issued.
    func acceptSigned(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let quote = try Self.parameter(context, "number")
        let pdf = try await Self.body(request, limit: limits.document)
        let date = try Self.date(request, "date") ?? .today()
        let late = request.uri.queryParameters.get("late") == "true"
        let ledger = self.ledger
        let decision = try await onWorker(context) { _, served, _ in
            try ledger.accept(quote: quote, signedPDF: pdf, name: "request body", on: date, late: late, company: served.ledgerKey)
        }
        return try Responses.json(DecisionRecord(decision), status: .created)
    }

    /// `POST /v1/quotes/{number}/invoices`: an accepted quote's deposit invoice, or its balance
    /// invoice (less every deposit invoiced). Invoicing a quote twice is a conflict (409).
    func invoiceQuote(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let quote = try Self.parameter(context, "number")
        let asked = try RequestBodies.quoteInvoice(try await Self.jsonBody(request, limit: limits.order))
        let key = try Self.idempotencyKey(request)
        let choice = request.uri.queryParameters.get("language")
        let ledger = self.ledger
        return try await answeringRetries(context) {
            let record = try await onWorker(context) { company, _, _ -> DocumentRecord in
                let issued = try company.invoice(fromQuote: quote, deposit: asked.deposit, on: asked.date, deliveryDate: asked.deliveryDate,
                                                 language: try Self.language(choice, company), into: ledger,
                                                 policy: IssuingPolicy(idempotencyKey: key))
                return DocumentRecord(issued.record)
            }
            return try created(record, context)
        }
    }
}
