import Foundation

/// The hyphenation patterns of one libhyphen `.dic` file, both levels, parsed and ready for fast matching.
///
/// A libhyphen file (the format LibreOffice's "hyphen" library reads) looks like this:
///
///     ISO8859-1                  ← line 1: the character set, UTF-8 or ISO8859-1
///     COMPOUNDLEFTHYPHENMIN 2    ← optional settings
///     % a comment                ← comments start with %
///     zypressen1nadel            ← first level: where compound words may be cut
///     NOHYPHEN -,'
///     NEXTLEVEL                  ← the second level follows
///     .a2ch4                     ← Liang patterns: letters, with a digit in some gaps
///
/// libhyphen, and Folio like it, hyphenates in two steps. The first ("compound") level cuts a word
/// into parts (for German, a list of about 69,000 words and compounds with their joints), again and
/// again until no part can be cut any more; the second level then hyphenates each part as a word of
/// its own. A file without `NEXTLEVEL` has one level, the second one; libhyphen then supplies a first
/// level that only cuts at `-` and `'` (and, in UTF-8 files, at `–` and `’`). `Hyphenator` explains
/// the rest of the algorithm; `HyphenationPatternTrie` how patterns are matched.
///
/// Reading follows libhyphen (2.8.8, as LibreOffice uses it):
/// - the settings libhyphen uses are those of the first level (in a one-level file, of that level);
///   settings written after `NEXTLEVEL` are checked but, as in libhyphen, have no effect;
/// - a second `NEXTLEVEL` ends the file: libhyphen reads nothing after it;
/// - a missing (or zero) `LEFTHYPHENMIN` or `RIGHTHYPHENMIN` means 2;
/// - of two digits in a row, the last one counts (the German file has `5ab61la1ge`);
/// - a pattern written twice keeps the priorities of its last line;
/// - a pattern without any digit is kept: it changes nothing by itself, but it hides shorter patterns
///   inside the words it spells (see `HyphenationPatternTrie`);
/// - patterns spelled with the typographic apostrophe `’` are left out: LibreOffice turns `’` into `'`
///   in the word before calling libhyphen, so they can never match (the French file spells each of its
///   apostrophe patterns both ways), and Folio does the same;
/// - non-standard patterns, those with `/` or `=` (such as `ff1a/f=f,1,2`), are skipped: Folio does not
///   change the spelling of a word it hyphenates (there are none in the three files Folio ships);
/// - lines starting with `#` are comments too (for libhyphen they are patterns made of `#`, which no
///   word Folio hyphenates can contain, so the result is the same).
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
    /// The fewest characters allowed after a compound joint before a hyphen inside a part, as libhyphen
    /// computes it: the file's `COMPOUNDLEFTHYPHENMIN`, or 0 in a two-level file that gives none; in a
    /// one-level file, `COMPOUNDLEFTHYPHENMIN`, else `LEFTHYPHENMIN`, else 3.
    public let compoundLeftHyphenMin: Int
    /// The same, before a compound joint (`COMPOUNDRIGHTHYPHENMIN`).
    public let compoundRightHyphenMin: Int
    /// The character sequences next to which a word is never hyphenated (`NOHYPHEN`; in a one-level
    /// file, libhyphen's default: `'`, `-`, and in UTF-8 also `–` and `’`).
    public let noHyphen: [String]
    /// How many non-standard patterns (with `/` or `=`) were skipped, in both levels.
    public let skippedPatternCount: Int

    /// The first level: where compound words are cut (libhyphen's default one in a one-level file).
    let compoundTrie: HyphenationPatternTrie
    /// The second level: the ordinary Liang patterns.
    let trie: HyphenationPatternTrie
    /// The letters both levels use.
    let alphabet: HyphenationAlphabet
    /// The code of the word boundary `.`.
    let boundaryCode: UInt16
    /// `noHyphen`, as letter codes.
    let noHyphenCodes: [[UInt16]]
    /// The file's raw `LEFTHYPHENMIN` and `RIGHTHYPHENMIN` (0 when absent), which LibreOffice's
    /// formula for the compound minimums uses.
    let rawLeftHyphenMin: Int
    let rawRightHyphenMin: Int

    /// How many patterns the second level (the ordinary Liang patterns) holds.
    public var patternCount: Int { trie.patternCount }
    /// How many patterns the first (compound) level holds: 0 for an empty one, 2 or 3 for libhyphen's
    /// default one, about 69,000 for German.
    public var compoundPatternCount: Int { compoundTrie.patternCount }

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
        let parser = try data.withUnsafeBytes { raw -> PatternFileParser in
            let parser = PatternFileParser(bytes: raw.bindMemory(to: UInt8.self), fileName: fileName)
            try parser.parse()
            return parser
        }
        self.fileName = fileName
        self.encoding = parser.encoding
        self.skippedPatternCount = parser.skippedPatternCount

        let settings = parser.settings[0]
        rawLeftHyphenMin = settings.leftHyphenMin
        rawRightHyphenMin = settings.rightHyphenMin
        leftHyphenMin = settings.leftHyphenMin > 0 ? settings.leftHyphenMin : 2
        rightHyphenMin = settings.rightHyphenMin > 0 ? settings.rightHyphenMin : 2

        var alphabet = parser.alphabet
        let compoundBuilder: HyphenationPatternTrie.Builder
        let builder: HyphenationPatternTrie.Builder
        let noHyphen: [[Unicode.Scalar]]
        if parser.levelCount == 2 {
            compoundBuilder = parser.firstLevel
            builder = parser.secondLevel
            compoundLeftHyphenMin = settings.compoundLeftHyphenMin
            compoundRightHyphenMin = settings.compoundRightHyphenMin
            noHyphen = settings.noHyphen ?? []
        } else {
            // libhyphen's default first level: joints at hyphens and apostrophes (1-1, 1'1, and in UTF-8
            // 1–1), where its default NOHYPHEN list then forbids a hyphen.
            builder = parser.firstLevel
            var joints: [Unicode.Scalar] = ["-", "'"]
            if parser.encoding == .utf8 { joints.append("\u{2013}") }
            noHyphen = parser.encoding == .utf8 ? [["'"], ["\u{2013}"], ["\u{2019}"], ["-"]] : [["'"], ["-"]]
            let defaultLevel = HyphenationPatternTrie.Builder()
            let priorities: [UInt8] = [1, 1]
            for joint in joints {
                guard let code = alphabet.addCode(for: joint) else { break }
                withUnsafePointer(to: code) { defaultLevel.insert(codes: $0, count: 1, priorities: priorities) }
            }
            compoundBuilder = defaultLevel
            let left = settings.leftHyphenMin, right = settings.rightHyphenMin
            compoundLeftHyphenMin = settings.compoundLeftHyphenMin != 0 ? settings.compoundLeftHyphenMin : (left != 0 ? left : 3)
            compoundRightHyphenMin = settings.compoundRightHyphenMin != 0 ? settings.compoundRightHyphenMin : (right != 0 ? right : 3)
        }
        var noHyphenCodes: [[UInt16]] = []
        for sequence in noHyphen {
            noHyphenCodes.append(sequence.map { alphabet.addCode(for: $0) ?? 0 })
        }
        self.noHyphen = noHyphen.map { String(String.UnicodeScalarView($0)) }
        self.noHyphenCodes = noHyphenCodes
        self.boundaryCode = alphabet.code(for: ".")
        self.compoundTrie = compoundBuilder.build(alphabetSize: alphabet.count)
        self.trie = builder.build(alphabetSize: alphabet.count)
        self.alphabet = alphabet
    }
}

/// Reads a libhyphen file line by line: the settings and the patterns of each level.
///
/// It reads the file's bytes in place and keeps its scratch space in memory managed by hand, with
/// plain `while` loops: loading the German file (a million bytes, 280,000 trie nodes) stays fast in
/// debug builds too.
private final class PatternFileParser {
    /// The settings of one level, as written (0 when absent).
    struct Settings {
        var leftHyphenMin = 0
        var rightHyphenMin = 0
        var compoundLeftHyphenMin = 0
        var compoundRightHyphenMin = 0
        var noHyphen: [[Unicode.Scalar]]?
    }

    /// The file, valid during `parse()` only.
    private let bytes: UnsafeBufferPointer<UInt8>
    private let fileName: String

    private(set) var encoding = HyphenationPatterns.Encoding.utf8
    private(set) var settings = [Settings(), Settings()]
    /// The patterns of the first level, then of the second (after `NEXTLEVEL`).
    private(set) var firstLevel = HyphenationPatternTrie.Builder()
    private(set) var secondLevel = HyphenationPatternTrie.Builder()
    private(set) var levelCount = 1
    private(set) var alphabet = HyphenationAlphabet()
    private(set) var skippedPatternCount = 0

    /// Longer patterns are surely a mistake (libhyphen stops at 100 bytes).
    private static let longestPattern = 200

    /// The byte range of each line.
    private let lines: [Range<Int>]
    /// Scratch space for one line (as long as the longest): its characters, the codes and priorities
    /// of its pattern. (Constants, unlike variables of a class, cost no access check in debug builds.)
    private let scalars: UnsafeMutablePointer<Unicode.Scalar>
    private let codes: UnsafeMutablePointer<UInt16>
    private let priorities: UnsafeMutablePointer<UInt8>
    /// The alphabet's codes of the characters below U+0300, 0 when not yet known: a fast path to `alphabet`.
    private let knownCodes: UnsafeMutablePointer<UInt16>

    init(bytes: UnsafeBufferPointer<UInt8>, fileName: String) {
        self.bytes = bytes
        self.fileName = fileName
        lines = Self.splitLines(bytes)
        var longestLine = 0
        for line in lines where line.count > longestLine {
            longestLine = line.count
        }
        scalars = .allocate(capacity: longestLine + 1)
        codes = .allocate(capacity: longestLine + 1)
        priorities = .allocate(capacity: longestLine + 2)
        knownCodes = .allocate(capacity: 0x300)
        knownCodes.initialize(repeating: 0, count: 0x300)
    }

    deinit {
        scalars.deallocate()
        codes.deallocate()
        priorities.deallocate()
        knownCodes.deallocate()
    }

    func parse() throws {
        let lines = lines
        guard let firstLine = lines.first else {
            throw HyphenationError(fileName: fileName, reason: "is empty (expected a character set on line 1)")
        }
        encoding = try readEncoding(firstLine)
        _ = try code(for: ".", line: 1)
        firstLevel = HyphenationPatternTrie.Builder(expectedNodes: bytes.count / 3)

        var level = 0
        var index = 0
        while index + 1 < lines.count {
            index += 1
            let line = lines[index]
            let lineNumber = index + 1
            if line.isEmpty || isComment(line) { continue }
            if let (keyword, argument) = directive(in: line) {
                if keyword == "NEXTLEVEL" {
                    if level == 1 { break } // libhyphen reads two levels, and nothing after a second NEXTLEVEL.
                    level = 1
                    levelCount = 2
                    secondLevel = HyphenationPatternTrie.Builder(expectedNodes: (bytes.count - line.upperBound) / 3)
                } else {
                    try readSetting(keyword, argument: argument, level: level, line: lineNumber)
                }
                continue
            }
            if isNonStandard(line) {
                skippedPatternCount += 1
                continue
            }
            try readPattern(line, lineNumber: lineNumber, level: level)
        }
    }

    /// The code of a character, assigning the next free one the first time it is seen.
    private func code(for scalar: Unicode.Scalar, line: Int) throws -> UInt16 {
        let value = scalar.value
        if value < 0x300 {
            let known = knownCodes[Int(value)]
            if known != 0 { return known }
        }
        guard let code = alphabet.addCode(for: scalar) else {
            throw HyphenationError(fileName: fileName, line: line, reason: "uses more than 65,535 different letters")
        }
        if value < 0x300 {
            knownCodes[Int(value)] = code
        }
        return code
    }

    // MARK: Lines

    /// The byte range of each line, without its line break and surrounding spaces or tabs.
    private static func splitLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        lines.reserveCapacity(bytes.count / 8)
        var start = 0
        // A UTF-8 byte order mark, if any, is not part of the first line.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            start = 3
        }
        guard let base = bytes.baseAddress else { return [] }
        var position = start
        while position < bytes.count {
            if base[position] == UInt8(ascii: "\n") {
                lines.append(trimmed(start, position, in: base))
                start = position + 1
            }
            position += 1
        }
        if start < bytes.count {
            lines.append(trimmed(start, bytes.count, in: base))
        }
        return lines
    }

    private static func trimmed(_ start: Int, _ end: Int, in base: UnsafePointer<UInt8>) -> Range<Int> {
        var lower = start
        var upper = end
        while lower < upper, base[lower] == 0x20 || base[lower] == 0x09 || base[lower] == 0x0D { lower += 1 }
        while upper > lower, base[upper - 1] == 0x20 || base[upper - 1] == 0x09 || base[upper - 1] == 0x0D { upper -= 1 }
        return lower..<upper
    }

    private func isComment(_ line: Range<Int>) -> Bool {
        let first = bytes.baseAddress![line.lowerBound]
        return first == UInt8(ascii: "%") || first == UInt8(ascii: "#")
    }

    /// Whether a line is a non-standard pattern (with `/` or `=`).
    private func isNonStandard(_ line: Range<Int>) -> Bool {
        let base = bytes.baseAddress!
        var index = line.lowerBound
        while index < line.upperBound {
            if base[index] == UInt8(ascii: "/") || base[index] == UInt8(ascii: "=") { return true }
            index += 1
        }
        return false
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    // MARK: Settings

    private static let keywords: Set<String> = [
        "NEXTLEVEL", "LEFTHYPHENMIN", "RIGHTHYPHENMIN",
        "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN", "NOHYPHEN",
    ]

    /// The keyword and argument of a setting line such as `LEFTHYPHENMIN 2`, or `nil` for other lines.
    private func directive(in line: Range<Int>) -> (keyword: String, argument: Range<Int>)? {
        let base = bytes.baseAddress!
        // Patterns are lowercase: only a line starting with a capital letter can be a setting.
        guard !line.isEmpty, base[line.lowerBound] >= UInt8(ascii: "A"), base[line.lowerBound] <= UInt8(ascii: "Z") else {
            return nil
        }
        var keywordEnd = line.lowerBound
        while keywordEnd < line.upperBound, base[keywordEnd] != 0x20, base[keywordEnd] != 0x09 {
            keywordEnd += 1
        }
        let keyword = text(line.lowerBound..<keywordEnd)
        guard Self.keywords.contains(keyword) else { return nil }
        var argumentStart = keywordEnd
        while argumentStart < line.upperBound, base[argumentStart] == 0x20 || base[argumentStart] == 0x09 {
            argumentStart += 1
        }
        return (keyword, argumentStart..<line.upperBound)
    }

    private func readSetting(_ keyword: String, argument: Range<Int>, level: Int, line: Int) throws {
        switch keyword {
        case "LEFTHYPHENMIN":
            settings[level].leftHyphenMin = try readMinimum(argument, keyword: keyword, line: line)
        case "RIGHTHYPHENMIN":
            settings[level].rightHyphenMin = try readMinimum(argument, keyword: keyword, line: line)
        case "COMPOUNDLEFTHYPHENMIN":
            settings[level].compoundLeftHyphenMin = try readMinimum(argument, keyword: keyword, line: line)
        case "COMPOUNDRIGHTHYPHENMIN":
            settings[level].compoundRightHyphenMin = try readMinimum(argument, keyword: keyword, line: line)
        case "NOHYPHEN":
            settings[level].noHyphen = try readNoHyphen(argument, line: line)
        default:
            break
        }
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

    /// A minimum as written; 0 stands for "not given", as in libhyphen.
    private func readMinimum(_ argument: Range<Int>, keyword: String, line: Int) throws -> Int {
        let value = text(argument)
        guard let number = Int(value), number >= 0, number < 100 else {
            throw HyphenationError(
                fileName: fileName, line: line,
                reason: "\(keyword) needs a whole number of characters, not \"\(value)\""
            )
        }
        return number
    }

    /// `NOHYPHEN -,'`: a comma-separated list of characters or sequences. As in libhyphen, a comma
    /// first or last in the list is a character of its own, not a separator.
    private func readNoHyphen(_ argument: Range<Int>, line: Int) throws -> [[Unicode.Scalar]] {
        let scalarCount = try decode(argument, lineNumber: line)
        var sequences: [[Unicode.Scalar]] = [[]]
        var index = 0
        while index < scalarCount {
            let scalar = scalars[index]
            if scalar == ",", index > 0, index < scalarCount - 1 {
                sequences.append([])
            } else {
                sequences[sequences.count - 1].append(scalar)
            }
            index += 1
        }
        let result = sequences.filter { !$0.isEmpty }
        for sequence in result {
            for scalar in sequence {
                _ = try code(for: scalar, line: line)
            }
        }
        return result
    }

    // MARK: Patterns

    /// Reads a pattern such as `.ab3réa`: letters, with a priority digit in some of the gaps.
    private func readPattern(_ line: Range<Int>, lineNumber: Int, level: Int) throws {
        let scalarCount = try decode(line, lineNumber: lineNumber)
        var letterCount = 0
        priorities[0] = 0 // priorities[i] belongs to the gap before letter i.

        var index = 0
        while index < scalarCount {
            let scalar = scalars[index]
            index += 1
            let value = scalar.value
            if value >= 0x30 && value <= 0x39 {
                priorities[letterCount] = UInt8(value - 0x30)
                continue
            }
            if value < 0x80 {
                if value <= 0x20 {
                    throw malformed(lineNumber, scalarCount, "it contains a space")
                }
                if value >= 0x41 && value <= 0x5A {
                    throw malformed(lineNumber, scalarCount, "\"\(scalar)\" is a capital letter (patterns are lowercase)")
                }
            } else if value < 0x100 {
                // Latin-1: the spaces are U+0085 and U+00A0, the capitals À to Þ but ×.
                if value == 0x85 || value == 0xA0 {
                    throw malformed(lineNumber, scalarCount, "it contains a space")
                }
                if value >= 0xC0 && value <= 0xDE && value != 0xD7 {
                    throw malformed(lineNumber, scalarCount, "\"\(scalar)\" is a capital letter (patterns are lowercase)")
                }
            } else {
                if scalar == "\u{2019}" {
                    return // Never matches: LibreOffice, and Folio, read ’ in a word as '.
                }
                if scalar.properties.isWhitespace {
                    throw malformed(lineNumber, scalarCount, "it contains a space")
                }
                if scalar.properties.changesWhenLowercased {
                    throw malformed(lineNumber, scalarCount, "\"\(scalar)\" is a capital letter (patterns are lowercase)")
                }
            }
            codes[letterCount] = try code(for: scalar, line: lineNumber)
            letterCount += 1
            priorities[letterCount] = 0
        }

        guard letterCount > 0 else { throw malformed(lineNumber, scalarCount, "it has no letters") }
        guard letterCount <= Self.longestPattern else {
            throw malformed(lineNumber, scalarCount, "it is longer than \(Self.longestPattern) letters")
        }
        let boundary = knownCodes[Int(UInt8(ascii: "."))]
        var inner = 1
        while inner < letterCount - 1 {
            if codes[inner] == boundary {
                throw malformed(lineNumber, scalarCount, "the word boundary \".\" may only start or end a pattern")
            }
            inner += 1
        }
        (level == 0 ? firstLevel : secondLevel).insert(codes: codes, count: letterCount, priorities: priorities)
    }

    private func malformed(_ lineNumber: Int, _ scalarCount: Int, _ reason: String) -> HyphenationError {
        let pattern = String(String.UnicodeScalarView(UnsafeBufferPointer(start: scalars, count: scalarCount)))
        return HyphenationError(fileName: fileName, line: lineNumber, reason: "malformed pattern \"\(pattern)\": \(reason)")
    }

    /// Decodes a line into `scalars`, in the file's character set, and returns how many characters it has.
    private func decode(_ line: Range<Int>, lineNumber: Int) throws -> Int {
        var scalarCount = 0
        let base = bytes.baseAddress!
        let scalars = scalars
        switch encoding {
        case .latin1:
            // Every ISO8859-1 byte is the Unicode scalar of the same number.
            var index = line.lowerBound
            while index < line.upperBound {
                scalars[scalarCount] = Unicode.Scalar(base[index])
                scalarCount += 1
                index += 1
            }
            return scalarCount
        case .utf8:
            var index = line.lowerBound
            while index < line.upperBound, base[index] < 0x80 {
                scalars[scalarCount] = Unicode.Scalar(base[index])
                scalarCount += 1
                index += 1
            }
            guard index < line.upperBound else { return scalarCount }
            // Not only ASCII: the rest through the standard decoder.
            var iterator = UnsafeBufferPointer(rebasing: bytes[index..<line.upperBound]).makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar):
                    scalars[scalarCount] = scalar
                    scalarCount += 1
                case .emptyInput:
                    return scalarCount
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
