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
    /// apostrophe ("geht's") are left whole, as the German file itself asks (`NOHYPHEN -,'`).
    public var allowsApostrophes: Bool {
        switch self {
        case .french, .english: true
        case .german: false
        }
    }
}
