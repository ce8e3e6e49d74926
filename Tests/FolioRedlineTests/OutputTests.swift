import Foundation
import Testing
import FolioRedline

@Suite("Redline outputs: text, HTML, JSON")
struct OutputTests {
    static let redline: Redline = {
        let old = MarkdownTerms.read("# Terms\n\n## 1. Payment\n\nPayable within 30 days <b>net</b> & free.\n\n- by transfer\n- by card\n\n## 2. Delivery\n\nWithin 10 days.\n")
        let new = MarkdownTerms.read("# Terms\n\n## 1. Delivery\n\nWithin 10 days.\n\n## 2. Payment\n\nPayable within 45 days <b>net</b> & free.\n\n- by transfer\n- by card\n")
        return TermsComparison.compare(old, new, old: RedlineVersion(name: "old.md"), new: RedlineVersion(name: "new.md", effective: "2026-12-01"))
    }()

    @Test("Text: plain marks off a terminal, colours on one")
    func text() {
        let plain = RedlineTextReport.render(Self.redline, wording: RedlineWording(language: "en"), colour: false)
        #expect(plain.contains("Art. 2 — Payment: duration: 30 days → 45 days"))
        #expect(plain.contains("Payable within [-30 days-] {+45 days+} <b>net</b> & free."))
        #expect(plain.contains("Art. 2 — Payment — modified, moved (was 1)") || plain.contains("Art. 1 — Delivery — moved (was 2)"))
        let colour = RedlineTextReport.render(Self.redline, wording: RedlineWording(language: "en"), colour: true)
        #expect(colour.contains("\u{1B}[31;9m30 days\u{1B}[0m") && colour.contains("\u{1B}[34;4m45 days\u{1B}[0m"))
    }

    @Test("HTML: one page, text escaped, items in one list, the moved article in green")
    func html() {
        let html = RedlineHTML.render(Self.redline, wording: RedlineWording(language: "en"), changesOnly: false)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(html.contains("&lt;b&gt;net&lt;/b&gt; &amp; free") && !html.contains("<b>net"))
        #expect(html.contains("<ul>\n<li>by transfer</li>\n<li>by card</li>\n</ul>"))
        #expect(html.contains("class=\"moved\""))
        #expect(html.contains("<del>30 days</del> <ins>45 days</ins>"))
    }

    @Test("JSON: the same redline, the same bytes")
    func json() throws {
        let first = try RedlineJSON.encode(Self.redline), second = try RedlineJSON.encode(Self.redline)
        #expect(first == second)
        let object = try #require(try JSONSerialization.jsonObject(with: first) as? [String: Any])
        #expect(object["format"] as? String == "folio-redline/1")
        #expect((object["new"] as? [String: Any])?["effective"] as? String == "2026-12-01")
    }
}
