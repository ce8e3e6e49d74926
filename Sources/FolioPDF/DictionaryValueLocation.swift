/// Where a value of an indirect object's dictionary is written in the file, first byte to last: what
/// a signature's `/ByteRange` must leave out is exactly its `/Contents` string (ISO 32000-1 §12.8.1).
enum DictionaryValueLocation {
    /// The bytes of the value of `key` in the dictionary of the object written at `offset` (`N G obj <<…`);
    /// nil when the object is not a dictionary there or lacks the key. A repeated key gives its last
    /// value, as the parser reads it.
    static func range(of key: String, inObjectAt offset: Int, of bytes: [UInt8]) -> Range<Int>? {
        var parser = PDFParser(bytes, at: offset)
        guard (try? parser.objectHeader()) != nil else { return nil }
        parser.skipWhitespace()
        guard parser.position + 1 < bytes.count, bytes[parser.position] == UInt8(ascii: "<"),
              bytes[parser.position + 1] == UInt8(ascii: "<") else { return nil }
        parser.position += 2
        var found: Range<Int>?
        while true {
            parser.skipWhitespace()
            guard !parser.atEnd, bytes[parser.position] == UInt8(ascii: "/"),
                  case .name(let name)? = try? parser.value() else { return found }
            parser.skipWhitespace()
            let start = parser.position
            guard (try? parser.value()) != nil else { return found }
            if name == key { found = start..<parser.position }
        }
    }
}
