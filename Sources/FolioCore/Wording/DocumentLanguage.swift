/// The language a document is written in: French (authoritative) or English.
public enum DocumentLanguage: String, Sendable, CaseIterable {
    case french = "fr"
    case english = "en"
}
