import FolioLayout

/// The language a document is written in.
public enum DocumentLanguage: String, Sendable, CaseIterable {
    case french = "fr"
    case english = "en"

    /// The layout's language (hyphenation patterns, French spacing).
    public var layoutLanguage: Language { self == .french ? .french : .english }
}
