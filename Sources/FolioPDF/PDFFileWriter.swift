import Crypto

/// Writes a PDF file in one revision: a header, objects, a classic cross-reference table and a trailer
/// whose `/ID` is a hash of everything written before it (ISO 32000-1 §7.5).
struct PDFFileWriter {
    private(set) var bytes: [UInt8] = []
    private var offsets: [Int: (offset: Int, generation: Int)] = [:]

    /// Starts the file: `%PDF-1.7`, then a comment of four bytes above 127 that tells transfer programs
    /// the file is binary (ISO 19005-3 §6.1.2 requires it).
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
        bytes += Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
    }

    /// Copies an object as it was written elsewhere, from `N G obj` to `endobj`.
    mutating func copy(_ object: ArraySlice<UInt8>, as reference: PDFReference) {
        offsets[reference.number] = (bytes.count, reference.generation)
        bytes += object
        bytes.append(0x0A)
    }

    /// Writes an object; with `stream`, as a stream of those bytes (its `/Length` set to their count).
    mutating func write(_ value: PDFValue, as reference: PDFReference, stream: ArraySlice<UInt8>? = nil) {
        offsets[reference.number] = (bytes.count, reference.generation)
        PDFSerialization.writeObject(value, as: reference, stream: stream, to: &bytes)
    }

    /// Ends the file: the cross-reference table, the trailer (`trailer` plus `/Size` and `/ID`), `%%EOF`.
    mutating func finish(trailer: PDFDictionary) -> [UInt8] {
        // The same body always gives the same identifier: 16 bytes of its SHA-256, like the usual MD5's length.
        let identifier = PDFValue.string(Array(SHA256.hash(data: bytes).prefix(16)), hexadecimal: true)
        let size = (offsets.keys.max() ?? 0) + 1
        let tableOffset = bytes.count
        bytes += Array("xref\n0 \(size)\n".utf8)
        let free = (1..<size).filter { offsets[$0] == nil }
        // Object 0 heads the list of free objects; each free entry names the next, the last names 0.
        bytes += Self.entry(free.first ?? 0, 65535, "f")
        var nextFree = free.dropFirst().makeIterator()
        for number in 1..<size {
            if let (offset, generation) = offsets[number] {
                bytes += Self.entry(offset, generation, "n")
            } else {
                bytes += Self.entry(nextFree.next() ?? 0, 0, "f")
            }
        }
        var trailer = trailer
        trailer["Size"] = .integer(size)
        trailer["ID"] = .array([identifier, identifier])
        bytes += Array("trailer\n".utf8)
        PDFSerialization.write(.dictionary(trailer), to: &bytes)
        bytes += Array("\nstartxref\n\(tableOffset)\n%%EOF\n".utf8)
        return bytes
    }

    /// One 20-byte table entry: ten digits, five digits, the kind, and a two-byte end of line.
    static func entry(_ first: Int, _ second: Int, _ kind: String) -> [UInt8] {
        Array("\(padded(first, 10)) \(padded(second, 5)) \(kind) \n".utf8)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
