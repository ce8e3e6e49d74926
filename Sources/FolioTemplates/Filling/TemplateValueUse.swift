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
        // Over the UTF-8 bytes: the delimiters are ASCII, and a Foundation search per tag made this
        // scan a tenth of a cold start. Lines count line feeds as characters do (CR LF is one character,
        // not a line feed).
        var uses: [TemplateValueUse] = []
        var open: [(name: String, inverted: Bool)] = []
        let bytes = Array(source.utf8)
        var line = 1
        var position = 0
        func lineFeeds(_ range: Range<Int>) -> Int {
            var count = 0
            for index in range where bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) { count += 1 }
            return count
        }
        func find(_ pattern: [UInt8], from start: Int) -> Int? {
            guard pattern.count <= bytes.count else { return nil }
            var index = start
            while index + pattern.count <= bytes.count {
                if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
                index += 1
            }
            return nil
        }
        let opening: [UInt8] = Array("{{".utf8), double: [UInt8] = Array("}}".utf8), triple: [UInt8] = Array("}}}".utf8)
        while let start = find(opening, from: position) {
            line += lineFeeds(position..<start)
            let isTriple = start + 2 < bytes.count && bytes[start + 2] == UInt8(ascii: "{")
            let contentStart = start + (isTriple ? 3 : 2)
            guard let end = find(isTriple ? triple : double, from: contentStart) else { break }
            let tag = String(decoding: bytes[contentStart..<end], as: UTF8.self)
            line += lineFeeds(contentStart..<end)
            position = end + (isTriple ? 3 : 2)
            let kind = tag.first
            let marked = !isTriple && kind.map { "!#^/>=&%{".contains($0) } == true
            let name = String(marked ? tag.dropFirst() : Substring(tag)).trimmingCharacters(in: .whitespaces)
            switch isTriple ? "&" : kind {
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
