/// A short text a company writes in its profile in French and English (a price list item, a grade of
/// its depreciation grid), printed in the document's language.
public struct BilingualLabel: Sendable, Hashable {
    public var french: String
    public var english: String

    public init(french: String, english: String) {
        self.french = french
        self.english = english
    }

    /// The text in a document's language.
    public func text(_ language: DocumentLanguage) -> String { language == .french ? french : english }
}
