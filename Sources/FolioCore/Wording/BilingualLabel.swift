/// A short text a company writes in its profile in French and English, and in German when it writes
/// German documents (a price list item, a grade of its depreciation grid), printed in the document's language.
public struct BilingualLabel: Sendable, Hashable {
    public var french: String
    public var english: String
    /// Nil: German documents print the English text.
    public var german: String?

    public init(french: String, english: String, german: String? = nil) {
        self.french = french
        self.english = english
        self.german = german
    }

    /// The text in a document's language.
    public func text(_ language: DocumentLanguage) -> String {
        language.words(fr: french, en: english, de: german ?? english)
    }
}
