import FolioDocuments
import Foundation
import Yams

/// The language of the pages' interface (not of the documents, which have their own).
enum InterfaceLanguage: String, Sendable, CaseIterable {
    case french = "fr"
    case english = "en"

    /// The language a request asks for: the `lang` cookie the switch sets, else the browser's
    /// first of French or English in `Accept-Language`, else French.
    static func of(cookie: String?, acceptLanguage: String?) -> InterfaceLanguage {
        if let cookie, let chosen = InterfaceLanguage(rawValue: cookie) { return chosen }
        for range in (acceptLanguage ?? "").split(separator: ",") {
            let tag = range.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            if tag.hasPrefix("fr") { return .french }
            if tag.hasPrefix("en") { return .english }
        }
        return .french
    }

    var document: DocumentLanguage { self == .french ? .french : .english }
}

/// The words of the interface, one YAML file per language (web/locales/fr.yaml, en.yaml), the same
/// keys in each: templates write `{{t.key}}`.
struct InterfaceText: Sendable {
    private let words: [InterfaceLanguage: [String: String]]

    /// Reads every language's file; a key missing from one of them is an error, not a blank page.
    init(folder: URL) throws {
        var words: [InterfaceLanguage: [String: String]] = [:]
        for language in InterfaceLanguage.allCases {
            let path = folder.appendingPathComponent("\(language.rawValue).yaml").path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            // Read as plain scalars, so that a word such as « on » stays text instead of becoming a boolean.
            guard let mapping = try Yams.compose(yaml: text)?.mapping else {
                throw InputError(source: path, "not a table of interface words (key: text)")
            }
            var table: [String: String] = [:]
            for (key, value) in mapping {
                guard let key = key.scalar?.string, let value = value.scalar?.string else {
                    throw InputError(source: path, "not a table of interface words (key: text)")
                }
                table[key] = value
            }
            words[language] = table
        }
        let keys = words.values.map { Set($0.keys) }
        if let first = keys.first, let other = keys.first(where: { $0 != first }) {
            let missing = first.symmetricDifference(other).sorted().prefix(5).joined(separator: ", ")
            throw InputError(source: folder.path, "the languages' files do not have the same keys: \(missing)")
        }
        self.words = words
    }

    /// Every word of a language, for the templates.
    func table(_ language: InterfaceLanguage) -> [String: String] { words[language] ?? [:] }

    /// One word; the key itself when missing, so a gap shows instead of hiding.
    func callAsFunction(_ key: String, _ language: InterfaceLanguage) -> String { words[language]?[key] ?? key }
}
