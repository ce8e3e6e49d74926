@testable import FolioTemplates
import Foundation
import Testing

/// The values a template prints and whether a section of their own name guards them: what lets a
/// company be refused before its terms print « consultables sur . ».
@Suite("Values a template prints")
struct TemplateValueUseTests {
    @Test("Guarded or not, with their line; comments, sections and item fields told apart")
    func scan() {
        let uses = TemplateValueUse.scan("""
            {{! {{company.phone}} in a comment }}
            {{company.legalName}}{{#company.capital}} au capital de {{company.capital}}{{/company.capital}}
            Consultables sur {{company.website}}.
            {{#rules.paymentMethodFees}}
            - {{method}} : {{amount}}
            {{/rules.paymentMethodFees}}
            {{^company.email}}Pas de courriel : {{company.email}}{{/company.email}}
            {{{company.court}}}
            """)
        #expect(uses.map(\.name) == ["company.legalName", "company.capital", "company.website", "method", "amount",
                                     "company.email", "company.court"])
        #expect(uses.map(\.line) == [2, 2, 3, 5, 5, 7, 8])
        #expect(uses.map(\.guarded) == [false, true, false, false, false, false, false])
        #expect(uses[3].sections == ["rules.paymentMethodFees"])
    }

    @Test("A value is present when a section would show it")
    func presence() {
        let values: [String: Any] = ["company": ["website": "https://a.example", "email": ""], "rules": ["fees": [String]()],
                                     "flag": false]
        #expect(TemplateValueUse.isPresent("company.website", in: values))
        #expect(!TemplateValueUse.isPresent("company.email", in: values))
        #expect(!TemplateValueUse.isPresent("company.phone", in: values))
        #expect(!TemplateValueUse.isPresent("rules.fees", in: values))
        #expect(!TemplateValueUse.isPresent("flag", in: values))
    }

    @Test("The scan over bytes finds what the first scan found: lines with CR LF, triple braces, unclosed tags, every template")
    func scanAsFirstWritten() throws {
        var sources = ["a\r\n{{x}}\n{{#s}}\r\n{{s}} {{{t}}}\n{{/s}}{{^n}}{{y}}{{/n}}", "{{! a\ncomment }}\n{{z}}", "{{unclosed", "{{{a}}", "é{{ b.c }}ü\n{{.}}", ""]
        let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("templates")
        let files = FileManager.default.enumerator(at: templates, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "folio" } ?? []
        #expect(files.count > 20)
        sources += try files.map { try String(contentsOf: $0, encoding: .utf8) }
        for source in sources {
            #expect(TemplateValueUse.scan(source) == firstScan(source))
        }
    }

    /// `TemplateValueUse.scan` as first written, with Foundation searches over the text.
    private func firstScan(_ source: String) -> [TemplateValueUse] {
        var uses: [TemplateValueUse] = []
        var open: [(name: String, inverted: Bool)] = []
        var line = 1
        var index = source.startIndex
        while let start = source.range(of: "{{", range: index..<source.endIndex) {
            line += source[index..<start.lowerBound].count { $0 == "\n" }
            let triple = source[start.upperBound...].hasPrefix("{")
            let closing = triple ? "}}}" : "}}"
            let contentStart = triple ? source.index(after: start.upperBound) : start.upperBound
            guard let end = source.range(of: closing, range: contentStart..<source.endIndex) else { break }
            let tag = source[contentStart..<end.lowerBound]
            line += tag.count { $0 == "\n" }
            index = end.upperBound
            let kind = tag.first
            let marked = !triple && kind.map { "!#^/>=&%{".contains($0) } == true
            let name = String(marked ? tag.dropFirst() : tag).trimmingCharacters(in: .whitespaces)
            switch triple ? "&" : kind {
            case "!", ">", "=", "%": continue
            case "#": open.append((name, false))
            case "^": open.append((name, true))
            case "/": if let last = open.lastIndex(where: { $0.name == name }) { open.removeSubrange(last...) }
            default:
                guard name != "." else { continue }
                uses.append(TemplateValueUse(name: name, line: line, sections: open.filter { !$0.inverted }.map(\.name)))
            }
        }
        return uses
    }
}
