import Foundation

/// Finds where a word may be hyphenated, with the patterns of one language, exactly as LibreOffice's
/// hyphenation library, libhyphen, does.
///
/// ```swift
/// let library = try HyphenatorLibrary(directory: hyphenationDirectory)
/// let french = library.hyphenator(for: .french)
/// french.hyphenationPoints(in: "informatique")  // [2, 5, 7]
/// french.hyphenated("informatique")             // "in-for-ma-tique"
/// library.hyphenator(for: .german).hyphenated("Gerichtsstand")  // "Ge-richts-stand"
/// ```
///
/// How it works (libhyphen's `hnj_hyphen_hyphenate3`, called the way LibreOffice calls it):
///
/// 1. The word is lowercased, `’` read as `'`.
/// 2. **Compound level.** The file's first level is matched against `.word.` (see
///    `HyphenationPatternTrie` for how libhyphen matches); each gap keeps the highest priority given to
///    it, and an odd one is a compound joint. The word is cut at its joints, and each part of three or
///    more letters is cut again the same way, as a word of its own (`.part.`), until no part can be cut.
/// 3. **Hyphenation level.** A part that cannot be cut is hyphenated with the second level's patterns,
///    again as a word of its own. Inside a part, no hyphen goes closer than `compoundLeftMin` letters
///    after a joint or `compoundRightMin` letters before one, and, as in libhyphen, none before the
///    part's last letter.
/// 4. The whole word then keeps no hyphen within `leftMin` letters of its start or `rightMin` letters of
///    its end, and none next to a `NOHYPHEN` sequence (such as the apostrophe of "company's").
///
/// Only words made of letters are hyphenated (and apostrophes, if `allowsApostrophes`): a "word"
/// with a digit, a dot, an `@`, a slash or a hyphen (numbers, amounts, e-mail addresses, URLs,
/// compounds already hyphenated) gets no hyphenation points at all.
public struct Hyphenator: Sendable {
    /// The patterns this hyphenator applies.
    public let patterns: HyphenationPatterns
    /// The fewest characters allowed before a hyphen.
    public let leftMin: Int
    /// The fewest characters allowed after a hyphen.
    public let rightMin: Int
    /// Inside a compound, the fewest characters allowed between a joint and a hyphen after it
    /// (libhyphen's `clhmin`, computed from `leftMin` as LibreOffice does).
    public let compoundLeftMin: Int
    /// Inside a compound, the fewest characters allowed between a hyphen and the joint after it
    /// (libhyphen's `crhmin`, computed from `rightMin` as LibreOffice does).
    public let compoundRightMin: Int
    /// Whether a word may contain an apostrophe (`'` or `’`) and still be hyphenated.
    public let allowsApostrophes: Bool
    /// Words whose hyphenation points are given rather than computed, keyed by `exceptionKey(_:)`.
    private var exceptions: [String: [Int]] = [:]
    /// The code of `'` in the patterns (0 when no pattern uses it).
    private let apostropheCode: UInt16
    /// Whether the letters ﬃ and ﬄ count as two for the left minimum, as in libhyphen's UTF-8 mode.
    private let countsLongLigatures: Bool

    /// Makes a hyphenator; `leftMin` and `rightMin` can raise the file's minimums, never lower them.
    ///
    /// - Parameters:
    ///   - patterns: the patterns of one language.
    ///   - leftMin: the fewest characters before a hyphen; `nil` or a value below the file's
    ///     `LEFTHYPHENMIN` means the file's value.
    ///   - rightMin: the fewest characters after a hyphen; `nil` or a value below the file's
    ///     `RIGHTHYPHENMIN` means the file's value.
    ///   - allowsApostrophes: whether words such as "l'entreprise" are hyphenated (otherwise they are left whole).
    public init(patterns: HyphenationPatterns, leftMin: Int? = nil, rightMin: Int? = nil, allowsApostrophes: Bool = true) {
        self.patterns = patterns
        self.leftMin = max(patterns.leftHyphenMin, leftMin ?? 0, 1)
        self.rightMin = max(patterns.rightHyphenMin, rightMin ?? 0, 1)
        // LibreOffice's formula (lingucomponent, hyphenimp.cxx): a raised minimum raises the compound one alike.
        let compoundLeft = patterns.compoundLeftHyphenMin
        let compoundRight = patterns.compoundRightHyphenMin
        self.compoundLeftMin = max(compoundLeft, max(compoundLeft, 2) + max(0, self.leftMin - max(patterns.rawLeftHyphenMin, 2)))
        self.compoundRightMin = max(compoundRight, max(compoundRight, 2) + max(0, self.rightMin - max(patterns.rawRightHyphenMin, 2)))
        self.allowsApostrophes = allowsApostrophes
        self.apostropheCode = patterns.alphabet.code(for: "'")
        self.countsLongLigatures = patterns.encoding == .utf8
    }

    /// The positions where a hyphen may go, in characters from the start of the word, in increasing order.
    ///
    /// A position `p` means "between the `p`th and the next character": for "informatique",
    /// `[2, 5, 7]` means in-for-ma-tique. Every position is at least `leftMin` and at most
    /// `word.count - rightMin`. Upper and lower case give the same result.
    ///
    /// Returns `[]` for a word with anything other than letters (and apostrophes, if allowed),
    /// and for a word shorter than `leftMin + rightMin`.
    public func hyphenationPoints(in word: String) -> [Int] {
        // At most one character per UTF-8 byte.
        let capacity = word.utf8.count
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: capacity + 2) { scratchCodes -> [Int] in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity + 3) { scratchGaps -> [Int] in
                withUnsafeTemporaryAllocation(of: UInt16.self, capacity: capacity) { codes -> [Int] in
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { weights -> [Int] in
                        // 1. The word as letter codes (and, for ﬃ and ﬄ, their weight for the left minimum).
                        var length = 0
                        var hasLongLigature = false
                        switch encodeLatin1(word, into: codes) {
                        case .rejected:
                            return []
                        case .encoded(let count):
                            length = count
                        case .notLatin1:
                            for character in word {
                                guard let code = letterCode(for: character) else { return [] }
                                codes[length] = code
                                var weight: UInt8 = 1
                                if countsLongLigatures, character.utf8.count == 3, let scalar = character.unicodeScalars.first,
                                   scalar == "\u{FB03}" || scalar == "\u{FB04}" {
                                    weight = 2
                                    hasLongLigature = true
                                }
                                weights[length] = weight
                                length += 1
                            }
                        }
                        guard length >= leftMin + rightMin else { return [] }
                        let allowed = leftMin...(length - rightMin)

                        // 2. Exceptions take precedence over patterns.
                        if !exceptions.isEmpty, let points = exceptions[Self.exceptionKey(word)] {
                            return points.filter { allowed.contains($0) }
                        }

                        // 3. libhyphen's algorithm: one value per gap, odd where a hyphen may go.
                        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { breaks -> [Int] in
                            let engine = Engine(
                                patterns: patterns,
                                scratchCodes: scratchCodes,
                                scratchGaps: scratchGaps,
                                weights: hasLongLigature ? UnsafeBufferPointer(rebasing: weights[0..<length]) : nil,
                                compoundLeftMin: compoundLeftMin,
                                compoundRightMin: compoundRightMin
                            )
                            let word = UnsafeBufferPointer(rebasing: codes[0..<length])
                            let breaks = UnsafeMutableBufferPointer(rebasing: breaks[0..<length])
                            engine.hyphenate(word, into: breaks, atStart: true, atEnd: true)
                            engine.applyLeftMin(leftMin, to: breaks, from: 0)
                            engine.applyRightMin(rightMin, to: breaks)
                            engine.applyNoHyphen(word, to: breaks)
                            // breaks[i] is the gap after character i, that is, position i + 1.
                            var points: [Int] = []
                            for position in allowed where breaks[position - 1] & 1 == 1 {
                                points.append(position)
                            }
                            return points
                        }
                    }
                }
            }
        }
    }

    /// The word with `hyphen` inserted at every hyphenation point: "in-for-ma-tique".
    public func hyphenated(_ word: String, hyphen: String = "-") -> String {
        let points = hyphenationPoints(in: word)
        guard !points.isEmpty else { return word }
        var result = ""
        result.reserveCapacity(word.utf8.count + points.count * hyphen.utf8.count)
        var nextPoint = points.makeIterator()
        var point = nextPoint.next()
        for (offset, character) in word.enumerated() {
            if offset == point {
                result += hyphen
                point = nextPoint.next()
            }
            result.append(character)
        }
        return result
    }

    /// A copy of this hyphenator that hyphenates the given words as written, whatever the patterns say.
    ///
    /// Write each word with its hyphens: `"ta-ble"`, `"Rech-nungs-be-trag"`. A word written without
    /// hyphens (`"Folio"`) is never hyphenated. Matching ignores case and reads `’` as `'`;
    /// `leftMin` and `rightMin` still apply. A later entry for the same word replaces an earlier one.
    public func adding(exceptions words: [String]) -> Hyphenator {
        var copy = self
        for entry in words {
            var letters = ""
            var points: [Int] = []
            var count = 0
            for character in entry {
                if character == "-" || character == "\u{2010}" || character == "\u{00AD}" {
                    if count > 0, points.last != count {
                        points.append(count)
                    }
                } else {
                    letters.append(character)
                    count += 1
                }
            }
            guard count > 0 else { continue }
            copy.exceptions[Self.exceptionKey(letters)] = points.filter { $0 < count }
        }
        return copy
    }

    // MARK: Letters

    private enum EncodedWord {
        case encoded(Int)
        case rejected
        case notLatin1
    }

    /// The fast way to `letterCode(for:)`, for words written in ASCII and Latin-1 letters only (each
    /// such character is a single scalar below U+0100, which never combines with the next one):
    /// writes the codes and returns the number of characters.
    private func encodeLatin1(_ word: String, into codes: UnsafeMutableBufferPointer<UInt16>) -> EncodedWord {
        let alphabet = patterns.alphabet
        var length = 0
        for scalar in word.unicodeScalars {
            let value = scalar.value
            var lowered = value
            switch value {
            case 0x61...0x7A: // a-z
                break
            case 0x41...0x5A: // A-Z
                lowered += 0x20
            case 0x27: // '
                guard allowsApostrophes else { return .rejected }
                codes[length] = apostropheCode
                length += 1
                continue
            case 0x00...0x7F:
                return .rejected // an ASCII character other than a letter or '
            case 0xDF...0xFF where value != 0xF7: // ß-ÿ but ÷
                break
            case 0xC0...0xDE where value != 0xD7: // À-Þ but ×
                lowered += 0x20
            default:
                return .notLatin1 // to be read character by character
            }
            codes[length] = alphabet.code(for: Unicode.Scalar(UInt8(lowered)))
            length += 1
        }
        return .encoded(length)
    }

    /// The pattern code for one character of a word, or `nil` if the character rules hyphenation out.
    @inline(__always)
    private func letterCode(for character: Character) -> UInt16? {
        let alphabet = patterns.alphabet
        if let ascii = character.asciiValue {
            switch ascii {
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                return alphabet.code(for: Unicode.Scalar(ascii))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                return alphabet.code(for: Unicode.Scalar(ascii + 32))
            case UInt8(ascii: "'"):
                return allowsApostrophes ? apostropheCode : nil
            default:
                return nil
            }
        }
        if character == "’" {
            return allowsApostrophes ? apostropheCode : nil
        }
        guard character.isLetter else { return nil }
        // A letter unknown to the patterns (code 0) is allowed: no pattern matches across it.
        let lowered = character.lowercased()
        if let scalar = Self.onlyScalar(of: lowered) {
            return alphabet.code(for: scalar)
        }
        // A letter typed as base + combining accent ("e" + "\u{301}") is looked up precomposed ("é").
        if let scalar = Self.onlyScalar(of: lowered.precomposedStringWithCanonicalMapping) {
            return alphabet.code(for: scalar)
        }
        return 0
    }

    private static func onlyScalar(of text: String) -> Unicode.Scalar? {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first
    }

    /// How exceptions are keyed: lowercase, `’` read as `'`, accents precomposed.
    private static func exceptionKey(_ word: String) -> String {
        word.lowercased().replacingOccurrences(of: "’", with: "'").precomposedStringWithCanonicalMapping
    }
}

// MARK: - libhyphen's algorithm

/// One run of libhyphen's `hnj_hyphen_hyph_` and of its helpers, over buffers owned by the caller.
///
/// `breaks[i]` is the value of the gap after character `i` of the (part of the) word: odd where a hyphen
/// may go. As in libhyphen, the gap after the last character is always 0.
private struct Engine {
    let patterns: HyphenationPatterns
    /// Room for `.word.` and its gaps, reused by every level and every part.
    let scratchCodes: UnsafeMutableBufferPointer<UInt16>
    let scratchGaps: UnsafeMutableBufferPointer<UInt8>
    /// The weight of each character of the whole word for the left minimums, when one is not 1.
    let weights: UnsafeBufferPointer<UInt8>?
    let compoundLeftMin: Int
    let compoundRightMin: Int

    /// The values one level's patterns give the gaps of `word`, matched as `.word.`.
    private func matchLevel(_ trie: HyphenationPatternTrie, _ word: UnsafeBufferPointer<UInt16>,
                            into breaks: UnsafeMutableBufferPointer<UInt8>) {
        let length = word.count
        guard length > 0 else { return }
        let boundary = patterns.boundaryCode
        scratchCodes[0] = boundary
        for index in 0..<length {
            scratchCodes[index + 1] = word[index]
        }
        scratchCodes[length + 1] = boundary
        let gaps = UnsafeMutableBufferPointer(rebasing: scratchGaps[0..<(length + 3)])
        gaps.update(repeating: 0)
        trie.applyPatterns(to: UnsafeBufferPointer(rebasing: scratchCodes[0..<(length + 2)]), gapPriorities: gaps)
        // The gap after character i is the gap before code i + 2 (after the leading dot).
        for index in 0..<(length - 1) {
            breaks[index] = gaps[index + 2]
        }
        breaks[length - 1] = 0
    }

    /// libhyphen's `hnj_hyphen_hyph_` on the compound level: cut `word` at its joints, recursively,
    /// and hyphenate the parts that cannot be cut. `atStart` and `atEnd` tell whether the part begins or
    /// ends the whole word (otherwise it begins or ends at a joint, and the compound minimums apply).
    /// `offset` is where `word` starts in the whole word.
    func hyphenate(_ word: UnsafeBufferPointer<UInt16>, into breaks: UnsafeMutableBufferPointer<UInt8>,
                   atStart: Bool, atEnd: Bool, offset: Int = 0) {
        let length = word.count
        guard length > 0 else { return }
        matchLevel(patterns.compoundTrie, word, into: breaks)

        var begin = 0
        for index in 0..<length where breaks[index] & 1 == 1 || (begin > 0 && index == length - 1) {
            if index - begin > 1 {
                // A part of three letters or more, [begin, index]: cut it again, as a word of its own.
                let partLength = index - begin + 1
                let endsAtJoint = breaks[index] & 1 == 1
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: partLength) { partBreaks in
                    hyphenate(
                        UnsafeBufferPointer(rebasing: word[begin...index]), into: partBreaks,
                        atStart: begin == 0 ? atStart : false, atEnd: endsAtJoint ? false : atEnd,
                        offset: offset + begin
                    )
                    // libhyphen copies back all but the part's last two gaps: the one before its last
                    // letter keeps the compound level's (even) value, the last one is the joint itself.
                    for position in 0..<(partLength - 2) {
                        breaks[begin + position] = partBreaks[position]
                    }
                }
            }
            begin = index + 1
        }

        if begin == 0 {
            // No joint: hyphenate the part with the second level.
            matchLevel(patterns.trie, word, into: breaks)
            if !atStart { applyLeftMin(compoundLeftMin, to: breaks, from: offset) }
            if !atEnd { applyRightMin(compoundRightMin, to: breaks) }
        }
    }

    /// libhyphen's `hnj_hyphen_lhmin`: no hyphen before `minimum` characters (ﬃ and ﬄ count as two in
    /// UTF-8 files). `offset` is where `breaks` starts in the whole word, to find the characters' weights.
    func applyLeftMin(_ minimum: Int, to breaks: UnsafeMutableBufferPointer<UInt8>, from offset: Int) {
        var count = 0
        for index in breaks.indices {
            count += weights.map { Int($0[offset + index]) } ?? 1
            if count >= minimum { return }
            breaks[index] = 0
        }
    }

    /// libhyphen's `hnj_hyphen_rhmin`: no hyphen after which fewer than `minimum` characters remain
    /// (it never touches the gap after the first character).
    func applyRightMin(_ minimum: Int, to breaks: UnsafeMutableBufferPointer<UInt8>) {
        var index = breaks.count - 1
        var count = 0
        while count < minimum, index > 0 {
            breaks[index] = 0
            index -= 1
            count += 1
        }
    }

    /// The file's `NOHYPHEN` sequences: no hyphen right before or right after any occurrence of one.
    func applyNoHyphen(_ word: UnsafeBufferPointer<UInt16>, to breaks: UnsafeMutableBufferPointer<UInt8>) {
        for sequence in patterns.noHyphenCodes where !sequence.isEmpty && sequence.count <= word.count {
            for start in 0...(word.count - sequence.count) {
                var matches = true
                for (index, code) in sequence.enumerated() where word[start + index] != code {
                    matches = false
                    break
                }
                guard matches else { continue }
                breaks[start + sequence.count - 1] = 0
                if start > 0 { breaks[start - 1] = 0 }
            }
        }
    }
}
