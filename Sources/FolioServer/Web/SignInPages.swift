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
        if context.visitor != nil {
            let next = PageRedirect.local(request.uri.queryParameters.get("next"))
            return PageRedirect(to: next.hasPrefix("/sign-in") ? "/" : next).response
        }
        let (presession, cookie) = presession(request)
        let view = SignInView(login: "", next: PageRedirect.local(request.uri.queryParameters.get("next")),
                              csrf: key.csrfToken(for: presession), error: nil)
        var response = try page("sign-in", request, context, title: word("sign_in_title", request), view)
        if let cookie { response.setCookie(cookie) }
        return response
    }

    /// `POST /sign-in`: checks the password (scrypt, on a worker), at most 5 failures per 15 minutes
    /// per login and 50 per address; on success, a new session in a signed cookie.
    func signIn(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let (presession, _) = presession(request)
        let again = { (login: String, next: String, error: String, status: HTTPResponse.Status) throws -> Response in
            // A new pre-session when the form's was too old: the next try works.
            let (fresh, cookie) = status == .forbidden ? self.newPresession() : (presession, nil)
            let view = SignInView(login: login, next: next, csrf: key.csrfToken(for: fresh), error: error)
            var response = try page("sign-in", request, context, title: word("sign_in_title", request), view, status: status)
            if let cookie { response.setCookie(cookie) }
            return response
        }
        let form: WebForm
        do {
            form = try await WebForm.read(request, session: presession, key: key)
        } catch let problem as Problem where problem.status == .forbidden {
            return try again("", "/", word("sign_in_expired", request), .forbidden)
        }
        let login = form["login"].lowercased(), password = form["password"], next = PageRedirect.local(form["next"])
        switch throttle.attempt(login: login, address: context.remoteIP) {
        case .wait(let seconds):
            var response = try again(login, next, word("sign_in_throttled", request).replacingOccurrences(of: "{minutes}", with: String((seconds + 59) / 60)),
                                     .tooManyRequests)
            response.headers[.retryAfter] = String(seconds)
            return response
        case .busy:
            var response = try again(login, next, word("sign_in_busy", request), .serviceUnavailable)
            response.headers[.retryAfter] = "1"
            return response
        case .allowed:
            break
        }
        let users = self.users
        let user: WebUsers.User?
        do {
            user = try await api.workers.run { _ in users.signIn(login: login, password: password) }
        } catch {
            throttle.finished(login: login, address: context.remoteIP, .abandoned)
            throw error
        }
        throttle.finished(login: login, address: context.remoteIP, user == nil ? .failed : .succeeded)
        guard let user else {
            context.logger.notice("sign-in refused", metadata: ["login": .string(login)])
            return try again(login, next, word("sign_in_refused", request), .ok)
        }
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
        return newPresession()
    }

    /// A pre-session of a day: a sign-in page left open overnight still signs in.
    private func newPresession() -> (WebSession, Cookie?) {
        let session = key.begin(login: "", lifetime: 86400)
        return (session, Cookie(name: presessionCookie, value: key.seal(session), maxAge: 86400, path: "/", secure: secureCookies,
                                httpOnly: true, sameSite: .lax))
    }
}
