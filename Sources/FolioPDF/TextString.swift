/// PDF « text strings » (ISO 32000-1 §7.9.2.2): what titles, authors and file names are written in.
///
/// Written as plain ASCII when the text is printable ASCII, else as UTF-16BE with a byte-order mark
/// (in hexadecimal, as Cairo writes them). Read from UTF-16BE or UTF-8 with their marks, or from
/// PDFDocEncoding.
enum TextString {
    /// The bytes of `text` as a PDF text string, and whether to write them in hexadecimal.
    static func encode(_ text: String) -> (bytes: [UInt8], hexadecimal: Bool) {
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            return (Array(text.utf8), false)
        }
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            bytes.append(UInt8(unit >> 8))
            bytes.append(UInt8(unit & 0xFF))
        }
        return (bytes, true)
    }

    /// The text a PDF text string holds.
    static func decode(_ bytes: [UInt8]) -> String {
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 2
            while index + 1 < bytes.count {
                units.append(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return String(decoding: bytes.dropFirst(3), as: UTF8.self)
        }
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            scalars.append(Self.pdfDocEncoding[byte] ?? Unicode.Scalar(byte))
        }
        return String(scalars)
    }

    /// The characters where PDFDocEncoding differs from ISO Latin-1 (ISO 32000-1, Annex D.2); every other
    /// byte is the Latin-1 character of the same code.
    private static let pdfDocEncoding: [UInt8: Unicode.Scalar] = [
        0x18: "\u{02D8}", 0x19: "\u{02C7}", 0x1A: "\u{02C6}", 0x1B: "\u{02D9}",
        0x1C: "\u{02DD}", 0x1D: "\u{02DB}", 0x1E: "\u{02DA}", 0x1F: "\u{02DC}",
        0x80: "\u{2022}", 0x81: "\u{2020}", 0x82: "\u{2021}", 0x83: "\u{2026}",
        0x84: "\u{2014}", 0x85: "\u{2013}", 0x86: "\u{0192}", 0x87: "\u{2044}",
        0x88: "\u{2039}", 0x89: "\u{203A}", 0x8A: "\u{2212}", 0x8B: "\u{2030}",
        0x8C: "\u{201E}", 0x8D: "\u{201C}", 0x8E: "\u{201D}", 0x8F: "\u{2018}",
        0x90: "\u{2019}", 0x91: "\u{201A}", 0x92: "\u{2122}", 0x93: "\u{FB01}",
        0x94: "\u{FB02}", 0x95: "\u{0141}", 0x96: "\u{0152}", 0x97: "\u{0160}",
        0x98: "\u{0178}", 0x99: "\u{017D}", 0x9A: "\u{0131}", 0x9B: "\u{0142}",
        0x9C: "\u{0153}", 0x9D: "\u{0161}", 0x9E: "\u{017E}", 0xA0: "\u{20AC}",
    ]
}
