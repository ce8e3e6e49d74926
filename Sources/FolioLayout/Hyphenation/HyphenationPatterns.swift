import Foundation

/// The Liang hyphenation patterns of one libhyphen `.dic` file, parsed and ready for fast matching.
///
/// A libhyphen file (the format LibreOffice's "hyphen" library reads) looks like this:
///
///     UTF-8              ← line 1: the character set, UTF-8 or ISO8859-1
///     LEFTHYPHENMIN 2    ← optional settings
///     RIGHTHYPHENMIN 3
///     % a comment        ← comments start with % or #
///     NEXTLEVEL          ← optional: ends a first level, a second one follows
///     .a2ch4             ← one Liang pattern per line: letters, with a digit in some gaps
///
/// In a file with two levels, libhyphen first splits compound words with the first ("compound")
/// level (for German, a list of about 69,000 compounds), then hyphenates the parts with the second.
/// **Folio reads the patterns of the last level only**: the ordinary TeX-style Liang patterns.
/// The compound level, `COMPOUNDLEFTHYPHENMIN`, `COMPOUNDRIGHTHYPHENMIN` and `NOHYPHEN` are not used.
///
/// Reading follows libhyphen where the format is loose:
/// - the apostrophe `’` is read as `'` (the French file spells its apostrophe patterns both ways);
/// - non-standard patterns, those with `/` or `=` (such as `ff1a/f=f,1,2`), are skipped;
/// - of two digits in a row, the last one counts (the German file has `5ab61la1ge`);
/// - a pattern written twice keeps the priorities of its last line;
/// - a missing (or zero) `LEFTHYPHENMIN` or `RIGHTHYPHENMIN` means 2.
public struct HyphenationPatterns: Sendable {
    /// The character sets a pattern file may declare on its first line.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case latin1 = "ISO8859-1"
    }

    /// The file's name, used in error messages.
    public let fileName: String
    /// The character set declared on the file's first line.
    public let encoding: Encoding
    /// The fewest characters the file allows before a hyphen (its `LEFTHYPHENMIN`, or 2).
    public let leftHyphenMin: Int
    /// The fewest characters the file allows after a hyphen (its `RIGHTHYPHENMIN`, or 2).
    public let rightHyphenMin: Int
    /// How many non-standard patterns (with `/` or `=`) of the last level were skipped.
    public let skippedPatternCount: Int
    /// The patterns of the last level, as a trie.
    let trie: HyphenationPatternTrie

    /// How many patterns were read from the last level.
    public var patternCount: Int { trie.patternCount }

    /// Reads and parses a pattern file.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw HyphenationError(
                fileName: url.lastPathComponent,
                reason: "cannot be read from \(url.path): \(error.localizedDescription)"
            )
        }
        try self.init(data: data, fileName: url.lastPathComponent)
    }

    /// Parses the bytes of a pattern file; `fileName` only serves in error messages.
    public init(data: Data, fileName: String) throws {
        var parser = PatternFileParser(bytes: [UInt8](data), fileName: fileName)
        try parser.parse()
        self.fileName = fileName
        self.encoding = parser.encoding
        self.leftHyphenMin = parser.leftHyphenMin
        self.rightHyphenMin = parser.rightHyphenMin
        self.skippedPatternCount = parser.skippedPatternCount
        self.trie = parser.builder.build()
    }
}

/// Reads a libhyphen file line by line: the settings of every level, the patterns of the last one.
private struct PatternFileParser {
    let bytes: [UInt8]
    let fileName: String

    var encoding = HyphenationPatterns.Encoding.utf8
    var leftHyphenMin = 2
    var rightHyphenMin = 2
    var skippedPatternCount = 0
    var builder = HyphenationPatternTrie.Builder()

    /// Longer patterns are surely a mistake (libhyphen stops at 100 bytes).
    private static let longestPattern = 200

    init(bytes: [UInt8], fileName: String) {
        self.bytes = bytes
        self.fileName = fileName
    }

    mutating func parse() throws {
        let lines = splitLines()
        guard let firstLine = lines.first else {
            throw HyphenationError(fileName: fileName, reason: "is empty (expected a character set on line 1)")
        }
        encoding = try readEncoding(firstLine)

        // First pass, over every level: the settings, and where the last level starts.
        var lastLevelStart = 1
        for index in lines.indices.dropFirst() {
            guard let (keyword, argument) = directive(in: lines[index]) else { continue }
            let lineNumber = index + 1
            switch keyword {
            case "NEXTLEVEL":
                lastLevelStart = index + 1
            case "LEFTHYPHENMIN":
                leftHyphenMin = try readMinimum(argument, keyword: keyword, line: lineNumber)
            case "RIGHTHYPHENMIN":
                rightHyphenMin = try readMinimum(argument, keyword: keyword, line: lineNumber)
            default:
                break // COMPOUND…HYPHENMIN and NOHYPHEN concern the compound level, which Folio does not use.
            }
        }

        // Second pass: the patterns of the last level.
        for index in lines.indices where index >= lastLevelStart {
            let line = lines[index]
            guard !line.isEmpty, !isComment(line), directive(in: line) == nil else { continue }
            if line.contains(where: { bytes[$0] == UInt8(ascii: "/") || bytes[$0] == UInt8(ascii: "=") }) {
                skippedPatternCount += 1
                continue
            }
            try readPattern(line, lineNumber: index + 1)
        }
    }

    // MARK: Lines

    /// The byte range of each line, without its line break and surrounding spaces or tabs.
    private func splitLines() -> [Range<Int>] {
        var lines: [Range<Int>] = []
        lines.reserveCapacity(bytes.count / 8)
        var start = 0
        // A UTF-8 byte order mark, if any, is not part of the first line.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            start = 3
        }
        bytes.withUnsafeBufferPointer { buffer in
            var position = start
            while position < buffer.count {
                if buffer[position] == UInt8(ascii: "\n") {
                    lines.append(trimmed(start..<position, in: buffer))
                    start = position + 1
                }
                position += 1
            }
            if start < buffer.count {
                lines.append(trimmed(start..<buffer.count, in: buffer))
            }
        }
        return lines
    }

    private func trimmed(_ range: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        func isBlank(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
        }
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isBlank(buffer[lower]) { lower += 1 }
        while upper > lower, isBlank(buffer[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private func isComment(_ line: Range<Int>) -> Bool {
        guard let first = line.first else { return false }
        return bytes[first] == UInt8(ascii: "%") || bytes[first] == UInt8(ascii: "#")
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    // MARK: Settings

    private static let keywords: Set<String> = [
        "NEXTLEVEL", "LEFTHYPHENMIN", "RIGHTHYPHENMIN",
        "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN", "NOHYPHEN",
    ]

    /// The keyword and argument of a setting line such as `LEFTHYPHENMIN 2`, or `nil` for other lines.
    private func directive(in line: Range<Int>) -> (keyword: String, argument: String)? {
        // Patterns are lowercase: only a line starting with a capital letter can be a setting.
        guard let first = line.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[first]) else {
            return nil
        }
        let keywordEnd = line.first(where: { bytes[$0] == UInt8(ascii: " ") || bytes[$0] == UInt8(ascii: "\t") })
            ?? line.upperBound
        let keyword = text(line.lowerBound..<keywordEnd)
        guard Self.keywords.contains(keyword) else { return nil }
        let argument = text(keywordEnd..<line.upperBound).trimmingCharacters(in: .whitespaces)
        return (keyword, argument)
    }

    private func readEncoding(_ line: Range<Int>) throws -> HyphenationPatterns.Encoding {
        let name = text(line)
        switch name.uppercased() {
        case "UTF-8", "UTF8":
            return .utf8
        case "ISO8859-1", "ISO-8859-1", "ISO_8859-1", "LATIN1":
            return .latin1
        default:
            throw HyphenationError(
                fileName: fileName, line: 1,
                reason: "unknown character set \"\(name)\" (expected UTF-8 or ISO8859-1)"
            )
        }
    }

    private func readMinimum(_ argument: String, keyword: String, line: Int) throws -> Int {
        guard let value = Int(argument), value >= 0, value < 100 else {
            throw HyphenationError(
                fileName: fileName, line: line,
                reason: "\(keyword) needs a whole number of characters, not \"\(argument)\""
            )
        }
        return value == 0 ? 2 : value // libhyphen reads 0 as "not given", that is 2.
    }

    // MARK: Patterns

    /// Reads a pattern such as `.ab3réa`: letters, with a priority digit in some of the gaps.
    private mutating func readPattern(_ line: Range<Int>, lineNumber: Int) throws {
        let scalars = try decode(line, lineNumber: lineNumber)
        var letters: [Unicode.Scalar] = []
        var priorities: [UInt8] = [0] // priorities[i] belongs to the gap before letters[i].
        letters.reserveCapacity(scalars.count)
        priorities.reserveCapacity(scalars.count + 1)

        func malformed(_ reason: String) -> HyphenationError {
            HyphenationError(
                fileName: fileName, line: lineNumber,
                reason: "malformed pattern \"\(String(String.UnicodeScalarView(scalars)))\": \(reason)"
            )
        }

        for scalar in scalars {
            if ("0"..."9").contains(scalar) {
                priorities[priorities.count - 1] = UInt8(scalar.value - 48)
            } else if scalar.properties.isWhitespace {
                throw malformed("it contains a space")
            } else if scalar.properties.changesWhenLowercased {
                throw malformed("\"\(scalar)\" is a capital letter (patterns are lowercase)")
            } else {
                letters.append(scalar == "’" ? "'" : scalar)
                priorities.append(0)
            }
        }

        guard !letters.isEmpty else { throw malformed("it has no letters") }
        guard letters.count <= Self.longestPattern else {
            throw malformed("it is longer than \(Self.longestPattern) letters")
        }
        for (index, letter) in letters.enumerated() where letter == "." && index != 0 && index != letters.count - 1 {
            throw malformed("the word boundary \".\" may only start or end a pattern")
        }
        guard priorities.contains(where: { $0 != 0 }) else { return } // A pattern without digits changes nothing.
        builder.insert(letters: letters, priorities: priorities)
    }

    /// The characters of a line, read in the file's character set.
    private func decode(_ line: Range<Int>, lineNumber: Int) throws -> [Unicode.Scalar] {
        switch encoding {
        case .latin1:
            // Every ISO8859-1 byte is the Unicode scalar of the same number.
            return bytes[line].map { Unicode.Scalar($0) }
        case .utf8:
            var scalars: [Unicode.Scalar] = []
            var iterator = bytes[line].makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar):
                    scalars.append(scalar)
                case .emptyInput:
                    return scalars
                case .error:
                    throw HyphenationError(
                        fileName: fileName, line: lineNumber,
                        reason: "is not valid UTF-8 although line 1 says UTF-8"
                    )
                }
            }
        }
    }
}
