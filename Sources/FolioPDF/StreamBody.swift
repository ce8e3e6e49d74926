/// Finds the bytes of a stream after its dictionary: `stream`, an end of line, the data, `endstream`.
///
/// The declared `/Length` is trusted when `endstream` follows it; otherwise (a wrong or indirect
/// length that could not be resolved) the data runs to the next `endstream` keyword, as most
/// readers do.
enum StreamBody {
    /// The range of the stream's data when `stream` follows the parser's position (the parser is then
    /// after `endstream`), or nil when the object is not a stream (the parser has not moved).
    static func locate(in parser: inout PDFParser, declaredLength: Int?) throws(PDFFileError) -> Range<Int>? {
        let saved = parser.position
        guard parser.consume(keyword: "stream") else {
            parser.position = saved
            return nil
        }
        let bytes = parser.bytes
        var start = parser.position
        // The keyword is followed by CR LF or LF (a lone CR is tolerated).
        if start < bytes.count, bytes[start] == 0x0D { start += 1 }
        if start < bytes.count, bytes[start] == 0x0A { start += 1 }
        if let length = declaredLength, length >= 0, length <= bytes.count - start {
            parser.position = start + length
            if parser.consume(keyword: "endstream") { return start..<(start + length) }
        }
        guard let keyword = firstEndstream(in: bytes, from: start) else {
            throw .malformed(reason: "a stream has no endstream", offset: start)
        }
        var end = keyword
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        parser.position = keyword + endstream.count
        return start..<end
    }

    private static let endstream = Array("endstream".utf8)

    /// The offset of the first `endstream` at or after `start`.
    private static func firstEndstream(in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= endstream.count else { return nil }
        var index = start
        let last = bytes.count - endstream.count
        while index <= last {
            if bytes[index] == UInt8(ascii: "e"), bytes[index + 1] == UInt8(ascii: "n"),
               bytes[index..<(index + endstream.count)].elementsEqual(endstream) {
                return index
            }
            index += 1
        }
        return nil
    }
}
