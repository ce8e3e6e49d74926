import Foundation
import HTTPTypes
import Hummingbird

/// Finds who is signed in from the session cookie (``SessionKey``) and puts them in the context,
/// with the client's address (the proxy's `X-Forwarded-For` when the server is behind one); adds
/// the headers every page carries (a content security policy that allows this server's own
/// scripts only, no framing, no sniffing).
struct SessionMiddleware: RouterMiddleware {
    typealias Context = FolioRequestContext
    let users: WebUsers
    let key: SessionKey
    let cookieName: String
    /// Behind a reverse proxy: the client is the last address the proxy added to `X-Forwarded-For`.
    let behindProxy: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let cookie = request.cookies[cookieName]?.value, let session = key.open(cookie), let user = users.user(login: session.login) {
            context.visitor = .init(user: user, session: session)
            context.logger[metadataKey: "folio.user"] = .string(user.login)
        }
        if behindProxy, let forwarded = request.headers[HTTPField.Name("X-Forwarded-For")!]?.split(separator: ",").last {
            context.remoteIP = forwarded.trimmingCharacters(in: .whitespaces)
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

/// Refuses a form posted from another site's page: its `Origin` is not this server's host (the
/// `Host` the browser asked for, which a reverse proxy passes on: `proxy_set_header Host $host`).
struct SameOriginMiddleware: RouterMiddleware {
    typealias Context = FolioRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.method == .post, let origin = request.headers[.origin], let authority = request.head.authority,
           URL(string: origin)?.host.map({ host in authority == host || authority.hasPrefix(host + ":") }) != true {
            throw Problem(status: .forbidden, type: "/problems/cross-site", title: "Refused", detail: "a form of another site cannot post to this one")
        }
        return try await next(request, context)
    }
}
