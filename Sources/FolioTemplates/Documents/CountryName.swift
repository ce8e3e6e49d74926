import FolioCore
import Foundation

/// The name of a country in the document's language, from its ISO 3166 alpha-2 code ("DE" → « Allemagne »,
/// "Germany", « Deutschland »).
///
/// Foundation's locale data (ICU, already linked for hyphenation and dates) holds every country's
/// name in every language; a code it does not know is printed as given.
enum CountryName {
    static func of(_ code: String, in language: DocumentLanguage) -> String {
        Locale(identifier: language.words(fr: "fr_FR", en: "en_GB", de: "de_DE")).localizedString(forRegionCode: code.uppercased()) ?? code
    }
}
