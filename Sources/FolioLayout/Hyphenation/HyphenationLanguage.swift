/// A language Folio can hyphenate, named by its ISO 639-1 code.
///
/// Each language has one pattern file in the repository's `hyphenation/` directory,
/// copied unmodified from the Debian packages `hyphen-fr`, `hyphen-en-us` and `hyphen-de`.
public enum HyphenationLanguage: String, Sendable, CaseIterable {
    case french = "fr"
    case english = "en"
    case german = "de"

    /// The name of this language's libhyphen pattern file, for example `hyph_fr.dic`.
    public var patternFileName: String {
        switch self {
        case .french: "hyph_fr.dic"
        case .english: "hyph_en_US.dic"
        case .german: "hyph_de_DE.dic"
        }
    }

    /// Whether a word of this language may contain an apostrophe and still be hyphenated.
    ///
    /// French ("l'entreprise") and English ("company's") words may; German words with an
    /// apostrophe ("geht's", "Müller's") are left whole, a choice of Folio's: they are short
    /// elisions or names. (libhyphen would cut them at the apostrophe, as a compound joint, and
    /// never put a hyphen next to it, which the German file's `NOHYPHEN -,'` forbids.)
    public var allowsApostrophes: Bool {
        switch self {
        case .french, .english: true
        case .german: false
        }
    }
}
