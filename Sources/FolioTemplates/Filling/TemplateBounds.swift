import FolioCore
import FolioInput

/// What a template may contain before it is parsed: a bounded text, sections nested a bounded depth,
/// and no tag that reads another template.
///
/// A Folio template is one file: it includes no partial (`{{> name}}`) and extends no parent
/// (`{{< name}}`), so a template can neither reach a file outside the template folders nor include
/// itself; it keeps `{{ }}` as its delimiters (`{{=<% %>=}}` is refused), which is what lets this
/// scan and ``TemplateValueUse`` read its tags without parsing it.
enum TemplateBounds {
    /// - Throws: ``TemplateError`` at the tag at fault, or at line 1 for a text too long.
    static func check(_ source: String, file: String, limits: InputLimits = InputLimitSettings.current[.template]) throws(TemplateError) {
        do { try InputLimitRefusal.checkSize(of: source, limits: limits, kind: .template) } catch {
            throw TemplateError(file: file, line: 1, column: 1, reason: error.reason)
        }
        let bytes = Array(source.utf8)
        var line = 1, lineStart = 0, depth = 0, index = 0
        while index + 1 < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            guard byte == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
            var kind = index + 2
            while kind < bytes.count, bytes[kind] == UInt8(ascii: " ") || bytes[kind] == UInt8(ascii: "\t") { kind += 1 }
            func refuse(_ reason: String) -> TemplateError { TemplateError(file: file, line: line, column: column, reason: reason) }
            switch kind < bytes.count ? bytes[kind] : 0 {
            case UInt8(ascii: ">"):
                throw refuse("{{> …}} includes another template: a Folio template is one file (write the text in it)")
            case UInt8(ascii: "<"):
                throw refuse("{{< …}} extends another template: a Folio template is one file (write the text in it)")
            case UInt8(ascii: "="):
                throw refuse("{{=…=}} changes the delimiters: Folio templates keep {{ and }}")
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"):
                depth += 1
                if depth > limits.depth {
                    throw refuse(InputLimitRefusal.reason("sections nested more than \(limits.depth) deep", kind: .template, limit: .depth))
                }
            case UInt8(ascii: "/"):
                depth = max(0, depth - 1)
            default:
                break
            }
            index = kind
        }
    }
}
