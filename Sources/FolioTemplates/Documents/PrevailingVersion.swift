import FolioCore

/// The clause printed on every document with text in a language other than the seller's legal
/// language: that version is the one that binds, the others are translations.
///
/// Printed by the composer, never by templates, so it appears exactly when another language is printed.
// French seller: loi n° 94-665 du 4 août 1994 (loi Toubon), art. 2: contracts in France are written in
// French. German seller: its terms and documents are written in German, the version that binds.
public enum PrevailingVersion {
    public static let english = "This English text is a translation provided for information; in case of any discrepancy, the French version prevails."
    public static let french = "En cas de divergence entre les versions, la version française prévaut."

    /// The sentence of the legal version itself, for a document that prints it beside a translation.
    static func legalSentence(_ legal: DocumentLanguage) -> String {
        legal.words(fr: french, en: "In case of any discrepancy between the versions, the English version prevails.",
                    de: "Bei Abweichungen zwischen den Fassungen ist die deutsche Fassung maßgeblich.")
    }

    /// The sentence of a translation: a text in `language` whose `legal` version prevails.
    static func translationSentence(_ language: DocumentLanguage, legal: DocumentLanguage) -> String {
        switch (language, legal) {
        case (.english, .french): english
        case (.english, _):
            "This English text is a translation provided for information; in case of any discrepancy, the \(legal.name) version prevails."
        case (.french, _):
            "Ce texte français est une traduction fournie à titre d'information ; en cas de divergence, la version \(legal == .german ? "allemande" : "anglaise") prévaut."
        case (.german, _):
            "Dieser deutsche Text ist eine Übersetzung zur Information; bei Abweichungen ist die \(legal == .french ? "französische" : "englische") Fassung maßgeblich."
        }
    }

    /// The clause for a document printing `printed` languages: the translation's sentence, or the legal
    /// version's and the translation's when both are printed side by side; nil when only the legal language is printed.
    static func clause(legal: DocumentLanguage, printed: [DocumentLanguage], bilingual: Bool) -> [MarkupBlock]? {
        let translations = printed.filter { $0 != legal }
        guard let translation = translations.first else { return nil }
        var text = translationSentence(translation, legal: legal)
        if bilingual { text = legalSentence(legal) + " " + text }
        return [.space(4), .paragraph([.italic([.text(text)])], small: true)]
    }
}
