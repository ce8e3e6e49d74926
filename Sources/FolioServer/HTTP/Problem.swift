import FolioDocuments
import Foundation
import HTTPTypes
import Hummingbird

/// An error as the API answers it: RFC 9457 problem details (`application/problem+json`), with the
/// same source, field and reason as the command line's message.
///
/// ```json
/// {"type": "/problems/bad-input", "title": "The request was refused", "status": 422,
///  "detail": "request body: lines[0].quantity: must be more than 0",
///  "errors": [{"source": "request body", "field": "lines[0].quantity", "reason": "must be more than 0"}]}
/// ```
struct Problem: HTTPResponseError, Encodable, Sendable {
    /// A refused field, as ``InputError`` names it.
    struct FieldError: Encodable, Sendable {
        let source: String?
        let field: String?
        let reason: String
    }

    let status: HTTPResponse.Status
    let type: String
    let title: String
    let detail: String
    var errors: [FieldError]?
    /// The number an earlier request or order took (409 on a repeat, 200-replay's header otherwise).
    var number: String?
    /// Seconds after which to try again (503, and 409 while a document is being issued).
    var retryAfter: Int?

    enum CodingKeys: String, CodingKey {
        case type, title, status, detail, errors, number
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(title, forKey: .title)
        try container.encode(Int(status.code), forKey: .status)
        try container.encode(detail, forKey: .detail)
        try container.encodeIfPresent(errors, forKey: .errors)
        try container.encodeIfPresent(number, forKey: .number)
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"folio\"" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(data: try encoder.encode(self))))
    }
}

extension Problem {
    static func badInput(_ error: InputError, status: HTTPResponse.Status = .unprocessableContent) -> Problem {
        Problem(status: status, type: "/problems/bad-input", title: "The request was refused", detail: error.description,
                errors: [FieldError(source: error.source, field: error.field, reason: error.reason)])
    }

    static func badRequest(_ detail: String) -> Problem {
        Problem(status: .badRequest, type: "/problems/bad-request", title: "The request cannot be read", detail: detail)
    }

    static func unauthorized(_ detail: String) -> Problem {
        Problem(status: .unauthorized, type: "/problems/unauthorized", title: "A valid API key is needed", detail: detail)
    }

    static func notFound(_ detail: String) -> Problem {
        Problem(status: .notFound, type: "/problems/not-found", title: "Not found", detail: detail)
    }

    static func conflict(_ detail: String, number: String? = nil, retryAfter: Int? = nil) -> Problem {
        Problem(status: .conflict, type: "/problems/conflict", title: "The request conflicts with what the ledger holds",
                detail: detail, number: number, retryAfter: retryAfter)
    }

    /// The problem an error thrown by the library or the server stands for.
    static func from(_ error: any Error) -> Problem {
        switch error {
        case let problem as Problem:
            return problem
        case let input as InputError:
            return badInput(input)
        case let violation as RuleViolation:
            return badInput(InputError(source: nil, violation.reason))
        case let mismatch as KindMismatch:
            return badInput(InputError(source: nil, field: "kind", mismatch.description))
        case let repeated as AlreadyIssued:
            return conflict("this order was already issued as \(repeated.number) (send an Idempotency-Key to issue an order again)", number: repeated.number)
        case let requested as AlreadyRequested:
            return requested.sameRequest
                ? conflict("this request is being issued as \(requested.number): try again in a moment", number: requested.number, retryAfter: 1)
                : Problem(status: .unprocessableContent, type: "/problems/idempotency-key-reused", title: "The idempotency key names another request",
                          detail: requested.description, number: requested.number)
        case let quote as QuoteInvoicingError:
            if case .noSuchQuote = quote { return notFound(quote.description) }
            return conflict(quote.description)
        case let overloaded as WorkerPool.Overloaded:
            return Problem(status: .serviceUnavailable, type: "/problems/overloaded", title: "The server is busy",
                           detail: overloaded.description, retryAfter: 1)
        case let failure as LedgerFailure:
            return Problem(status: .serviceUnavailable, type: "/problems/ledger-unavailable", title: "The ledger cannot be reached",
                           detail: failure.description, retryAfter: 5)
        case let failure as LedgerUnavailable:
            return Problem(status: .serviceUnavailable, type: "/problems/ledger-unavailable", title: "The ledger cannot be reached",
                           detail: failure.description, retryAfter: 5)
        case let http as HTTPError:
            switch http.status {
            case .contentTooLarge:
                return Problem(status: .contentTooLarge, type: "/problems/too-large", title: "The request body is too large",
                               detail: http.body ?? "the body is larger than this route takes")
            case .notFound:
                return notFound(http.body ?? "no such route")
            case .methodNotAllowed:
                return Problem(status: .methodNotAllowed, type: "/problems/method-not-allowed", title: "Method not allowed",
                               detail: http.body ?? "this route does not take that method")
            default:
                return Problem(status: http.status, type: "/problems/http", title: http.status.reasonPhrase, detail: http.body ?? http.status.reasonPhrase)
            }
        default:
            return Problem(status: .internalServerError, type: "/problems/internal", title: "Internal error",
                           detail: "the server failed; the request id in its logs tells what happened")
        }
    }
}
