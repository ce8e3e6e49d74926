import Hummingbird
import Logging
import Metrics

/// Turns every error a route throws into its problem+json answer, counts it, and logs the ones that
/// are the server's fault (with the request id; never the request's data).
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = FolioRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = Problem.from(error)
            Counter(label: "folio_problems_total", dimensions: [("status", String(problem.status.code)), ("type", problem.type)]).increment()
            if problem.status == .internalServerError {
                context.logger.error("request failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
            } else if problem.status == .serviceUnavailable {
                context.logger.warning("request refused", metadata: ["reason": "\(problem.detail)"])
            }
            return try problem.response(from: request, context: context)
        }
    }
}
