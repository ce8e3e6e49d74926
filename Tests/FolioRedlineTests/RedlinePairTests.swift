import Foundation
import Testing
import FolioRedline

/// The hand-made version pairs of `Pairs/`: each isolates one change (see Pairs/README.md) and its
/// `expected` file lists exactly what the redline must report, nothing else.
@Suite("Redline: hand-made version pairs, one case each")
struct RedlinePairTests {
    static let pairs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Pairs")

    /// Every pair folder: `LANG/CASE`.
    static let cases: [String] = {
        let manager = FileManager.default
        var cases: [String] = []
        for language in ((try? manager.contentsOfDirectory(atPath: pairs.path)) ?? []).sorted() {
            let folder = pairs.appendingPathComponent(language)
            for name in ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            where manager.fileExists(atPath: folder.appendingPathComponent("\(name)/expected").path) {
                cases.append("\(language)/\(name)")
            }
        }
        return cases
    }()

    @Test("There are pairs in French, English and plain text")
    func present() {
        #expect(Set(Self.cases.map { $0.split(separator: "/")[0] }) == ["en", "fr", "text"])
        #expect(Self.cases.count >= 30)
    }

    @Test("The redline reports exactly the expected changes", arguments: cases)
    func pair(_ name: String) throws {
        let folder = Self.pairs.appendingPathComponent(name)
        let redline = try Self.compare(folder)
        let expected = try String(contentsOf: folder.appendingPathComponent("expected"), encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        #expect(Self.lines(redline).sorted() == expected.sorted(), "\(name)")
    }

    static func compare(_ folder: URL) throws -> Redline {
        let markdown = FileManager.default.fileExists(atPath: folder.appendingPathComponent("old.md").path)
        let ext = markdown ? "md" : "txt"
        let old = try String(contentsOf: folder.appendingPathComponent("old.\(ext)"), encoding: .utf8)
        let new = try String(contentsOf: folder.appendingPathComponent("new.\(ext)"), encoding: .utf8)
        let oldText = markdown ? MarkdownTerms.read(old) : PlainTextTerms.read(old)
        let newText = markdown ? MarkdownTerms.read(new) : PlainTextTerms.read(new)
        return TermsComparison.compare(oldText, newText, old: RedlineVersion(name: "old"), new: RedlineVersion(name: "new"))
    }

    /// The redline in the grammar of the `expected` files.
    static func lines(_ redline: Redline) -> [String] {
        var lines: [String] = []
        for article in redline.changes {
            let old = article.old?.label ?? "", new = article.new?.label ?? ""
            for change in article.changes {
                switch change {
                case .added: lines.append("added \(new)")
                case .deleted: lines.append("deleted \(old)")
                case .modified: lines.append("modified \(new)")
                case .renumbered: lines.append("renumbered \(old) -> \(new)")
                case .moved: lines.append("moved \(old) -> \(new)")
                case .split: lines.append("split \(old) -> \((article.splitInto ?? []).joined(separator: " + "))")
                case .merged: lines.append("merged \((article.mergedFrom ?? []).joined(separator: " + ")) -> \(new)")
                }
            }
        }
        for figure in redline.figures {
            lines.append("figure \(figure.article) \(figure.kind.rawValue) \(figure.old ?? "-") -> \(figure.new ?? "-")")
        }
        return lines.isEmpty ? ["none"] : lines
    }
}
