import FolioCore
import Foundation

/// The templates under a folder, each with its dated versions; chooses the version in force on a date.
///
/// A template is any folder whose subfolders are named by dates (`templates/invoice/2026-01-01/`);
/// each version folder holds one `LANG.folio` file per language. The version in force on a day is
/// the latest whose effective date is on or before that day.
public struct TemplateCatalog: Sendable {
    /// The folders searched, first first: a company's own templates shadow Folio's of the same name.
    public let roots: [URL]
    private let versionsByName: [String: [TemplateVersion]]
    /// The templates parsed so far, shared by every copy of this catalog.
    private let parsed = ParsedTemplates()

    /// The parsed template of a version in a language.
    public func filler(_ version: TemplateVersion, language: String) throws -> TemplateFiller {
        try parsed.filler(try version.file(language: language))
    }

    /// The values a version's template prints in a language, read from its text without parsing it:
    /// checking a profile against every version of its terms when it is loaded then costs a scan of
    /// each file, not a Mustache parse of each (most of a cold start's time); the version used is
    /// parsed when it is filled.
    public func valueUses(_ version: TemplateVersion, language: String) throws -> (file: String, uses: [TemplateValueUse]) {
        let url = try version.file(language: language)
        let text: String
        do { text = try TemplateFile.text(of: url) } catch {
            throw TemplateError(file: url.path, line: 1, column: 1, reason: "cannot read the file (\(error.localizedDescription))")
        }
        return (url.path, TemplateValueUse.scan(text))
    }

    /// Scans the folder; a version folder without any `.folio` file is an error naming it.
    public init(root: URL) throws(TemplateCatalogError) {
        try self.init(roots: [root])
    }

    /// Scans the folders; a template found in an earlier folder hides one of the same name in a later one.
    public init(roots: [URL]) throws(TemplateCatalogError) {
        self.roots = roots
        var merged: [String: [TemplateVersion]] = [:]
        for root in roots {
            var found: [String: [TemplateVersion]] = [:]
            try Self.scan(root, name: "", root: root.standardizedFileURL.resolvingSymlinksInPath().path, into: &found)
            guard !found.isEmpty else { throw TemplateCatalogError("\(root.path): no templates (folders named by date, e.g. invoice/2026-01-01/)") }
            merged.merge(found) { earlier, _ in earlier }
        }
        versionsByName = merged.mapValues { $0.sorted { $0.effective < $1.effective } }
    }

    /// Every template's name, sorted.
    public var names: [String] { versionsByName.keys.sorted() }

    /// A template's versions, oldest first.
    public func versions(of name: String) throws(TemplateCatalogError) -> [TemplateVersion] {
        guard let versions = versionsByName[name] else {
            throw TemplateCatalogError("no template named \(name) (known: \(names.joined(separator: ", ")))")
        }
        return versions
    }

    /// Refuses a folder or a template file that is a symbolic link leading out of the templates' root:
    /// a template reads no file outside the template folders.
    private static func checkInside(_ url: URL, root: String) throws(TemplateCatalogError) {
        let resolved = url.resolvingSymlinksInPath().path
        guard resolved != root, !resolved.hasPrefix(root + "/") else { return }
        throw TemplateCatalogError("\(url.path) is a symbolic link to \(resolved), outside the templates folder \(root): refused")
    }

    /// The version in force on a day: the latest that took effect on or before it.
    public func version(of name: String, at date: CalendarDate) throws(TemplateCatalogError) -> TemplateVersion {
        let versions = try versions(of: name)
        guard let version = versions.last(where: { $0.effective <= date }) else {
            let first = versions.first.map { " (its first version takes effect on \($0.effective))" } ?? ""
            throw TemplateCatalogError("no version of \(name) is in force on \(date)\(first)")
        }
        return version
    }

    /// Template names nest at most this deep (`germany/terms/goods/…`): a folder linked into itself ends there.
    private static let maximumNameDepth = 8

    private static func scan(_ folder: URL, name: String, root: String, into found: inout [String: [TemplateVersion]]) throws(TemplateCatalogError) {
        let manager = FileManager.default
        guard name.split(separator: "/").count < maximumNameDepth else {
            throw TemplateCatalogError("\(folder.path): template folders nested more than \(maximumNameDepth) deep (a folder linked into itself?)")
        }
        let children = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        for child in children {
            let url = folder.appendingPathComponent(child)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            try checkInside(url, root: root)
            if let date = CalendarDate(child), !name.isEmpty {
                let languages = ((try? manager.contentsOfDirectory(atPath: url.path)) ?? [])
                    .filter { $0.hasSuffix(".folio") }.map { String($0.dropLast(".folio".count)) }.sorted()
                for language in languages { try checkInside(url.appendingPathComponent("\(language).folio"), root: root) }
                guard !languages.isEmpty else {
                    throw TemplateCatalogError("\(url.path): a version folder needs a file per language (fr.folio, en.folio)")
                }
                found[name, default: []].append(TemplateVersion(name: name, effective: date, directory: url, languages: languages))
            } else {
                try scan(url, name: name.isEmpty ? child : "\(name)/\(child)", root: root, into: &found)
            }
        }
    }
}
