/// Reads PDF values (ISO 32000-1 §7.2–7.3) from bytes, one token after another.
///
/// Every read is bounds-checked and nesting is limited, so damaged or hostile bytes end in a
/// ``PDFFileError/malformed(reason:offset:)`` naming the offset, never in a crash.
struct PDFParser {
    let bytes: [UInt8]
    var position: Int

    /// Arrays and dictionaries nested deeper than this are refused: real files nest a handful of
    /// levels, and the limit keeps a hostile `[[[[…` from exhausting the stack.
    static let maximumDepth = 100

    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var atEnd: Bool { position >= bytes.count }

    /// PDF white-space characters: NUL, tab, line feed, form feed, carriage return, space.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    /// PDF delimiters: `( ) < > [ ] { } / %`.
    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            true
        default:
            false
        }
    }

    static func isRegular(_ byte: UInt8) -> Bool {
        !isWhitespace(byte) && !isDelimiter(byte)
    }

    /// Skips white space and comments.
    mutating func skipWhitespace() {
        while position < bytes.count {
            let byte = bytes[position]
            if Self.isWhitespace(byte) {
                position += 1
            } else if byte == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// The run of regular characters at the current position (after white space), consumed.
    mutating func token() -> ArraySlice<UInt8> {
        skipWhitespace()
        let start = position
        while position < bytes.count, Self.isRegular(bytes[position]) { position += 1 }
        return bytes[start..<position]
    }

    /// Consumes `keyword` if it comes next (after white space) as a whole token.
    mutating func consume(keyword: String) -> Bool {
        let saved = position
        if token().elementsEqual(keyword.utf8) { return true }
        position = saved
        return false
    }

    /// A non-negative integer without sign, if one comes next; nothing is consumed otherwise.
    mutating func unsignedInteger() -> Int? {
        let saved = position
        let digits = token()
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            position = saved
            return nil
        }
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// An indirect object's header, `12 0 obj`.
    mutating func objectHeader() throws(PDFFileError) -> PDFReference {
        let start = position
        guard let number = unsignedInteger(), let generation = unsignedInteger(), consume(keyword: "obj") else {
            throw .malformed(reason: "an object header (N G obj) is expected", offset: start)
        }
        return PDFReference(number: number, generation: generation)
    }

    /// The value at the current position.
    mutating func value() throws(PDFFileError) -> PDFValue {
        try value(depth: 0)
    }

    private mutating func value(depth: Int) throws(PDFFileError) -> PDFValue {
        guard depth <= Self.maximumDepth else {
            throw .malformed(reason: "arrays or dictionaries nested too deep", offset: position)
        }
        skipWhitespace()
        guard position < bytes.count else { throw .malformed(reason: "the file ends where a value is expected", offset: position) }
        switch bytes[position] {
        case UInt8(ascii: "/"):
            return .name(name())
        case UInt8(ascii: "("):
            return .string(try literalString(), hexadecimal: false)
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") {
                return .dictionary(try dictionary(depth: depth))
            }
            return .string(try hexadecimalString(), hexadecimal: true)
        case UInt8(ascii: "["):
            position += 1
            var elements: [PDFValue] = []
            while true {
                skipWhitespace()
                guard position < bytes.count else { throw .malformed(reason: "an array is not closed", offset: position) }
                if bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(elements)
                }
                elements.append(try value(depth: depth + 1))
            }
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try number()
        default:
            let start = position
            let word = token()
            if word.elementsEqual("true".utf8) { return .boolean(true) }
            if word.elementsEqual("false".utf8) { return .boolean(false) }
            if word.elementsEqual("null".utf8) { return .null }
            let shown = word.isEmpty ? "character \(bytes[start])" : "« \(String(decoding: word.prefix(20), as: UTF8.self)) »"
            throw .malformed(reason: "unexpected \(shown) where a value is expected", offset: start)
        }
    }

    private mutating func dictionary(depth: Int) throws(PDFFileError) -> PDFDictionary {
        position += 2
        var dictionary = PDFDictionary()
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw .malformed(reason: "a dictionary is not closed", offset: position) }
            if bytes[position] == UInt8(ascii: ">") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                    throw .malformed(reason: "a dictionary ends with a single >", offset: position)
                }
                position += 2
                return dictionary
            }
            guard bytes[position] == UInt8(ascii: "/") else {
                throw .malformed(reason: "a dictionary key is not a name", offset: position)
            }
            let key = name()
            dictionary.appending(key, try value(depth: depth + 1))
        }
    }

    /// A name after its `/`, with `#xx` escapes decoded; each byte becomes the scalar of the same code.
    private mutating func name() -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        while position < bytes.count, Self.isRegular(bytes[position]) {
            var byte = bytes[position]
            if byte == UInt8(ascii: "#"), position + 2 < bytes.count,
               let high = Self.hexadecimalDigit(bytes[position + 1]), let low = Self.hexadecimalDigit(bytes[position + 2]) {
                byte = high << 4 | low
                position += 2
            }
            scalars.append(Unicode.Scalar(byte))
            position += 1
        }
        return String(scalars)
    }

    private mutating func number() throws(PDFFileError) -> PDFValue {
        let start = position
        let text = token()
        let hasPoint = text.contains(UInt8(ascii: "."))
        let digits = text.drop { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
        guard digits.count >= text.count - 1, !digits.isEmpty,
              digits.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }),
              digits.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
              digits.filter({ $0 == UInt8(ascii: ".") }).count <= 1 else {
            throw .malformed(reason: "« \(String(decoding: text.prefix(20), as: UTF8.self)) » is not a number", offset: start)
        }
        let written = String(decoding: text, as: UTF8.self)
        guard !hasPoint, let integer = Int(written) else { return .real(written) }
        // `12 0 R` is a reference: look ahead for the generation and the R, and step back if they are not there.
        if digits.count == text.count {
            let saved = position
            if let generation = unsignedInteger(), consume(keyword: "R") {
                return .reference(PDFReference(number: integer, generation: generation))
            }
            position = saved
        }
        return .integer(integer)
    }

    private mutating func literalString() throws(PDFFileError) -> [UInt8] {
        let start = position
        position += 1
        var result: [UInt8] = []
        var open = 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "("):
                open += 1
                result.append(byte)
            case UInt8(ascii: ")"):
                open -= 1
                if open == 0 { return result }
                result.append(byte)
            case 0x0D:
                // An end of line inside a string is one line feed, whatever the file used.
                if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                result.append(0x0A)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { break }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "r"): result.append(0x0D)
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "b"): result.append(0x08)
                case UInt8(ascii: "f"): result.append(0x0C)
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var code = Int(escaped - 0x30)
                    for _ in 0..<2 {
                        guard position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x37 else { break }
                        code = code * 8 + Int(bytes[position] - 0x30)
                        position += 1
                    }
                    result.append(UInt8(truncatingIfNeeded: code))
                case 0x0D:
                    // A backslash at the end of a line continues the string on the next one.
                    if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                case 0x0A:
                    break
                default:
                    result.append(escaped)
                }
            default:
                result.append(byte)
            }
        }
        throw .malformed(reason: "a string is not closed", offset: start)
    }

    private mutating func hexadecimalString() throws(PDFFileError) -> [UInt8] {
        let start = position
        position += 1
        var result: [UInt8] = []
        var pending: UInt8?
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: ">") {
                // An odd number of digits: the last one is followed by an implied 0.
                if let pending { result.append(pending << 4) }
                return result
            }
            if Self.isWhitespace(byte) { continue }
            guard let digit = Self.hexadecimalDigit(byte) else {
                throw .malformed(reason: "a hexadecimal string holds a character that is not a hexadecimal digit", offset: position - 1)
            }
            if let high = pending {
                result.append(high << 4 | digit)
                pending = nil
            } else {
                pending = digit
            }
        }
        throw .malformed(reason: "a hexadecimal string is not closed", offset: start)
    }

    static func hexadecimalDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - 0x30
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - 0x61 + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - 0x41 + 10
        default: nil
        }
    }
}
