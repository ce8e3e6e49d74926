import Mustache

/// How values are written into a template: every punctuation character gets a backslash and a
/// line feed becomes `\n`, so a value is always printed as written — a client named `**Acme**`,
/// `# 1` or `{{name}}` keeps those characters — and can never start a heading, list or table.
public struct MarkupEscaping: MustacheContentType {
    /// The name templates are rendered under (registered with swift-mustache).
    public static let contentTypeName = "FOLIO"

    public init() {}

    public func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 8)
        for character in text {
            if character == "\n" || character == "\r\n" {
                escaped += "\\n"
            } else if character.isASCII, character.isPunctuation || character.isSymbol {
                escaped.append("\\")
                escaped.append(character)
            } else {
                escaped.append(character)
            }
        }
        return escaped
    }
}
