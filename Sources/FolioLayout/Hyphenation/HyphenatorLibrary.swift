import Foundation

/// The hyphenators of every language Folio supports, loaded from the `hyphenation/` directory.
///
/// `init(directory:)` reads every file when the library is made, so a damaged file is reported at
/// once. Loading all three takes about 35 ms in a release build (most of it for the German file's
/// 69,000-word compound level), a quarter of a cold one-page draft: `init(directory:loading: .onFirstUse)`
/// checks that every file is there and reads a language's patterns only when a text in that language
/// is first hyphenated (`patterns(for:)`), so a French invoice never reads the German file. The library
/// is safe to share between threads.
///
/// ```swift
/// let library = try HyphenatorLibrary(directory: repositoryRoot.appending(path: "hyphenation"))
/// library.hyphenator(for: .german).hyphenated("Gerichtsstand")  // "Ge-richts-stand"
/// ```
public final class HyphenatorLibrary: @unchecked Sendable {
    /// When the pattern files are read.
    public enum Loading: Sendable {
        /// All of them, when the library is made.
        case atOnce
        /// Each when its language is first used; their presence is checked when the library is made.
        case onFirstUse
    }

    /// The directory the pattern files were read from.
    public let directory: URL
    /// The hyphenators read so far. `@unchecked Sendable`: every access holds `lock`.
    private var loaded: [HyphenationLanguage: Hyphenator] = [:]
    private let lock = NSLock()

    /// Reads `hyph_fr.dic`, `hyph_en_US.dic` and `hyph_de_DE.dic` from `directory`, now or on first use.
    ///
    /// - Throws: `HyphenationError` naming the file (and line) that cannot be read or parsed; with
    ///   `.onFirstUse`, only a file that is missing or unreadable.
    public init(directory: URL, loading: Loading = .atOnce) throws {
        self.directory = directory
        for language in HyphenationLanguage.allCases {
            switch loading {
            case .atOnce: loaded[language] = try Self.load(language, from: directory)
            case .onFirstUse:
                let url = directory.appendingPathComponent(language.patternFileName)
                guard FileManager.default.isReadableFile(atPath: url.path) else {
                    // Read it now: the error names the file and says why, as a load would.
                    _ = try Self.load(language, from: directory)
                    continue
                }
            }
        }
    }

    /// The hyphenator for `language`, with the file's minimums (use `Hyphenator.init` to raise them),
    /// read now if it was not yet.
    ///
    /// - Throws: `HyphenationError` when the file cannot be read or parsed.
    public func patterns(for language: HyphenationLanguage) throws -> Hyphenator {
        try lock.withLock {
            if let hyphenator = loaded[language] { return hyphenator }
            let hyphenator = try Self.load(language, from: directory)
            loaded[language] = hyphenator
            return hyphenator
        }
    }

    /// The hyphenator for `language` of a library read at once (`.atOnce`, the default), with the
    /// file's minimums. A library loading on first use reads the file here and, should it be damaged,
    /// hyphenates nothing: use ``patterns(for:)`` to hear why.
    public func hyphenator(for language: HyphenationLanguage) -> Hyphenator {
        (try? patterns(for: language)) ?? Hyphenator(patterns: Self.noPatterns, allowsApostrophes: language.allowsApostrophes)
    }

    /// A pattern file with no pattern: finds no hyphenation point.
    private static let noPatterns: HyphenationPatterns = {
        // A character set line alone is a valid file; failing to parse it would be a bug of the parser.
        guard let none = try? HyphenationPatterns(data: Data("UTF-8\n".utf8), fileName: "(no patterns)") else {
            preconditionFailure("an empty UTF-8 pattern file must parse")
        }
        return none
    }()

    private static func load(_ language: HyphenationLanguage, from directory: URL) throws -> Hyphenator {
        let url = directory.appendingPathComponent(language.patternFileName)
        let patterns = try HyphenationPatterns(contentsOf: url)
        return Hyphenator(patterns: patterns, allowsApostrophes: language.allowsApostrophes)
    }
}
