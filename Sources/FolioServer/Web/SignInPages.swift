import Foundation
import Hummingbird

/// Signing in and out. The sign-in form has a CSRF token too, bound to a session opened before
/// anyone signs in (a "pre-session" cookie), so another site cannot sign a browser in as itself.
extension WebPages {
    struct SignInView {
        let login: String
        let next: String
        let csrf: String
        let error: String?
    }

    /// `GET /sign-in`.
    func signInPage(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        if context.visitor != nil { return PageRedirect(to: PageRedirect.local(request.uri.queryParameters.get("next"))).response }
        let (presession, cookie) = presession(request)
        let view = SignInView(login: "", next: PageRedirect.local(request.uri.queryParameters.get("next")),
                              csrf: key.csrfToken(for: presession), error: nil)
        var response = try page("sign-in", request, context, title: word("sign_in_title", request), view)
        if let cookie { response.setCookie(cookie) }
        return response
    }

    /// `POST /sign-in`: checks the password (scrypt, on a worker), at most 5 failures per 15 minutes
    /// per login and per address; on success, a new session in a signed cookie.
    func signIn(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let (presession, _) = presession(request)
        let form = try await WebForm.read(request, session: presession, key: key)
        let login = form["login"].lowercased(), password = form["password"], next = PageRedirect.local(form["next"])
        let again = { (error: String, status: HTTPResponse.Status) throws -> Response in
            let view = SignInView(login: login, next: next, csrf: key.csrfToken(for: presession), error: error)
            return try page("sign-in", request, context, title: word("sign_in_title", request), view, status: status)
        }
        if let wait = throttle.wait(login: login, address: context.remoteIP) {
            var response = try again(word("sign_in_throttled", request).replacingOccurrences(of: "{minutes}", with: String((wait + 59) / 60)),
                                     .tooManyRequests)
            response.headers[.retryAfter] = String(wait)
            return response
        }
        let users = self.users
        guard let user = try await api.workers.run({ _ in users.signIn(login: login, password: password) }) else {
            throttle.failed(login: login, address: context.remoteIP)
            context.logger.notice("sign-in refused", metadata: ["login": .string(login)])
            return try again(word("sign_in_refused", request), .unauthorized)
        }
        throttle.succeeded(login: login)
        context.logger.info("signed in", metadata: ["login": .string(user.login)])
        let session = key.begin(login: user.login)
        var response = PageRedirect(to: next).response
        response.setCookie(Cookie(name: sessionCookie, value: key.seal(session), maxAge: Int(session.expires - Int64(Date().timeIntervalSince1970)),
                                  path: "/", secure: secureCookies, httpOnly: true, sameSite: .lax))
        response.setCookie(Cookie(name: presessionCookie, value: "", maxAge: 0, path: "/", secure: secureCookies, httpOnly: true, sameSite: .lax))
        return response
    }

    /// `POST /sign-out`: forgets the cookie (the session dies with it; its form tokens too).
    func signOut(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let visitor = try visitor(request, context)
        _ = try await form(request, visitor)
        var response = PageRedirect(to: "/sign-in").response
        response.setCookie(Cookie(name: sessionCookie, value: "", maxAge: 0, path: "/", secure: secureCookies, httpOnly: true, sameSite: .lax))
        return response
    }

    /// The session before signing in: the pre-session cookie's, or a new one and the cookie to set.
    private func presession(_ request: Request) -> (WebSession, Cookie?) {
        if let value = request.cookies[presessionCookie]?.value, let session = key.open(value) { return (session, nil) }
        let session = key.begin(login: "", lifetime: 3600)
        return (session, Cookie(name: presessionCookie, value: key.seal(session), maxAge: 3600, path: "/", secure: secureCookies,
                                httpOnly: true, sameSite: .lax))
    }
}
