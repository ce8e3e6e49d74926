/// Text written into XML (the XMP metadata): escaped, and checked to be text XML 1.0 can carry.
enum XMLText {
    /// `text` as element content: `&`, `<`, `>` escaped, and a carriage return as a character
    /// reference so that XML's end-of-line handling does not turn it into a line feed.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\r": result += "&#xD;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether XML 1.0 can carry every character of `text` (no control characters other than tab,
    /// line feed and carriage return, no U+FFFE or U+FFFF).
    static func canCarry(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: true
            case 0x00..<0x20, 0xFFFE, 0xFFFF: false
            default: true
            }
        }
    }

    /// Whether `text` is an XML name without colon (an NCName) made of ASCII letters, digits, `-`, `_`
    /// and `.`, starting with a letter or `_`: what namespace prefixes and property names must be.
    static func isPlainName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCII,
              first.properties.isAlphabetic || first == "_" else { return false }
        return text.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == ".")
        }
    }
}
