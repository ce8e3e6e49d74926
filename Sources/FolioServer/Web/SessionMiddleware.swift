import Foundation
import HTTPTypes
import Hummingbird

/// Finds who is signed in from the session cookie (``SessionKey``) and puts them in the context;
/// refuses a form posted from another site (its `Origin` is not this server's); adds the headers
/// every page carries (a content security policy that allows this server's own scripts only, no
/// framing, no sniffing).
struct SessionMiddleware: RouterMiddleware {
    typealias Context = FolioRequestContext
    let users: WebUsers
    let key: SessionKey
    let cookieName: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let cookie = request.cookies[cookieName]?.value, let session = key.open(cookie), let user = users.user(login: session.login) {
            context.visitor = .init(user: user, session: session)
            context.logger[metadataKey: "folio.user"] = .string(user.login)
        }
        if request.method == .post, let origin = request.headers[.origin], let authority = request.head.authority,
           URL(string: origin)?.host.map({ host in authority == host || authority.hasPrefix(host + ":") }) != true {
            throw Problem(status: .forbidden, type: "/problems/cross-site", title: "Refused", detail: "a form of another site cannot post to this one")
        }
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
