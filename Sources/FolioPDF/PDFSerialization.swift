/// Writes PDF values as PDF syntax (ISO 32000-1 §7.3): what ``PDFParser`` reads back unchanged.
enum PDFSerialization {
    /// The bytes of `value`, appended to `output`.
    static func write(_ value: PDFValue, to output: inout [UInt8]) {
        switch value {
        case .null:
            output += Array("null".utf8)
        case .boolean(let flag):
            output += Array((flag ? "true" : "false").utf8)
        case .integer(let integer):
            output += Array(String(integer).utf8)
        case .real(let written):
            output += Array(written.utf8)
        case let .string(bytes, hexadecimal):
            if hexadecimal { writeHexadecimal(bytes, to: &output) } else { writeLiteral(bytes, to: &output) }
        case .name(let name):
            writeName(name, to: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: " ")) }
                write(element, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .dictionary(let dictionary):
            output += Array("<<".utf8)
            for entry in dictionary.entries {
                output.append(UInt8(ascii: " "))
                writeName(entry.key, to: &output)
                output.append(UInt8(ascii: " "))
                write(entry.value, to: &output)
            }
            output += Array(" >>".utf8)
        case .reference(let reference):
            output += Array("\(reference.number) \(reference.generation) R".utf8)
        }
    }

    /// An indirect object, `N G obj` to `endobj` and an end of line; with `stream`, a stream of those
    /// bytes, its `/Length` set to their count (ISO 32000-1 §7.3.10, §7.3.8).
    static func writeObject(_ value: PDFValue, as reference: PDFReference, stream: ArraySlice<UInt8>? = nil,
                            to output: inout [UInt8]) {
        output += Array("\(reference.number) \(reference.generation) obj\n".utf8)
        if let stream, case .dictionary(var dictionary) = value {
            dictionary["Length"] = .integer(stream.count)
            write(.dictionary(dictionary), to: &output)
            output += Array("\nstream\n".utf8)
            output += stream
            output += Array("\nendstream".utf8)
        } else {
            write(value, to: &output)
        }
        output += Array("\nendobj\n".utf8)
    }

    /// The bytes of `value` alone.
    static func bytes(of value: PDFValue) -> [UInt8] {
        var output: [UInt8] = []
        write(value, to: &output)
        return output
    }

    /// A name: `/` then its bytes, those outside `!`…`~`, delimiters and `#` written `#xx`
    /// (the MIME type `text/xml` becomes `/text#2Fxml`).
    static func writeName(_ name: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "/"))
        for scalar in name.unicodeScalars {
            // Names read by PDFParser hold one byte per scalar; a name made in code is written as UTF-8.
            let bytes: [UInt8] = scalar.value <= 0xFF ? [UInt8(scalar.value)] : Array(String(scalar).utf8)
            for byte in bytes {
                if byte < 0x21 || byte > 0x7E || byte == UInt8(ascii: "#") || PDFParser.isDelimiter(byte) {
                    output.append(UInt8(ascii: "#"))
                    output += hexadecimalDigits(byte)
                } else {
                    output.append(byte)
                }
            }
        }
    }

    /// A literal string, `(…)`, with backslash, parentheses and line ends escaped.
    static func writeLiteral(_ bytes: [UInt8], to output: inout [UInt8]) {
        output.append(UInt8(ascii: "("))
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
                output.append(UInt8(ascii: "\\"))
                output.append(byte)
            case 0x0A:
                output += Array("\\n".utf8)
            case 0x0D:
                output += Array("\\r".utf8)
            default:
                output.append(byte)
            }
        }
        output.append(UInt8(ascii: ")"))
    }

    /// A hexadecimal string, `<…>`.
    static func writeHexadecimal(_ bytes: [UInt8], to output: inout [UInt8]) {
        output.append(UInt8(ascii: "<"))
        for byte in bytes { output += hexadecimalDigits(byte) }
        output.append(UInt8(ascii: ">"))
    }

    /// Two upper-case hexadecimal digits.
    static func hexadecimalDigits(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        return [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
    }
}
