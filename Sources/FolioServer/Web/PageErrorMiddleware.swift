import Hummingbird
import Metrics

/// Turns what a page throws into what a browser should get: a redirect for ``PageRedirect``, the
/// sign-in page for a visitor not signed in, else an HTML page with the problem's title and detail
/// (the same words as the API's problem+json), with its status.
struct PageErrorMiddleware: RouterMiddleware {
    typealias Context = FolioRequestContext
    let pages: WebPages

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let redirect as PageRedirect {
            return redirect.response
        } catch {
            let problem = Problem.from(error)
            Counter(label: "folio_problems_total", dimensions: [("status", String(problem.status.code)), ("type", problem.type)]).increment()
            if problem.status == .internalServerError {
                context.logger.error("page failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
            }
            struct ErrorView {
                let status: Int
                let title: String
                let detail: String
            }
            var response = try pages.page("error", request, context, title: problem.title,
                                          ErrorView(status: Int(problem.status.code), title: problem.title, detail: problem.detail),
                                          status: problem.status)
            if let retryAfter = problem.retryAfter { response.headers[.retryAfter] = String(retryAfter) }
            return response
        }
    }
}
