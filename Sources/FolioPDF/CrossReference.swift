/// Where each object of a PDF file is, read from its cross-reference sections (ISO 32000-1 §7.5.4,
/// §7.5.8): classic `xref` tables, cross-reference streams, hybrid files (`/XRefStm`) and incremental
/// updates (`/Prev`), the newest entry of an object winning.
struct CrossReference {
    enum Entry: Equatable {
        /// The object was deleted (or never existed).
        case free
        /// The object starts at this byte offset of the file.
        case inFile(offset: Int, generation: Int)
        /// The object is the `index`-th of the object stream `stream`.
        case compressed(stream: Int, index: Int)
    }

    var entries: [Int: Entry] = [:]
    /// The trailer: the newest section's keys, completed by older sections'.
    var trailer = PDFDictionary()
    /// Whether any section is a cross-reference stream (Cairo writes only classic tables).
    var usesStreams = false
    /// The number of sections read (1 for a file written in one go).
    var sections = 0
    /// Where the newest section starts (the offset `startxref` gives): an incremental update names it `/Prev`.
    var newestSection = 0
    /// Whether the newest section is a cross-reference stream rather than a classic `xref` table.
    var newestIsStream = false

    /// How far from the end `startxref` is looked for: some writers append a few hundred bytes after
    /// `%%EOF`, and beyond this the file's end is not a PDF's end.
    static let startSearchWindow = 32 * 1024

    /// A cross-reference stream decodes to at most this: 64 MiB holds millions of entries, far more
    /// than any real file, and keeps a compression bomb's memory bounded.
    static let maximumStreamSize = 64 * 1024 * 1024

    /// Reads every section, starting at the offset `startxref` gives.
    init(_ bytes: [UInt8]) throws(PDFFileError) {
        guard bytes.starts(with: Array("%PDF-".utf8)) else { throw .notAPDF }
        guard let start = Self.startOffset(in: bytes) else {
            throw .malformed(reason: "no startxref at the end of the file (is it truncated?)", offset: bytes.count)
        }
        newestSection = start
        var visited: Set<Int> = []
        var next: Int? = start
        while let offset = next, visited.insert(offset).inserted {
            guard offset > 0, offset < bytes.count else {
                throw .unreadableCrossReference(offset: offset)
            }
            var parser = PDFParser(bytes, at: offset)
            let section: PDFDictionary
            if parser.consume(keyword: "xref") {
                section = try readTable(&parser, at: offset)
                if let streamOffset = section["XRefStm"]?.integer, streamOffset > 0, streamOffset < bytes.count,
                   !visited.contains(streamOffset) {
                    var streamParser = PDFParser(bytes, at: streamOffset)
                    _ = try readStream(&streamParser, at: streamOffset)
                }
            } else {
                section = try readStream(&parser, at: offset)
                if sections == 0 { newestIsStream = true }
            }
            sections += 1
            for entry in section.entries where trailer[entry.key] == nil {
                trailer[entry.key] = entry.value
            }
            next = section["Prev"]?.integer
        }
    }

    /// The offset written after the last `startxref`.
    static func startOffset(in bytes: [UInt8]) -> Int? {
        let keyword = Array("startxref".utf8)
        var index = bytes.count - keyword.count
        let stop = max(0, bytes.count - startSearchWindow)
        while index >= stop {
            if bytes[index] == UInt8(ascii: "s"), bytes[index..<(index + keyword.count)].elementsEqual(keyword) {
                var parser = PDFParser(bytes, at: index + keyword.count)
                return parser.unsignedInteger()
            }
            index -= 1
        }
        return nil
    }

    /// A classic table: `xref`, subsections `first count` of `offset generation n|f` lines, then
    /// `trailer` and its dictionary.
    private mutating func readTable(_ parser: inout PDFParser, at offset: Int) throws(PDFFileError) -> PDFDictionary {
        while !parser.consume(keyword: "trailer") {
            guard let first = parser.unsignedInteger(), let count = parser.unsignedInteger(),
                  count <= (parser.bytes.count - parser.position) / 4 else {
                throw .unreadableCrossReference(offset: offset)
            }
            for number in first..<(first + count) {
                guard let objectOffset = parser.unsignedInteger(), let generation = parser.unsignedInteger() else {
                    throw .unreadableCrossReference(offset: offset)
                }
                let kind = parser.token()
                guard kind.elementsEqual("n".utf8) || kind.elementsEqual("f".utf8) else {
                    throw .unreadableCrossReference(offset: offset)
                }
                guard entries[number] == nil else { continue }
                // An in-use entry at offset 0 points nowhere: some writers mean a free object.
                entries[number] = kind.first == UInt8(ascii: "n") && objectOffset > 0
                    ? .inFile(offset: objectOffset, generation: generation) : .free
            }
        }
        guard let trailer = try? parser.value().dictionary else { throw .unreadableCrossReference(offset: offset) }
        return trailer
    }

    /// A cross-reference stream: an object `/Type /XRef` whose decoded rows hold `/W` fields each.
    private mutating func readStream(_ parser: inout PDFParser, at offset: Int) throws(PDFFileError) -> PDFDictionary {
        guard (try? parser.objectHeader()) != nil, let dictionary = try? parser.value().dictionary,
              dictionary.names("XRef"),
              let range = try? StreamBody.locate(in: &parser, declaredLength: dictionary["Length"]?.integer) else {
            throw .unreadableCrossReference(offset: offset)
        }
        usesStreams = true
        let data = try StreamDecoding.decode(parser.bytes[range], filter: dictionary["Filter"],
                                             parameters: dictionary["DecodeParms"], maximumSize: Self.maximumStreamSize)
        // Each field is at most 8 bytes: wider fields cannot hold an offset this reader can address.
        guard let widths = dictionary["W"]?.array?.compactMap(\.integer), widths.count == 3,
              widths.allSatisfy({ (0...8).contains($0) }), widths.reduce(0, +) > 0,
              let size = dictionary["Size"]?.integer, size >= 0 else {
            throw .unreadableCrossReference(offset: offset)
        }
        let rowLength = widths.reduce(0, +)
        let index = dictionary["Index"]?.array?.compactMap(\.integer) ?? [0, size]
        var position = 0
        var pair = 0
        while pair + 1 < index.count {
            let first = index[pair], count = index[pair + 1]
            pair += 2
            guard first >= 0, count >= 0, count <= (data.count - position) / rowLength else {
                throw .unreadableCrossReference(offset: offset)
            }
            for number in first..<(first + count) {
                var fields = [0, 0, 0]
                for field in 0..<3 {
                    for _ in 0..<widths[field] {
                        fields[field] = fields[field] << 8 | Int(data[position])
                        position += 1
                    }
                }
                // A missing type field means type 1 (an object in the file).
                let type = widths[0] == 0 ? 1 : fields[0]
                guard entries[number] == nil else { continue }
                switch type {
                case 0: entries[number] = .free
                case 1: entries[number] = fields[1] > 0 ? .inFile(offset: fields[1], generation: fields[2]) : .free
                case 2: entries[number] = .compressed(stream: fields[1], index: fields[2])
                default: break  // Types this version of PDF does not define refer to the null object.
                }
            }
        }
        return dictionary
    }
}
