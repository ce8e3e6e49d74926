/// A signature dictionary written before its CMS exists (ISO 32000-1 §12.8.1): `/ByteRange` with room
/// for four numbers and `/Contents` a hexadecimal string of zeros, both filled in place afterwards,
/// so that no byte of the file moves.
struct SignaturePlaceholder {
    /// Digits kept for each byte-range number: ten reach 9.3 GB.
    static let numberWidth = 10

    /// Room between `[` and `]` for `0 a b c`.
    static let byteRangeWidth = 1 + 3 * (1 + numberWidth)

    /// The room of the byte range's numbers, in the file.
    let byteRange: Range<Int>
    /// The `/Contents` string in the file, from `<` to after `>`: what the signature does not cover.
    let contents: Range<Int>

    /// The dictionary's bytes: `dictionary`'s entries, then `/ByteRange` and `/Contents` with room for
    /// `contentsSize` bytes; and where the room is within those bytes.
    static func body(_ dictionary: PDFDictionary, contentsSize: Int) -> (bytes: [UInt8], byteRange: Range<Int>, contents: Range<Int>) {
        var bytes = PDFSerialization.bytes(of: .dictionary(dictionary))
        bytes.removeLast(3)  // " >>"
        bytes += Array(" /ByteRange [".utf8)
        let byteRangeStart = bytes.count
        bytes += [UInt8](repeating: UInt8(ascii: " "), count: byteRangeWidth)
        let byteRange = byteRangeStart..<bytes.count
        bytes += Array("] /Contents ".utf8)
        let contentsStart = bytes.count
        bytes.append(UInt8(ascii: "<"))
        bytes += [UInt8](repeating: UInt8(ascii: "0"), count: 2 * contentsSize)
        bytes.append(UInt8(ascii: ">"))
        let contents = contentsStart..<bytes.count
        bytes += Array(" >>".utf8)
        return (bytes, byteRange, contents)
    }

    /// The placeholder of a body written at `offset` of the file.
    init(body: (bytes: [UInt8], byteRange: Range<Int>, contents: Range<Int>), at offset: Int) {
        byteRange = (body.byteRange.lowerBound + offset)..<(body.byteRange.upperBound + offset)
        contents = (body.contents.lowerBound + offset)..<(body.contents.upperBound + offset)
    }

    /// Writes `[0 a b c]`, the file less the `/Contents` string, into the room; returns the four numbers.
    func fillByteRange(in file: inout [UInt8]) -> [Int] {
        let ranges = [0, contents.lowerBound, contents.upperBound, file.count - contents.upperBound]
        var text = Array(ranges.map(String.init).joined(separator: " ").utf8)
        text += [UInt8](repeating: UInt8(ascii: " "), count: max(0, byteRange.count - text.count))
        file.replaceSubrange(byteRange, with: text.prefix(byteRange.count))
        return ranges
    }

    /// The bytes the signature covers: the file before and after the `/Contents` string.
    func signedBytes(of file: [UInt8]) -> [UInt8] {
        Array(file[..<contents.lowerBound]) + file[contents.upperBound...]
    }

    /// Writes the DER-encoded CMS into the `/Contents` string, the rest staying zeros.
    func fillContents(_ cms: [UInt8], in file: inout [UInt8]) throws(PDFSigningError) {
        guard !cms.isEmpty else { throw .emptySignature }
        let room = (contents.count - 2) / 2
        guard cms.count <= room else { throw .signatureTooLarge(size: cms.count, placeholderSize: room) }
        let digits = Array("0123456789ABCDEF".utf8)
        var position = contents.lowerBound + 1
        for byte in cms {
            file[position] = digits[Int(byte >> 4)]
            file[position + 1] = digits[Int(byte & 0x0F)]
            position += 2
        }
    }
}
