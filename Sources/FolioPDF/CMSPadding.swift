/// The DER-encoded CMS in a signature's `/Contents`, without the zeros that fill the rest of its
/// placeholder.
enum CMSPadding {
    /// The outer DER element (a SEQUENCE, `30 len …`) when its definite length fits in `contents`;
    /// otherwise `contents` without its trailing zero bytes. Cutting by length keeps a CMS whose last
    /// byte happens to be zero whole.
    static func trimmed(_ contents: [UInt8]) -> [UInt8] {
        if contents.count >= 2, contents[0] == 0x30 {
            let first = Int(contents[1])
            // The short form (< 0x80) is the length; the long form 0x81…0x84 is followed by that many length bytes.
            let lengthBytes = first < 0x80 ? 0 : first - 0x80
            if (0...4).contains(lengthBytes), first != 0x80, contents.count >= 2 + lengthBytes {
                let length = lengthBytes == 0 ? first : contents[2..<(2 + lengthBytes)].reduce(0) { $0 << 8 | Int($1) }
                if 2 + lengthBytes + length <= contents.count { return Array(contents.prefix(2 + lengthBytes + length)) }
            }
        }
        var end = contents.count
        while end > 0, contents[end - 1] == 0 { end -= 1 }
        return Array(contents.prefix(end))
    }
}
