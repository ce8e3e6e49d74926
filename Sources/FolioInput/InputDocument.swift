import FolioCore
import Foundation
import Yams

/// Reading an input file (YAML, or JSON which YAML reads too) into its root node.
enum InputDocument {
    /// The text of a file, or an error naming it.
    static func text(of url: URL) throws(InvalidField) -> String {
        do { return try String(contentsOf: url, encoding: .utf8) } catch {
            throw InvalidField("", "cannot read \(url.path): \(error.localizedDescription)")
        }
    }

    /// The root node of a document; `what` names it in the error for an empty document. A text beyond
    /// the limits of its `kind` (``InputLimitSettings/current``) is refused before it is parsed.
    static func root(of text: String, what: String, kind: InputKind) throws(InvalidField) -> InputNode {
        let limits = InputLimitSettings.current[kind]
        try InputLimitRefusal.checkSize(of: text, limits: limits, kind: kind)
        try YAMLShape.check(text, limits: limits, kind: kind)
        do {
            // Every value is read from its text as written (InputNode), never from a type YAML would guess:
            // the basic resolver spares resolving each scalar's tag with regular expressions, which Yams's
            // check of duplicate keys otherwise does for every key (17 % of reading a 20-line order).
            guard let node = try Yams.compose(yaml: text, .basic) else { throw InvalidField("", "the \(what) is empty") }
            return InputNode(node: node, path: "")
        } catch let error as InvalidField {
            throw error
        } catch {
            throw InvalidField("", "not valid YAML or JSON: \(Self.shortened("\(error)"))")
        }
    }

    /// A parser's message with each line cut to 200 characters: it quotes the line at fault, which
    /// may be megabytes long.
    static func shortened(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.count > 200 ? $0.prefix(200) + "…" : $0 }
            .joined(separator: "\n")
    }
}
