import FolioCore
import FolioLayout

extension DocumentLanguage {
    /// The layout's language (hyphenation patterns, French spacing).
    public var layoutLanguage: Language { self == .french ? .french : .english }
}
