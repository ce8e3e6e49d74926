import FolioDocuments
import Foundation
import HTTPTypes
import Hummingbird

/// The pages of `folio serve` for sales, finance and legal: server-rendered HTML over the same
/// library as the API (a page parses its form, calls the library on a worker, and shows the result
/// or the library's own reason next to the field at fault). They work without JavaScript; with it,
/// the quote form's totals follow the typing.
///
/// Who may see what: a person signs in (``WebUsers``), belongs to one company, and has roles.
/// Sales make quotes and invoice them, finance works on invoices, payments and notices, legal reads
/// the terms; an admin does all three.
struct WebPages: Sendable {
    let api: FolioAPI
    let users: WebUsers
    let key: SessionKey
    let views: PageViews
    let throttle: SignInThrottle
    /// `Secure` cookies under the `__Host-` prefix, for a server reached over HTTPS (behind a proxy).
    let secureCookies: Bool
    /// The keys of forms already posted, for those the ledger has no idempotency key of its own (payments).
    let replays = FormReplays()

    var ledger: Ledger { api.ledger }
    var sessionCookie: String { secureCookies ? "__Host-folio_session" : "folio_session" }
    var presessionCookie: String { secureCookies ? "__Host-folio_presession" : "folio_presession" }

    /// Every page, by method and path.
    var routes: [FolioAPI.Route] {
        typealias Route = FolioAPI.Route
        return [
            Route(method: .get, path: "/", handler: home),
            Route(method: .get, path: "/static/{hash}/{name}", handler: asset),
            Route(method: .get, path: "/language/{code}", handler: switchLanguage),
            Route(method: .get, path: "/sign-in", handler: signInPage),
            Route(method: .post, path: "/sign-in", handler: signIn),
            Route(method: .post, path: "/sign-out", handler: signOut),
            // Sales
            Route(method: .get, path: "/quotes", handler: quotes),
            Route(method: .get, path: "/quotes/new", handler: newQuote),
            Route(method: .post, path: "/quotes/new", handler: postQuote),
            Route(method: .post, path: "/quotes/live", handler: liveQuote),
            Route(method: .post, path: "/quotes/{number}/decision", handler: decideQuote),
            Route(method: .post, path: "/quotes/{number}/invoice", handler: invoiceQuote),
            // Documents, for sales and finance
            Route(method: .get, path: "/documents/{number}", handler: documentPage),
            Route(method: .get, path: "/documents/{number}/pdf", handler: documentPDF),
            Route(method: .get, path: "/documents/{number}/xml", handler: documentXML),
            // Finance
            Route(method: .get, path: "/ledger", handler: ledgerPage),
            Route(method: .get, path: "/ledger/export", handler: ledgerExport),
            Route(method: .get, path: "/ledger/print", handler: ledgerPrint),
            Route(method: .get, path: "/receivables", handler: receivables),
            Route(method: .post, path: "/documents/{number}/payment", handler: recordPayment),
            Route(method: .get, path: "/documents/{number}/notice", handler: noticePreview),
            Route(method: .post, path: "/documents/{number}/notice", handler: sendNotice),
            Route(method: .get, path: "/documents/{number}/credit-note", handler: creditNoteForm),
            Route(method: .post, path: "/documents/{number}/credit-note", handler: issueCreditNote),
            // Legal
            Route(method: .get, path: "/terms", handler: termsPage),
            Route(method: .get, path: "/terms/{document}/versions/{effective}", handler: termsVersion),
            Route(method: .get, path: "/terms/{document}/redline", handler: termsRedline),
        ]
    }

    // MARK: - Who asks

    /// The person signed in, who must have one of `roles` (any role when empty).
    /// - Throws: ``PageRedirect`` to the sign-in page when nobody is; ``Problem`` 403 for a missing role.
    func visitor(_ request: Request, _ context: FolioRequestContext, _ roles: WebRole...) throws -> FolioRequestContext.Visitor {
        guard let visitor = context.visitor else {
            let here = request.method == .get ? request.uri.path + (request.uri.query.map { "?" + $0 } ?? "") : "/"
            throw PageRedirect(to: "/sign-in?next=" + (here.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
        }
        guard roles.isEmpty || roles.contains(where: visitor.user.may) else {
            throw Problem(status: .forbidden, type: "/problems/forbidden", title: "Not allowed",
                          detail: "\(visitor.user.login) has no role \(roles.map(\.rawValue).joined(separator: " or "))")
        }
        return visitor
    }

    /// The interface language of a request.
    func language(_ request: Request) -> InterfaceLanguage {
        InterfaceLanguage.of(cookie: request.cookies["folio_lang"]?.value, acceptLanguage: request.headers[.acceptLanguage])
    }

    /// A posted form, its CSRF token checked against the visitor's session.
    func form(_ request: Request, _ visitor: FolioRequestContext.Visitor) async throws -> WebForm {
        try await WebForm.read(request, session: visitor.session, key: key)
    }

    // MARK: - Answers

    /// What every page shows around its content: the language, the words, the menu of the visitor's roles.
    struct Frame {
        let lang: String
        let t: [String: String]
        let title: String
        let css: String
        let js: String
        let user: String?
        let company: String?
        let csrf: String?
        let nav: [NavItem]
        let languages: [NavItem]
        let notice: String?
    }

    struct NavItem {
        let href: String
        let label: String
        let current: Bool
    }

    /// A page: the frame's fields beside the page's own (`content`).
    struct PageModel<Content> {
        let frame: Frame
        let content: Content
    }

    func frame(_ request: Request, _ context: FolioRequestContext, title: String, notice: String? = nil) -> Frame {
        let language = language(request)
        let t = views.text.table(language)
        let path = request.uri.path
        var nav: [NavItem] = []
        if let user = context.visitor?.user {
            let items: [(WebRole, String, String)] = [
                (.sales, "/quotes", "nav_quotes"), (.sales, "/quotes/new", "nav_new_quote"),
                (.finance, "/ledger", "nav_ledger"), (.finance, "/receivables", "nav_receivables"),
                (.legal, "/terms", "nav_terms"),
            ]
            nav = items.filter { user.may($0.0) }.map { NavItem(href: $0.1, label: t[$0.2] ?? $0.2, current: path == $0.1) }
        }
        // Back to this page after switching, unless it answered a form (a POST's address has no page to GET).
        let here = request.method == .get ? request.uri.path + (request.uri.query.map { "?" + $0 } ?? "") : "/"
        let back = here.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"
        let languages = InterfaceLanguage.allCases.filter { $0 != language }.map {
            NavItem(href: "/language/\($0.rawValue)?back=\(back)", label: views.text("language_name", $0), current: false)
        }
        return Frame(lang: language.rawValue, t: t, title: title, css: views.assetPaths["folio.css"] ?? "", js: views.assetPaths["folio.js"] ?? "",
                     user: context.visitor?.user.name, company: context.visitor?.user.company.legalName,
                     csrf: context.visitor.map { key.csrfToken(for: $0.session) }, nav: nav, languages: languages, notice: notice)
    }

    /// An HTML page from `template`, with the frame around `content`.
    func page(_ template: String, _ request: Request, _ context: FolioRequestContext, title: String, _ content: some Any,
              status: HTTPResponse.Status = .ok, notice: String? = nil) throws -> Response {
        let model = PageModel(frame: frame(request, context, title: title, notice: notice), content: content)
        guard let html = views.render(template, model) else { throw Problem(status: .internalServerError, type: "/problems/internal",
                                                                            title: "Internal error", detail: "no template \(template)") }
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The word `key` in the request's language.
    func word(_ key: String, _ request: Request) -> String { views.text(key, language(request)) }

    /// A number from a path, as the page names it.
    func parameter(_ context: FolioRequestContext, _ name: String) throws -> String { try FolioAPI.parameter(context, name) }

    // MARK: - Home, assets, language

    /// `/`: the first page of the visitor's roles.
    func home(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let user = try visitor(request, context).user
        let first = user.may(.sales) ? "/quotes" : user.may(.finance) ? "/ledger" : "/terms"
        return PageRedirect(to: first).response
    }

    func asset(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        guard let asset = views.assets[request.uri.path] else { throw Problem.notFound("no such file") }
        return Response(status: .ok, headers: [.contentType: asset.type, .cacheControl: "public, max-age=31536000, immutable"],
                        body: .init(byteBuffer: ByteBuffer(bytes: asset.bytes)))
    }

    /// `/language/en?back=/ledger`: keeps the choice in a cookie, and goes back to the page.
    func switchLanguage(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        guard let language = InterfaceLanguage(rawValue: try parameter(context, "code")) else { throw Problem.notFound("no such language") }
        var response = PageRedirect(to: PageRedirect.local(request.uri.queryParameters.get("back"))).response
        response.setCookie(Cookie(name: "folio_lang", value: language.rawValue, maxAge: 365 * 86400, path: "/", secure: secureCookies,
                                  httpOnly: true, sameSite: .lax))
        return response
    }
}

/// Sends the browser to another page (303 See Other: after a form, the next load is a GET).
struct PageRedirect: Error, Sendable {
    let location: String

    init(to location: String) {
        self.location = location
    }

    var response: Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// A path of this server only (`/ledger?from=2026-01-01`), never another site (`//evil`,
    /// `https://…`, `/\tevil` that a browser reads as `//evil`): a slash, then visible ASCII without `\`.
    static func local(_ path: String?) -> String {
        guard let path = path?.removingPercentEncoding, path.hasPrefix("/"), !path.hasPrefix("//"),
              path.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) && $0 != "\\" }) else { return "/" }
        return path
    }
}
