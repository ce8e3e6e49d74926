import FolioCore
import Yams

/// A node of order data with its path, read strictly: wrong types, unknown fields and duplicate
/// keys are refused with the path and the reason.
///
/// Values are read from the text as written, so `12.50` stays the decimal 12.50 (never a binary float).
struct InputNode {
    /// A node of parsed YAML, or of an order's canonical form (read as the same YAML node would be,
    /// without building it: keys in sorted order, every value quoted text, never null).
    enum Content {
        case yaml(Node)
        case value(InputValue)
    }

    let content: Content
    let path: String

    init(node: Node, path: String) {
        content = .yaml(node)
        self.path = path
    }

    init(value: InputValue, path: String) {
        content = .value(value)
        self.path = path
    }

    /// The YAML node (made from a canonical value when needed).
    var node: Node {
        switch content {
        case .yaml(let node): node
        case .value(let value): value.node
        }
    }

    var isMapping: Bool {
        switch content {
        case .yaml(.mapping), .value(.map): true
        default: false
        }
    }

    var isSequence: Bool {
        switch content {
        case .yaml(.sequence), .value(.list): true
        default: false
        }
    }

    /// True for `~`, `null` or an empty value.
    var isNull: Bool {
        guard case .yaml(.scalar(let scalar)) = content, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The fields of a mapping; any key outside `allowed` is refused.
    func fields(_ allowed: [String]) throws(InvalidField) -> Fields {
        if case .value(.map(let canonical)) = content {
            var values: [String: InputNode] = [:]
            for name in canonical.keys.sorted() {
                try Self.check(name, allowed: allowed, at: child(name))
                if let value = canonical[name] { values[name] = InputNode(value: value, path: child(name)) }
            }
            return Fields(path: path, values: values)
        }
        guard case .yaml(.mapping(let mapping)) = content else { throw InvalidField(path, "expected a mapping of fields, found \(kind)") }
        var values: [String: InputNode] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else { throw InvalidField(path, "field names must be plain text") }
            let name = key.string
            try Self.check(name, allowed: allowed, at: child(name))
            guard values[name] == nil else { throw InvalidField(child(name), "given twice") }
            let child = InputNode(node: value, path: child(name))
            if !child.isNull { values[name] = child }
        }
        return Fields(path: path, values: values)
    }

    /// Refuses a field name outside `allowed`, suggesting the closest allowed one.
    private static func check(_ name: String, allowed: [String], at path: String) throws(InvalidField) {
        guard allowed.contains(name) else {
            let hint = closest(to: name, in: allowed).map { "; did you mean \"\($0)\"?" } ?? ""
            throw InvalidField(path, "unknown field\(hint) (fields here: \(allowed.joined(separator: ", ")))")
        }
    }

    /// The keys of a mapping written as plain text (none for any other node).
    var keys: [String] {
        switch content {
        case .yaml(.mapping(let mapping)): mapping.keys.compactMap { $0.string }
        case .value(.map(let values)): values.keys.sorted()
        default: []
        }
    }

    func list() throws(InvalidField) -> [InputNode] {
        switch content {
        case .yaml(.sequence(let sequence)): return sequence.enumerated().map { InputNode(node: $1, path: "\(path)[\($0)]") }
        case .value(.list(let items)): return items.enumerated().map { InputNode(value: $1, path: "\(path)[\($0)]") }
        default: throw InvalidField(path, "expected a list, found \(kind)")
        }
    }

    func text() throws(InvalidField) -> String {
        switch content {
        case .yaml(.scalar(let scalar)): return scalar.string
        case .value(.text(let text)): return text
        default: throw InvalidField(path, "expected text, found \(kind)")
        }
    }

    /// Non-empty text, trimmed.
    func nonEmptyText() throws(InvalidField) -> String {
        let value = try text().trimmingWhitespace
        guard !value.isEmpty else { throw InvalidField(path, "must not be empty") }
        return value
    }

    func decimal(maxPlaces: Int, range: Bound = .any) throws(InvalidField) -> ExactDecimal {
        let raw = try text().trimmingWhitespace
        guard let value = ExactDecimal(raw) else {
            throw InvalidField(path, "\"\(raw)\" is not a decimal number (write digits with a dot: 12.50)")
        }
        guard !value.hasMoreDecimals(than: maxPlaces) else {
            throw InvalidField(path, "\(raw) has more than \(maxPlaces) decimals")
        }
        switch range {
        case .any: break
        case .positive where value <= .zero: throw InvalidField(path, "must be more than 0, not \(raw)")
        case .notNegative where value < .zero: throw InvalidField(path, "must not be negative, not \(raw)")
        case .positive, .notNegative: break
        }
        return value
    }

    enum Bound { case any, positive, notNegative }

    func integer(in range: ClosedRange<Int>) throws(InvalidField) -> Int {
        let raw = try text()
        guard let value = Int(raw), range.contains(value) else {
            throw InvalidField(path, "\"\(raw)\" is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    func bool() throws(InvalidField) -> Bool {
        switch try text() {
        case "true": return true
        case "false": return false
        case let other: throw InvalidField(path, "\"\(other)\" is not true or false")
        }
    }

    func date() throws(InvalidField) -> CalendarDate {
        let raw = try text()
        guard let date = CalendarDate(raw) else {
            throw InvalidField(path, "\"\(raw)\" is not a calendar date YYYY-MM-DD that exists")
        }
        return date
    }

    func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws(InvalidField) -> T where T.RawValue == String {
        let raw = try text()
        guard let value = T(rawValue: raw) else {
            throw InvalidField(path, "\"\(raw)\" is not one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// Runs a core constructor that throws a ``RuleViolation`` and names this field in the error.
    func checked<T>(_ make: (String) throws(RuleViolation) -> T) throws(InvalidField) -> T {
        let raw = try text()
        do { return try make(raw) } catch { throw InvalidField(path, error.reason) }
    }

    private var kind: String {
        switch content {
        case .yaml(.scalar(let scalar)): "the value \"\(scalar.string)\""
        case .value(.text(let text)): "the value \"\(text)\""
        case .yaml(.mapping), .value(.map): "a mapping"
        case .yaml(.sequence), .value(.list): "a list"
        case .yaml(.alias): "an alias"
        }
    }

    /// The allowed name within two edits of a misspelt one.
    static func closest(to name: String, in allowed: [String]) -> String? {
        allowed.map { ($0, editDistance(name.lowercased(), $0.lowercased())) }
            .filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance between two short names.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, left) in a.enumerated() {
            var current = [i + 1]
            for (j, right) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// The fields present in a mapping (null values count as absent).
struct Fields {
    let path: String
    let values: [String: InputNode]

    subscript(_ key: String) -> InputNode? { values[key] }

    func required(_ key: String) throws(InvalidField) -> InputNode {
        guard let value = values[key] else { throw InvalidField(path.isEmpty ? key : "\(path).\(key)", "required") }
        return value
    }

    /// Exactly one of `keys` must be present.
    func oneOf(_ keys: [String]) throws(InvalidField) -> (String, InputNode) {
        let present = keys.filter { values[$0] != nil }
        guard present.count == 1, let key = present.first, let value = values[key] else {
            throw InvalidField(path, "give exactly one of: \(keys.joined(separator: ", "))")
        }
        return (key, value)
    }
}

extension String {
    var trimmingWhitespace: String {
        // Most values have no space around them: returned as they are, without copying them twice.
        guard first?.isWhitespace == true || last?.isWhitespace == true else { return self }
        return String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
