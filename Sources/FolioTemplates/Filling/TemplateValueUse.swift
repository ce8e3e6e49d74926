import Foundation

/// A value a template prints (`{{company.website}}`), where, and whether a section of that same
/// value surrounds it (`{{#company.website}} … {{company.website}} … {{/company.website}}`), so that
/// it prints only when the value exists.
///
/// An unguarded value that is missing would print as nothing (« consultables sur . »): whoever fills
/// a template can refuse that before printing anything.
public struct TemplateValueUse: Sendable, Hashable {
    /// The dotted name: `company.website`.
    public let name: String
    /// The template's line, from 1.
    public let line: Int
    /// The sections around it, outermost first (`{{#rules.paymentMethodFees}}`).
    public let sections: [String]

    /// True inside a section of the same name: printed only when the value exists.
    public var guarded: Bool { sections.contains(name) }

    /// The values a template's text prints, in order (comments, sections and partials left out).
    public static func scan(_ source: String) -> [TemplateValueUse] {
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
            case "!", ">", "=", "%":
                continue
            case "#":
                open.append((name, false))
            case "^":
                open.append((name, true))
            case "/":
                if let last = open.lastIndex(where: { $0.name == name }) { open.removeSubrange(last...) }
            default:
                guard name != "." else { continue }
                uses.append(TemplateValueUse(name: name, line: line, sections: open.filter { !$0.inverted }.map(\.name)))
            }
        }
        return uses
    }

    /// Whether `values` (nested dictionaries, as templates are filled) hold a value at the dotted name:
    /// something a section would show (not nil, not false, not an empty list or text).
    public static func isPresent(_ name: String, in values: [String: Any]) -> Bool {
        var current: Any = values
        for key in name.split(separator: ".") {
            guard let dictionary = current as? [String: Any], let next = dictionary[String(key)] else { return false }
            current = next
        }
        switch current {
        case let flag as Bool: return flag
        case let text as String: return !text.isEmpty
        case let list as [Any]: return !list.isEmpty
        default: return true
        }
    }
}
