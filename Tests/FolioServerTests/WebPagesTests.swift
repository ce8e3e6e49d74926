import FolioDocuments
@testable import FolioServer
import Foundation
import Testing

/// The pieces of the pages that hold a rule: the sign-in throttle, the quote form's mapping to an
/// order and back to its fields, forms, redirects, the interface's words, and escaping.
@Suite("The pages' rules")
struct WebPagesTests {
    @Test("Five failures lock a login for the rest of the window; a success clears them; an address has its own, higher limit")
    func throttle() {
        let throttle = SignInThrottle(loginLimit: 5, addressLimit: 8, window: 900)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let fail = { (login: String, address: String?, second: Double) in
            #expect(throttle.attempt(login: login, address: address, now: start.addingTimeInterval(second)) == .allowed)
            throttle.finished(login: login, address: address, .failed)
        }
        for second in 0..<5 { fail("jeanne", "10.0.0.1", Double(second)) }
        #expect(throttle.attempt(login: "jeanne", address: "10.0.0.1", now: start.addingTimeInterval(10)) == .wait(890))
        #expect(throttle.attempt(login: "jeanne", address: "10.0.0.9", now: start.addingTimeInterval(10)) != .allowed, "from any address")
        #expect(throttle.attempt(login: "jeanne", address: nil, now: start.addingTimeInterval(901)) == .allowed, "the oldest failure left the window")
        throttle.finished(login: "jeanne", address: nil, .succeeded)
        // Many logins from one address: the address' limit (5 counted above, 3 more).
        for index in 0..<3 { fail("guess\(index)", "10.0.0.1", 20) }
        if case .wait = throttle.attempt(login: "someone", address: "10.0.0.1", now: start.addingTimeInterval(30)) {} else {
            Issue.record("8 failures from the address should lock it")
        }
        // Attempts sent together are counted before any password is checked.
        let burst = SignInThrottle(loginLimit: 5, concurrent: 100)
        let verdicts = (0..<20).map { _ in burst.attempt(login: "ada", address: nil, now: start) }
        #expect(verdicts.filter { $0 == .allowed }.count == 5)
        // At most `concurrent` checks at once; an abandoned attempt is not counted.
        let busy = SignInThrottle(concurrent: 1)
        #expect(busy.attempt(login: "a", address: nil, now: start) == .allowed)
        #expect(busy.attempt(login: "b", address: nil, now: start) == .busy)
        busy.finished(login: "a", address: nil, .abandoned)
        for _ in 0..<4 {
            #expect(busy.attempt(login: "a", address: nil, now: start) == .allowed)
            busy.finished(login: "a", address: nil, .failed)
        }
        #expect(busy.attempt(login: "a", address: nil, now: start) == .allowed, "4 failures and an abandoned attempt: a fifth try")
        busy.finished(login: "a", address: nil, .succeeded)
        #expect(busy.attempt(login: "a", address: nil, now: start) == .allowed, "a success forgets the failures")
    }

    @Test("The quote form makes the order the library reads: decimal commas, spaces in a SIREN, a discount as the line's allowance")
    func quoteFormOrder() throws {
        let form = WebForm(encoded: "date=2026-11-27&buyer.kind=business&buyer.name=%C3%89ditions+de+la+Presqu%27%C3%AEle+SAS"
            + "&buyer.siren=732+829+320&buyer.vatNumber=FR44732829320&buyer.address.lines=3+quai+Saint-Antoine"
            + "&buyer.address.postcode=69002&buyer.address.city=Lyon&buyer.country=fr&validity.days=30&deposit.percent=30"
            + "&paymentTerms.days=30&language=fr&lines%5B0%5D.description=Charte&lines%5B0%5D.quantity=1&lines%5B0%5D.unit=C62"
            + "&lines%5B0%5D.unitPrice=4+800%2C00&lines%5B0%5D.vatRate=20&lines%5B0%5D.discount=10&lines%5B0%5D.nature=services"
            + "&lines%5B1%5D.description=&lines%5B1%5D.unitPrice=")
        let quote = try QuoteForm(form)
        #expect(quote.lines.count == 1, "a blank line is left out")
        let input = try OrderInput(bytes: try quote.orderJSON(), name: "form")
        #expect(input.order.kind == .quote)
        #expect(input.order.buyer.siren?.digits == "732829320")
        #expect(input.order.lines[0].unitPrice.description == "4800.00")
        let company = try Company.load(try #require(FolioResources.exampleProfile()))
        let computed = try company.compute(input)
        // 4,800.00 less 10 % = 4,320.00, plus 20 % VAT.
        #expect(computed.totals.grandTotal.amount.description == "5184.00")
    }

    @Test("The library's error for a field lands on the form field that writes it")
    func errorFields() {
        let cases: [(String?, String?)] = [
            ("lines[3].allowances[0].percent", "lines[3].discount"), ("buyer.address.country", "buyer.country"),
            ("buyer", "buyer.name"), ("buyer.address.lines[0]", "buyer.address.lines"), ("lines[0].quantity", "lines[0].quantity"),
            ("validity", "validity.days"), (nil, nil),
        ]
        for (path, field) in cases {
            #expect(QuoteForm.field(of: InputError(source: "form", field: path, "x")) == field, "\(path ?? "nil")")
        }
        var errors = FormErrors()
        errors.add(InputError(source: "form", field: "buyer.siren", "fails its check digit"), field: "buyer.siren", known: ["buyer.siren"])
        errors.add(InputError(source: "form", field: "seller.iban", "not an IBAN"), field: "seller.iban", known: ["buyer.siren"])
        #expect(errors.byField == ["buyer.siren": "fails its check digit"])
        #expect(errors.general == ["seller.iban: not an IBAN"], "an error of no field of the form is shown above it, naming its field")
    }

    @Test("A form's fields: + and percent-escapes decoded, repeated names kept, values trimmed")
    func formFields() {
        let form = WebForm(encoded: "a=1+2&b=%3Cscript%3E&c=&c=x&d=%20padded%20&bad=%ZZ")
        #expect(form["a"] == "1 2")
        #expect(form["b"] == "<script>")
        #expect(form["c"] == "" && form.optional("c") == nil)
        #expect(form["d"] == "padded")
        #expect(form["missing"] == "")
        #expect(form["bad"] == "")
    }

    @Test("A redirect after signing in stays on this server")
    func localRedirects() {
        #expect(PageRedirect.local("/ledger?from=2026-01-01") == "/ledger?from=2026-01-01")
        #expect(PageRedirect.local("%2Fquotes") == "/quotes")
        for hostile in ["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)", nil] {
            #expect(PageRedirect.local(hostile) == "/", "\(hostile ?? "nil")")
        }
    }

    @Test("The interface language: the cookie's choice, else the browser's, else French")
    func interfaceLanguage() {
        #expect(InterfaceLanguage.of(cookie: "en", acceptLanguage: "fr-FR") == .english)
        #expect(InterfaceLanguage.of(cookie: nil, acceptLanguage: "de-DE,en-GB;q=0.8,fr;q=0.5") == .english)
        #expect(InterfaceLanguage.of(cookie: "xx", acceptLanguage: "fr-CA") == .french)
        #expect(InterfaceLanguage.of(cookie: nil, acceptLanguage: nil) == .french)
    }

    @Test("The shipped templates parse, both languages have the same words, and a value with markup is escaped")
    func shippedViews() throws {
        let views = try PageViews(folder: try FolioResources.locate().appendingPathComponent("web"))
        #expect(views.text("sign_in_title", .french) == "Connexion" && views.text("sign_in_title", .english) == "Sign in")
        #expect(views.text("totals_on", .english) == "on", "a YAML 1.1 boolean word stays a word")
        struct Model {
            let status = 404
            let title = "<script>alert(1)</script>"
            let detail = "a \"quoted\" & <b>bold</b> name"
        }
        let frame = WebPages.Frame(lang: "fr", t: views.text.table(.french), title: "t", css: "", js: "", user: nil, company: nil,
                                   csrf: nil, nav: [], languages: [], notice: nil)
        let html = try #require(views.render("error", WebPages.PageModel(frame: frame, content: Model())))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !html.contains("<script>alert"))
        #expect(html.contains("a &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt; name"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("locales"), withIntermediateDirectories: true)
        try "a: A\nb: B\n".write(to: folder.appendingPathComponent("locales/fr.yaml"), atomically: true, encoding: .utf8)
        try "a: A\n".write(to: folder.appendingPathComponent("locales/en.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) { try InterfaceText(folder: folder.appendingPathComponent("locales")) }
    }
}
