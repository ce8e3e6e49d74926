import HTTPTypes
import Hummingbird

/// Finds the company of a request by its API key (`Authorization: Bearer KEY`, or `X-API-Key: KEY`);
/// a missing or unknown key gets 401 before any route runs.
struct APIKeyMiddleware: RouterMiddleware {
    typealias Context = FolioRequestContext
    let keys: APIKeys

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let presented: String?
        if let authorization = request.headers[.authorization], authorization.lowercased().hasPrefix("bearer ") {
            presented = String(authorization.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        } else {
            presented = request.headers[HTTPField.Name("X-API-Key")!]
        }
        guard let presented, !presented.isEmpty else {
            throw Problem.unauthorized("send the company's API key: Authorization: Bearer KEY")
        }
        guard let holder = keys.holder(of: presented) else {
            throw Problem.unauthorized("this API key is not one of the server's")
        }
        var context = context
        context.holder = holder
        context.logger[metadataKey: "folio.key"] = .string(holder.name)
        return try await next(request, context)
    }
}
