import Foundation

/// The hyphenators of every language Folio supports, loaded once from the `hyphenation/` directory.
///
/// All files are read when the library is made, so a missing or damaged file is reported at once
/// rather than in the middle of a layout. Loading all three takes about 20 ms in a release build
/// (most of it for the German file's 69,000-word compound level); make one library and share it
/// (it is immutable, hence safe to use from any thread).
///
/// ```swift
/// let library = try HyphenatorLibrary(directory: repositoryRoot.appending(path: "hyphenation"))
/// library.hyphenator(for: .german).hyphenated("Gerichtsstand")  // "Ge-richts-stand"
/// ```
public final class HyphenatorLibrary: Sendable {
    /// The directory the pattern files were read from.
    public let directory: URL
    private let french: Hyphenator
    private let english: Hyphenator
    private let german: Hyphenator

    /// Reads `hyph_fr.dic`, `hyph_en_US.dic` and `hyph_de_DE.dic` from `directory`.
    ///
    /// - Throws: `HyphenationError` naming the file (and line) that cannot be read or parsed.
    public init(directory: URL) throws {
        self.directory = directory
        func load(_ language: HyphenationLanguage) throws -> Hyphenator {
            let url = directory.appendingPathComponent(language.patternFileName)
            let patterns = try HyphenationPatterns(contentsOf: url)
            return Hyphenator(patterns: patterns, allowsApostrophes: language.allowsApostrophes)
        }
        french = try load(.french)
        english = try load(.english)
        german = try load(.german)
    }

    /// The hyphenator for `language`, with the file's minimums (use `Hyphenator.init` to raise them).
    public func hyphenator(for language: HyphenationLanguage) -> Hyphenator {
        switch language {
        case .french: french
        case .english: english
        case .german: german
        }
    }
}
