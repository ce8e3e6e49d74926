import FolioCore
import FolioLayout

extension DocumentLanguage {
    /// The layout's language (hyphenation patterns, French spacing).
    public var layoutLanguage: Language {
        switch self {
        case .french: .french
        case .english: .english
        case .german: .german
        }
    }
}
