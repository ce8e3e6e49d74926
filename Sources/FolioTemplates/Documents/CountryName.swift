import Foundation

/// The name of a country in the document's language, from its ISO 3166 alpha-2 code ("DE" → « Allemagne », "Germany").
///
/// Foundation's locale data (ICU, already linked for hyphenation and dates) holds every country's
/// name in both languages; a code it does not know is printed as given.
enum CountryName {
    static func of(_ code: String, french: Bool) -> String {
        Locale(identifier: french ? "fr_FR" : "en_GB").localizedString(forRegionCode: code.uppercased()) ?? code
    }
}
