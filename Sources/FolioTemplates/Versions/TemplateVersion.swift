import FolioCore
import Foundation

/// One dated version of a template: the folder `templates/NAME/YYYY-MM-DD/` and its language files.
public struct TemplateVersion: Sendable, Hashable {
    /// The template's name: its folder under templates/ (`invoice`, `terms/goods-and-software`).
    public let name: String
    /// The day this version takes effect.
    public let effective: CalendarDate
    public let directory: URL
    /// The languages it is written in (`fr`, `en`), from its `LANG.folio` files.
    public let languages: [String]

    public init(name: String, effective: CalendarDate, directory: URL, languages: [String]) {
        self.name = name
        self.effective = effective
        self.directory = directory
        self.languages = languages
    }

    /// How a document records the version it used, e.g. `invoice@2026-01-01`.
    public var identity: String { "\(name)@\(effective)" }

    /// The file for a language.
    public func file(language: String) throws(TemplateCatalogError) -> URL {
        guard languages.contains(language) else {
            throw TemplateCatalogError("\(identity) has no \(language) text (it has: \(languages.joined(separator: ", ")))")
        }
        return directory.appendingPathComponent("\(language).folio")
    }
}

/// A template or version that does not exist or is not in force, said in words.
public struct TemplateCatalogError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
