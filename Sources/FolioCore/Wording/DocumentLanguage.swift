/// The language a document is written in: French (authoritative) or English.
public enum DocumentLanguage: String, Sendable, CaseIterable {
    case french = "fr"
    case english = "en"
}

extension DocumentLanguage {
    /// The language's name in English.
    public var name: String {
        switch self {
        case .french: "French"
        case .english: "English"
        }
    }

    /// Every language Folio writes, for a message: « fr (French), en (English) ».
    public static var available: String {
        allCases.map { "\($0.rawValue) (\($0.name))" }.joined(separator: ", ")
    }
}
