import FolioCore
import FolioTemplates
import Foundation
import Testing

/// Filling templates (escaped values, errors with file, line and column) and choosing versions.
@Suite("Templates")
struct TemplateTests {
    @Test("A client named like template syntax or markup is printed as written")
    func escapedValues() throws {
        let filler = try TemplateFiller(source: "Client : {{client}}\n\n{{#lines}}- {{description}}\n{{/lines}}", file: "t.folio")
        let values: [String: Any] = ["client": "{{name}} <b>Acme</b> **SAS**",
                                     "lines": [["description": "# pas un titre"], ["description": "| pas | un tableau |"]]]
        let blocks = try filler.blocks(values)
        #expect(blocks == [
            .paragraph([.text("Client : {{name}} <b>Acme</b> **SAS**")], small: false),
            .list(items: [[.text("# pas un titre")], [.text("| pas | un tableau |")]], numbered: false),
        ])
    }

    @Test("A template syntax error names the file, line and column")
    func syntaxError() {
        #expect(throws: TemplateError(file: "invoice/fr.folio", line: 3, column: 15,
                                      reason: "the section closed here is not the one open ({{/name}} must match {{#name}})")) {
            try TemplateFiller(source: "# Facture\n{{#lines}}\n- {{name}} {{/items}}\n", file: "invoice/fr.folio")
        }
        #expect(throws: TemplateError.self) {
            try TemplateFiller(source: "{{#open}} never closed", file: "x.folio")
        }
    }

    @Test("The version in force: the day before, on and after an effective date")
    func versionInForce() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("folio-templates-\(UUID().uuidString)")
        for (name, date) in [("invoice", "2025-01-01"), ("invoice", "2026-07-01"), ("terms/goods", "2026-01-01")] {
            let folder = root.appendingPathComponent(name).appendingPathComponent(date)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("# \(name) \(date)".utf8).write(to: folder.appendingPathComponent("fr.folio"))
            try Data("# \(name) \(date)".utf8).write(to: folder.appendingPathComponent("en.folio"))
        }
        let catalog = try TemplateCatalog(root: root)
        #expect(catalog.names == ["invoice", "terms/goods"])
        func day(_ text: String) throws -> CalendarDate { try #require(CalendarDate(text)) }
        #expect(try catalog.version(of: "invoice", at: day("2026-06-30")).identity == "invoice@2025-01-01")
        #expect(try catalog.version(of: "invoice", at: day("2026-07-01")).identity == "invoice@2026-07-01")
        #expect(try catalog.version(of: "invoice", at: day("2026-07-02")).identity == "invoice@2026-07-01")
        #expect(throws: TemplateCatalogError("no version of invoice is in force on 2024-12-31 (its first version takes effect on 2025-01-01)")) {
            try catalog.version(of: "invoice", at: day("2024-12-31"))
        }
        #expect(throws: TemplateCatalogError("no template named quote (known: invoice, terms/goods)")) {
            try catalog.version(of: "quote", at: day("2026-01-01"))
        }
        #expect(try catalog.version(of: "terms/goods", at: day("2026-01-01")).languages == ["en", "fr"])
    }
}
