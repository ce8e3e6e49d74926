import Foundation
import Hummingbird

/// A form posted by a page (`application/x-www-form-urlencoded`), read only once its CSRF token has
/// been checked against the visitor's session: a handler cannot get at a form's fields otherwise.
struct WebForm: Sendable {
    private let fields: [String: [String]]

    /// The forms' largest body: a quote of 200 lines is about 60 KB.
    static let limit = 1 << 20

    /// Reads the body and checks its `csrf` field against `session`'s token (the sign-in form's
    /// session is the one before signing in).
    /// - Throws: ``Problem`` 403 when the token is missing or not the session's.
    static func read(_ request: Request, session: WebSession, key: SessionKey) async throws -> WebForm {
        let body = try await FolioAPI.body(request, limit: limit)
        let form = WebForm(encoded: String(decoding: body, as: UTF8.self))
        guard key.checks(csrfToken: form["csrf"], for: session) else {
            throw Problem(status: .forbidden, type: "/problems/csrf", title: "The form has expired",
                          detail: "the form's security token is missing or belongs to another session: open the page again")
        }
        return form
    }

    /// A GET form's fields, from the query (where a browser writes a space as `+`). No token: a GET changes nothing.
    init(query request: Request) {
        self.init(encoded: request.uri.query ?? "")
    }

    init(encoded: String) {
        var fields: [String: [String]] = [:]
        for pair in encoded.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            fields[decode(parts[0]), default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        self.fields = fields
    }

    /// A field's value, trimmed; "" when absent.
    subscript(_ name: String) -> String {
        fields[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    /// A field's value, or nil when absent or blank.
    func optional(_ name: String) -> String? {
        let value = self[name]
        return value.isEmpty ? nil : value
    }

    /// Every name of the form.
    var names: [String] { Array(fields.keys) }
}
