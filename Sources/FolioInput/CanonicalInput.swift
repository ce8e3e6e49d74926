import FolioCore
import Yams

/// Order or profile data in one canonical form: mappings with sorted keys, every value as the text
/// it was written with (`12.50` stays « 12.50 »), empty values left out.
///
/// The ledger keeps each issued document's input in this form (as JSON): reading it back gives the
/// same order, whether it was first written in YAML or JSON, so the document can be re-rendered.
public indirect enum InputValue: Sendable, Hashable {
    case text(String)
    case list([InputValue])
    case map([String: InputValue])

    /// Reads YAML or JSON text, within the limits of its `kind`.
    public static func read(_ text: String, kind: InputKind = .order) throws(InvalidField) -> InputValue {
        try value(InputDocument.root(of: text, what: "document", kind: kind))
    }

    private static func value(_ node: InputNode) throws(InvalidField) -> InputValue {
        switch node.node {
        case .scalar(let scalar): return .text(scalar.string)
        case .sequence: return .list(try node.list().map { item throws(InvalidField) in try value(item) })
        case .mapping(let mapping):
            var values: [String: InputValue] = [:]
            for (keyNode, child) in mapping {
                guard case .scalar(let key) = keyNode else { throw InvalidField(node.path, "field names must be plain text") }
                let childNode = InputNode(node: child, path: node.child(key.string))
                guard values[key.string] == nil else { throw InvalidField(childNode.path, "given twice") }
                if !childNode.isNull { values[key.string] = try value(childNode) }
            }
            return .map(values)
        case .alias: throw InvalidField(node.path, "aliases are not supported in order data")
        }
    }

    /// The value as a YAML node, for the readers (no text to parse again).
    var node: Node {
        switch self {
        case .text(let text): .scalar(Node.Scalar(text, Tag(.str), .doubleQuoted))
        case .list(let items): .sequence(Node.Sequence(items.map(\.node)))
        case .map(let values): .mapping(Node.Mapping(values.keys.sorted().map { (Node.scalar(Node.Scalar($0)), values[$0]?.node ?? .scalar(Node.Scalar(""))) }))
        }
    }

    /// A field of a mapping (nil for a missing field or a value that is not a mapping).
    public subscript(key: String) -> InputValue? {
        get { if case .map(let values) = self { values[key] } else { nil } }
        set {
            guard case .map(var values) = self else { return }
            values[key] = newValue
            self = .map(values)
        }
    }

    /// The text of a scalar.
    public var text: String? { if case .text(let text) = self { text } else { nil } }

    /// Canonical JSON: sorted keys, no spaces, every value a string.
    public var json: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .text(let text): Self.quote(text, to: &output)
        case .list(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.write(to: &output)
            }
            output += "]"
        case .map(let values):
            output += "{"
            for (index, key) in values.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
                if index > 0 { output += "," }
                Self.quote(key, to: &output)
                output += ":"
                values[key]?.write(to: &output)
            }
            output += "}"
        }
    }

    private static func quote(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
