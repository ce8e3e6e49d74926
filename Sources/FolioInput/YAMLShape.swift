import CYaml
import FolioCore

/// The shape of a YAML or JSON text measured from libyaml's events, before any node is built: its
/// nesting, its aliases, the values it would have once every alias is expanded, its longest value.
///
/// Yams builds the whole document, and hashes every key of every mapping, aliases expanded: a few
/// hundred bytes of nested aliases (« a billion laughs ») keep it busy for hours. This pass costs one
/// parse with no allocation per value, and refuses such a text before Yams sees it. It reads
/// libyaml's events itself because Yams only returns the finished document.
enum YAMLShape {
    /// Refuses a text beyond `limits`, the limit and the line named; says nothing of a text libyaml
    /// cannot parse (Yams then reports the syntax error).
    ///
    /// - Throws: ``InvalidField`` with an empty path: the whole input is refused.
    static func check(_ text: String, limits: InputLimits, kind: InputKind) throws(InvalidField) {
        var text = text
        let result: InvalidField? = text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var scan = Scan(limits: limits, kind: kind)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    // libyaml's own bound (1,000 levels) may stop its scanner before our count does.
                    let problem = parser.problem.map { String(cString: $0) } ?? ""
                    guard problem.contains("nesting level") else { return nil }
                    let line = Int(parser.problem_mark.line) + 1
                    return InputLimitRefusal.field("nested more than \(limits.depth) deep at line \(line)", kind: kind, limit: .depth)
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                if let refusal = scan.take(event) { return refusal }
            }
        }
        if let result { throw result }
    }

    /// The running measure of the events read so far.
    private struct Scan {
        let limits: InputLimits
        let kind: InputKind
        /// The values each open list or mapping holds so far, aliases expanded, with its anchor.
        var open: [(anchor: String?, values: Int)] = []
        /// The expanded size of each anchored value.
        var anchored: [String: Int] = [:]
        var aliases = 0
        var expanded = 0

        init(limits: InputLimits, kind: InputKind) {
            self.limits = limits
            self.kind = kind
        }

        mutating func take(_ event: yaml_event_t) -> InvalidField? {
            let line = Int(event.start_mark.line) + 1
            switch event.type {
            case YAML_SCALAR_EVENT:
                let length = Int(event.data.scalar.length)
                if length > limits.valueLength {
                    return refusal("a value of \(length) bytes at line \(line): longer than the \(limits.valueLength) characters one value may have", .valueLength)
                }
                return add(1, anchor: Self.name(event.data.scalar.anchor), line: line)
            case YAML_ALIAS_EVENT:
                aliases += 1
                if aliases > limits.aliases {
                    return refusal("more than \(limits.aliases) aliases (*name) at line \(line)", .aliases)
                }
                guard let name = Self.name(event.data.alias.anchor), let size = anchored[name] else { return nil }
                return add(size, anchor: nil, line: line)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if open.count >= limits.depth {
                    return refusal("nested more than \(limits.depth) deep at line \(line)", .depth)
                }
                let anchor = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                open.append((Self.name(anchor), 0))
                return count(1, line: line)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return nil }
                let size = closed.values + 1
                if let anchor = closed.anchor { anchored[anchor] = size }
                if !open.isEmpty { open[open.count - 1].values += size }
                return nil
            default:
                return nil
            }
        }

        /// A scalar or an alias of `size` values added to the list or mapping open.
        private mutating func add(_ size: Int, anchor: String?, line: Int) -> InvalidField? {
            if let anchor { anchored[anchor] = size }
            if !open.isEmpty { open[open.count - 1].values += size }
            return count(size, line: line)
        }

        private mutating func count(_ size: Int, line: Int) -> InvalidField? {
            expanded += size
            guard expanded > limits.expandedValues else { return nil }
            return refusal("more than \(limits.expandedValues) values once its aliases are expanded (line \(line))", .expandedValues)
        }

        private func refusal(_ reason: String, _ name: InputLimits.Name) -> InvalidField {
            InputLimitRefusal.field(reason, kind: kind, limit: name)
        }

        private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            anchor.map { String(cString: $0) }
        }
    }
}
