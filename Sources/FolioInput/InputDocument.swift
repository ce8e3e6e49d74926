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

    /// The root node of a document; `what` names it in the error for an empty document.
    static func root(of text: String, what: String) throws(InvalidField) -> InputNode {
        do {
            // Every value is read from its text as written (InputNode), never from a type YAML would guess:
            // the basic resolver spares resolving each scalar's tag with regular expressions, which Yams's
            // check of duplicate keys otherwise does for every key (17 % of reading a 20-line order).
            guard let node = try Yams.compose(yaml: text, .basic) else { throw InvalidField("", "the \(what) is empty") }
            return InputNode(node: node, path: "")
        } catch let error as InvalidField {
            throw error
        } catch {
            throw InvalidField("", "not valid YAML or JSON: \(error)")
        }
    }
}
