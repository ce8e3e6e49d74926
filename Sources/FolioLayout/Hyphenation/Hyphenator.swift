import Foundation

/// Finds where a word may be hyphenated, with Liang's algorithm and the patterns of one language.
///
/// ```swift
/// let library = try HyphenatorLibrary(directory: hyphenationDirectory)
/// let french = library.hyphenator(for: .french)
/// french.hyphenationPoints(in: "informatique")  // [2, 5, 7]
/// french.hyphenated("informatique")             // "in-for-ma-tique"
/// ```
///
/// How it works, in short: the word is written `.informatique.` (the dots mark its ends), every
/// pattern found in it gives priorities to the gaps it covers, each gap keeps its highest priority,
/// and a hyphen may go where that priority is odd. Then the gaps too close to either end
/// (`leftMin`, `rightMin`) are dropped.
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
    /// Whether a word may contain an apostrophe (`'` or `’`) and still be hyphenated.
    public let allowsApostrophes: Bool
    /// Words whose hyphenation points are given rather than computed, keyed by `exceptionKey(_:)`.
    private var exceptions: [String: [Int]] = [:]
    /// The code of `'` in the patterns (0 when no pattern uses it).
    private let apostropheCode: UInt16

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
        self.allowsApostrophes = allowsApostrophes
        self.apostropheCode = patterns.trie.code(for: "'")
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
        let trie = patterns.trie
        // At most one code per UTF-8 byte, plus the two boundaries.
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: word.utf8.count + 2) { codes -> [Int] in
            // 1. The word as letter codes, between two boundaries: ".word."
            var length = 0
            codes[length] = trie.boundaryCode
            length += 1
            for character in word {
                guard let code = letterCode(for: character) else { return [] }
                codes[length] = code
                length += 1
            }
            codes[length] = trie.boundaryCode
            length += 1

            let characterCount = length - 2
            guard characterCount >= leftMin + rightMin else { return [] }
            let allowed = leftMin...(characterCount - rightMin)

            // 2. Exceptions take precedence over patterns.
            if !exceptions.isEmpty, let points = exceptions[Self.exceptionKey(word)] {
                return points.filter { allowed.contains($0) }
            }

            // 3. Each gap keeps the highest priority the patterns give it; odd means "may hyphenate".
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length + 1) { gapPriorities -> [Int] in
                gapPriorities.initialize(repeating: 0)
                trie.applyPatterns(to: UnsafeBufferPointer(rebasing: codes[0..<length]), gapPriorities: gapPriorities)
                // The gap before the word's character `p` is the gap before code `p + 1` (after the leading dot).
                var points: [Int] = []
                for position in allowed where gapPriorities[position + 1] & 1 == 1 {
                    points.append(position)
                }
                return points
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

    /// The pattern code for one character of a word, or `nil` if the character rules hyphenation out.
    @inline(__always)
    private func letterCode(for character: Character) -> UInt16? {
        let trie = patterns.trie
        if let ascii = character.asciiValue {
            switch ascii {
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                return trie.code(for: Unicode.Scalar(ascii))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                return trie.code(for: Unicode.Scalar(ascii + 32))
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
            return trie.code(for: scalar)
        }
        // A letter typed as base + combining accent ("e" + "\u{301}") is looked up precomposed ("é").
        if let scalar = Self.onlyScalar(of: lowered.precomposedStringWithCanonicalMapping) {
            return trie.code(for: scalar)
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
