/// Writes an XML document element by element, indented by two spaces, text and attributes escaped.
///
/// The e-invoice writers need nothing more than nested elements with text: a few lines of our own
/// give byte-stable output (the same invoice, the same bytes) without a DOM.
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var depth = 0

    /// An element holding other elements.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ content: (inout XMLWriter) -> Void) {
        text += indentation + "<" + name + Self.attributes(attributes) + ">\n"
        depth += 1
        content(&self)
        depth -= 1
        text += indentation + "</" + name + ">\n"
    }

    /// An element holding text; nothing is written when the value is nil.
    mutating func element(_ name: String, _ value: String?, _ attributes: KeyValuePairs<String, String> = [:]) {
        guard let value else { return }
        text += indentation + "<" + name + Self.attributes(attributes) + ">" + Self.escaped(value) + "</" + name + ">\n"
    }

    private var indentation: String { String(repeating: "  ", count: depth) }

    private static func attributes(_ attributes: KeyValuePairs<String, String>) -> String {
        attributes.map { " \($0.key)=\"\(escaped($0.value))\"" }.joined()
    }

    /// Text with `& < > "` escaped, and the control characters XML 1.0 cannot carry dropped.
    static func escaped(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
