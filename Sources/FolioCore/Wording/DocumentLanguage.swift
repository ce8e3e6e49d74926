/// The language a document is written in: French, English or German. The seller's legal language
/// (French for a French seller, German for a German one) is the version that prevails.
public enum DocumentLanguage: String, Sendable, CaseIterable {
    case french = "fr"
    case english = "en"
    case german = "de"
}

extension DocumentLanguage {
    /// The language's name in English.
    public var name: String {
        switch self {
        case .french: "French"
        case .english: "English"
        case .german: "German"
        }
    }

    /// Every language Folio writes, for a message: « fr (French), en (English), de (German) ».
    public static var available: String {
        allCases.map { "\($0.rawValue) (\($0.name))" }.joined(separator: ", ")
    }

    /// The words of this language among their three versions: `language.words(fr: "Devis", en: "Quote", de: "Angebot")`.
    public func words(fr french: String, en english: String, de german: String) -> String {
        switch self {
        case .french: french
        case .english: english
        case .german: german
        }
    }
}
