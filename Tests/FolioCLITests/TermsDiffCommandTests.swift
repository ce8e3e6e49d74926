import Foundation
import Testing

/// `folio terms diff` end to end: the catalog's versions, files, every output format checked with
/// real tools (qpdf, pdftotext, pdffonts, the PDF/A check, jsonschema), and bad input.
@Suite("folio terms diff", .serialized)
struct TermsDiffCommandTests {
    /// The scratch folder and writer of the page tests.
    static var folder: URL { PageTests.folder }

    static func write(_ text: String, _ name: String) throws -> String { try PageTests.write(text, name) }

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try FolioCLITests.folio(["terms", "diff"] + arguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.error)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    }

    /// `kind label` lines of the changed articles, as the hand-made pairs' `expected` files say them.
    static func changes(_ json: [String: Any]) -> [String] {
        let articles = json["changes"] as? [[String: Any]] ?? []
        return articles.flatMap { article -> [String] in
            let old = (article["old"] as? [String: Any])?["label"] as? String ?? ""
            let new = (article["new"] as? [String: Any])?["label"] as? String ?? ""
            return (article["changes"] as? [String] ?? []).map { kind in
                switch kind {
                case "added", "modified": return "\(kind) \(new)"
                case "deleted": return "deleted \(old)"
                default: return "\(kind) \(old) -> \(new)"
                }
            }
        }
    }

    static func figures(_ json: [String: Any]) -> [String] {
        (json["figures"] as? [[String: Any]] ?? []).map { figure in
            "\(figure["article"] as? String ?? "") \(figure["kind"] as? String ?? ""): \(figure["old"] as? String ?? "-") → \(figure["new"] as? String ?? "-")"
        }
    }

    @Test("Every redline's JSON is valid against schema/redline.schema.json")
    func schema() throws {
        let run = try FolioCLITests.folio("terms", "diff", "terms/goods-and-software", "2026-01-01", "2026-12-01", "--format", "json")
        #expect(run.status == 0, "\(run.error)")
        let path = try Self.write(run.output, "redline.json")
        let check = try EInvoiceDemoTests.command(["python3", "-c", """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); data = json.load(open(sys.argv[2]))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
            print("\\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5]) or "valid")
            """, FolioCLITests.root.appendingPathComponent("schema/redline.schema.json").path, path])
        #expect(check.output.trimmingCharacters(in: .whitespacesAndNewlines) == "valid", "\(check.output)")
    }

    @Test("Folio's terms: each pair of dated versions reports exactly its changes and figures, in French and English",
          arguments: [
            ("goods-and-software", "2026-01-01", "2026-09-01", "fr",
             ["modified preamble", "added 4 bis", "added 7 bis", "modified 9", "modified 11"],
             ["preamble date: 1er janvier 2026 → 1er septembre 2026", "9 duration: - → douze mois"]),
            ("goods-and-software", "2026-01-01", "2026-09-01", "en",
             ["modified preamble", "added 4a", "added 7a", "modified 9", "modified 11"],
             ["preamble date: 1 January 2026 → 1 September 2026", "9 duration: - → twelve months"]),
            ("goods-and-software", "2026-09-01", "2026-12-01", "fr",
             ["modified preamble"] + ["1", "2", "3", "4", "5", "6", "7", "7 bis", "8", "9", "11", "13"].map { "modified \($0)" }
                + ["added 15", "added Annexe — Formulaire de rétractation"],
             // Art. 13's « dans l'année » is no figure; the English says "within one year".
             ["preamble date: 1er septembre 2026 → 1er décembre 2026"]),
            ("goods-and-software", "2026-09-01", "2026-12-01", "en",
             ["modified preamble"] + ["1", "2", "3", "4", "5", "6", "7", "7a", "8", "9", "11", "13"].map { "modified \($0)" }
                + ["added 15", "added Annex — Withdrawal form"],
             ["preamble date: 1 September 2026 → 1 December 2026", "13 duration: - → one year"]),
            ("maintenance-services", "2026-01-01", "2026-07-01", "fr",
             ["modified preamble", "modified 4", "added 8 bis", "modified 9"],
             ["preamble date: 1er janvier 2026 → 1er juillet 2026", "4 duration: quatre mois → -",
              "9 duration: huit heures → quatre heures", "9 duration: deux jours ouvrés → huit heures",
              "9 duration: cinq jours ouvrés → trois jours ouvrés"]),
            ("maintenance-services", "2026-01-01", "2026-07-01", "en",
             ["modified preamble", "modified 4", "added 8a", "modified 9"],
             ["preamble date: 1 January 2026 → 1 July 2026", "4 duration: four months → -",
              "9 duration: eight working hours → four working hours",
              "9 duration: two working days → eight working hours", "9 duration: five working days → three working days"]),
          ])
    func catalog(_ name: String, _ old: String, _ new: String, _ language: String, _ changes: [String], _ figures: [String]) throws {
        let json = try Self.json([name, old, new, "--lang", language])
        #expect(Self.changes(json) == changes)
        #expect(Self.figures(json) == figures)
    }

    @Test("A seed's two versions: pickup points added to delivery, hidden damage reported within ten days, not seven")
    func seedVersions() throws {
        for (language, seven, ten) in [("fr", "sept jours", "dix jours"), ("en", "seven days", "ten days")] {
            let json = try Self.json(["general-terms", "--lang", language, "--company", "examples/seeds/002-azultek-webshop/profile.yaml"])
            #expect(Self.changes(json) == ["modified preamble", "modified 8", "modified 9"])
            #expect(Self.figures(json).dropFirst() == ["8 duration: - → \(ten)", "9 duration: \(seven) → \(ten)"])
        }
    }

    @Test("The German seed's two versions, in German without --lang: the new date, the new period, statutes cited kept whole")
    func germanSeedVersions() throws {
        let run = try FolioCLITests.folio("terms", "diff", "general-terms", "2026-01-01", "2026-07-01",
                                          "--company", "examples/seeds/002-azultek-webshop-de/profile.yaml")
        #expect(run.status == 0, "\(run.error)")
        let text = run.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for expected in ["Geänderte Zahlen", "Präambel: Datum: 1. Januar 2026 → 1. Juli 2026", "Frist: (eingefügt) → zwölf Monate",
                         "[-§ 355 BGB-]{+§§ 355, 356a BGB+}", "Ziff. 17 — Batterien und Altbatterien — eingefügt"] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
    }

    @Test("Thirty pages generated with known amendments: the redline finds each, and nothing else")
    func thirtyPages() throws {
        let folder = Self.folder.appendingPathComponent("thirty").path
        let generate = try EInvoiceDemoTests.command(["python3", FolioCLITests.root.appendingPathComponent("bench/redline/generate.py").path, folder])
        #expect(generate.status == 0, "\(generate.output)")
        let json = try Self.json(["--files", "\(folder)/old.md", "\(folder)/new.md"])
        let changes = Self.changes(json)
        let structural = changes.filter { !$0.hasPrefix("modified") && !$0.hasPrefix("renumbered") }
        #expect(structural == [
            "deleted 7", "deleted 7.1", "deleted 7.2", "split 18 -> 16",
            "added 19", "added 19.1", "added 19.2", "added 23", "added 23.1", "added 23.2", "added 23.3", "added 23.4",
            "merged 24 -> 25", "moved 17 -> 29", "added 42", "added 42.1", "added 42.2",
        ])
        #expect(Self.figures(json) == [
            "5.1 amount: $49.99 → $54.99", "8.3 percentage: 1% → 1.5%", "10.1 date: 31 December 2026 → 30 June 2027",
            "27.2 amount: EUR 1,500.00 → EUR 5,000.00", "29.4 duration: five (5) years → seven (7) years",
            "31.1 duration: thirty (30) days → sixty (60) days",
        ])
        // 15 sentences reworded, 6 figures, 1 clause retitled: curly quotes, reflowed paragraphs and references
        // that follow the renumbering are no change.
        #expect(changes.filter { $0.hasPrefix("modified") }.count == 22)
        let split = try #require((json["changes"] as? [[String: Any]])?.first { ($0["changes"] as? [String])?.contains("split") == true })
        #expect(split["splitInto"] as? [String] == ["16", "17"])
    }

    @Test("Text for a terminal, HTML in one file, a PDF/A with fonts embedded")
    func outputs() throws {
        let text = try FolioCLITests.folio("terms", "diff", "goods-and-software", "2026-01-01", "2026-09-01", "--lang", "en")
        #expect(text.status == 0, "\(text.error)")
        #expect(text.output.contains("Art. 9 — Liability: duration: (added) → twelve months"))
        #expect(text.output.contains("{+Returns+}") || text.output.contains("Art. 7a — Returns — added"))
        #expect(!text.output.contains("\u{1B}["), "no colour when the output is not a terminal")

        let html = Self.folder.appendingPathComponent("redline.html").path
        let page = try FolioCLITests.folio("terms", "diff", "goods-and-software", "2026-09-01", "2026-12-01", "--format", "html",
                                           "--changes-only", "--output", html)
        #expect(page.status == 0, "\(page.error)")
        let source = try String(contentsOfFile: html, encoding: .utf8)
        #expect(source.contains("<del>") && source.contains("<ins>") && source.contains("<style>"))
        #expect(!source.contains("<script") && !source.contains("<link") && !source.contains("src="), "self-contained")
        #expect(source.contains("inchangés non reproduits"))

        let pdf = Self.folder.appendingPathComponent("redline.pdf").path
        let run = try FolioCLITests.folio("terms", "diff", "goods-and-software", "2026-09-01", "2026-12-01", "--format", "pdf", "--output", pdf)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Wrote \(pdf)"))
        #expect(try EInvoiceDemoTests.command(["qpdf", "--check", pdf]).status == 0)
        #expect(try PageTests.tool(["python3", FolioCLITests.root.appendingPathComponent("scripts/check-pdfa.py").path, pdf])
            .contains("PDF/A-3 structure ok"))
        let fonts = try PageTests.tool(["pdffonts", pdf]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty && fonts.allSatisfy { $0.split(separator: " ").dropLast(4).last == "yes" })
        let cover = try PageTests.text(pdf, page: 1)
        #expect(cover.contains("Comparaison des conditions"))
        #expect(cover.contains("Ancienne version terms/goods-and-software, en vigueur le 2026-09-01"))
        #expect(cover.contains("Préambule : date : 1er septembre 2026 → 1er décembre 2026"))
        #expect(cover.contains("Art. 15 — Dispositions propres aux consommateurs — ajouté"))
        // The same comparison gives the same bytes.
        let again = Self.folder.appendingPathComponent("again.pdf").path
        _ = try FolioCLITests.folio("terms", "diff", "goods-and-software", "2026-09-01", "2026-12-01", "--format", "pdf", "--output", again)
        #expect(FileManager.default.contentsEqual(atPath: pdf, andPath: again))
    }

    @Test("Two files that say the same thing: « no change », exit 0; typography counts only with --strict")
    func noChange() throws {
        let old = try Self.write("# Terms\n\n## 1. Payment\n\nInvoices are payable within thirty (30) days. The Client's \"order\" binds it.\n", "same-old.md")
        let new = try Self.write("# Terms\n\n## 1. Payment\n\nInvoices are payable within\nthirty (30) days.  The Client’s “order” binds it.\n", "same-new.md")
        let run = try FolioCLITests.folio("terms", "diff", "--files", old, new)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("No change"))
        let identical = try FolioCLITests.folio("terms", "diff", "--files", old, old, "--format", "json")
        #expect(identical.status == 0 && identical.output.contains("\"unchanged\" : true"))
        let strict = try FolioCLITests.folio("terms", "diff", "--files", old, new, "--strict")
        #expect(strict.status == 0)
        #expect(strict.output.contains("1 modified"), "\(strict.output)")
    }

    @Test("A day that is no version's date names the version in force that day, and says so; Folio templates compared as files")
    func versionsByDay() throws {
        let run = try FolioCLITests.folio("terms", "diff", "goods-and-software", "2026-05-01", "2026-09-15", "--format", "json")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.contains("note: 2026-05-01 is not the date of a version of terms/goods-and-software: the version in force that day, 2026-01-01, is compared"))
        #expect(run.error.contains("2026-09-15 is not the date") && run.error.contains("2026-09-01, is compared"))
        let catalog = try Self.json(["goods-and-software", "2026-01-01", "2026-09-01"])
        let files = try Self.json(["--files", "templates/terms/goods-and-software/2026-01-01/fr.folio",
                                   "templates/terms/goods-and-software/2026-09-01/fr.folio"])
        #expect(Self.changes(files) == Self.changes(catalog) && Self.figures(files) == Self.figures(catalog))
        #expect((files["new"] as? [String: Any])?["effective"] as? String == "2026-09-01")
        // --changes-only: the unchanged articles collapsed, fewer pages.
        let full = Self.folder.appendingPathComponent("full.pdf").path, short = Self.folder.appendingPathComponent("short.pdf").path
        _ = try FolioCLITests.folio("terms", "diff", "goods-and-software", "2026-01-01", "2026-09-01", "--format", "pdf", "--output", full)
        _ = try FolioCLITests.folio("terms", "diff", "goods-and-software", "2026-01-01", "2026-09-01", "--format", "pdf", "--changes-only", "--output", short)
        #expect(try PageTests.pages(short) < PageTests.pages(full))
        #expect(try PageTests.tool(["pdftotext", short, "-"]).contains("articles inchangés non reproduits"))
    }

    @Test("Bad input: a version not in force, an unknown document, a binary file, a missing file, one file only")
    func badInput() throws {
        let early = try FolioCLITests.folio("terms", "diff", "goods-and-software", "2025-06-01", "2026-09-01")
        #expect(early.status == 1)
        #expect(early.error.contains("no version of terms/goods-and-software is in force on 2025-06-01"), "\(early.error)")
        let unknown = try FolioCLITests.folio("terms", "diff", "no-such-terms", "2026-01-01", "2026-09-01")
        #expect(unknown.status == 1 && unknown.error.contains("no template named terms/no-such-terms"), "\(unknown.error)")
        let notADate = try FolioCLITests.folio("terms", "diff", "goods-and-software", "first", "2026-09-01")
        #expect(notADate.status == 2 && notADate.error.contains("\"first\" is not a date"), "\(notADate.error)")

        let binary = Self.folder.appendingPathComponent("terms.pdf").path
        try Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xFF]).write(to: URL(fileURLWithPath: binary))
        let text = try Self.write("# Terms\n\n## 1. Payment\n\nPayable at once.\n", "terms.md")
        let refused = try FolioCLITests.folio("terms", "diff", "--files", text, binary, "--format", "pdf", "--output",
                                              Self.folder.appendingPathComponent("never.pdf").path)
        #expect(refused.status == 1)
        #expect(refused.error.contains("\(binary): is a binary file, not text"), "\(refused.error)")
        #expect(!FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent("never.pdf").path))
        let missing = try FolioCLITests.folio("terms", "diff", "--files", text, "/nonexistent/terms.md")
        #expect(missing.status == 1 && missing.error.contains("/nonexistent/terms.md: no such file"), "\(missing.error)")
        let one = try FolioCLITests.folio("terms", "diff", "--files", text)
        #expect(one.status == 2 && one.error.contains("--files needs two files"), "\(one.error)")
        let format = try FolioCLITests.folio("terms", "diff", "--files", text, text, "--format", "docx")
        #expect(format.status == 2 && format.error.contains("--format"), "\(format.error)")
    }
}
