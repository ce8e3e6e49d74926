import FolioCore
import FolioRedline
import FolioTemplates
import FolioInput
import Foundation

extension Company {
    /// The redline between two versions of a terms document of the catalog, in one language.
    ///
    /// A version is named by its effective date; any other day names the version in force that day.
    ///
    /// ```swift
    /// let redline = try company.termsRedline("terms/goods-and-software", from: CalendarDate("2026-01-01")!,
    ///                                        to: CalendarDate("2026-09-01")!, language: .french)
    /// redline.figures.first   // art. 4 — durée : 30 jours → 45 jours
    /// ```
    public func termsRedline(_ name: String, from old: CalendarDate, to new: CalendarDate,
                             language: DocumentLanguage, strict: Bool = false) throws -> Redline {
        let name = name.hasPrefix("terms/") ? name : "terms/\(name)"
        let oldVersion = try version(of: name, at: old)
        let newVersion = try version(of: name, at: new)
        return TermsComparison.compare(
            try termsText(oldVersion, language: language), try termsText(newVersion, language: language),
            old: RedlineVersion(name: name, effective: "\(oldVersion.effective)", language: language.rawValue),
            new: RedlineVersion(name: name, effective: "\(newVersion.effective)", language: language.rawValue),
            strict: strict)
    }

    /// The two days whose versions a comparison names: with no day, the two latest versions; with one,
    /// that day's version and the latest; with two, theirs.
    ///
    /// - Throws: ``InputError`` when the document has a single version and no day is given.
    public func versionsToCompare(_ name: String, days: [CalendarDate]) throws -> (old: CalendarDate, new: CalendarDate) {
        let name = name.hasPrefix("terms/") ? name : "terms/\(name)"
        let versions = try versions(of: name).map(\.effective)
        guard let latest = versions.last else { throw InputError(source: "templates", "\(name) has no version") }
        switch days.count {
        case 0:
            guard versions.count >= 2 else {
                throw InputError(source: "templates", "\(name) has a single version (\(latest)): nothing to compare")
            }
            return (versions[versions.count - 2], latest)
        case 1: return (days[0], latest)
        default: return (days[0], days[1])
        }
    }

    /// The text of a terms version filled with this company's facts, read into articles.
    public func termsText(_ version: TemplateVersion, language: DocumentLanguage) throws -> TermsText {
        let values = TermsValues(company: profile, language: language).values(version: version)
        let blocks = try Self.templating { try catalog.filler(version, language: language.rawValue).blocks(values) }
        return MarkupTermsText.text(blocks)
    }

    /// The redline between two files: Folio terms templates (`.folio`, filled with this company's facts),
    /// Markdown (`.md`, `.markdown`) or plain text (any other name).
    ///
    /// A file that is missing, binary or not UTF-8 is refused, naming it.
    public func redline(files old: String, _ new: String, strict: Bool = false) throws -> Redline {
        try TermsFiles.redline(old, new, strict: strict, company: self)
    }

    /// A file read into articles, and how the redline names it.
    fileprivate func terms(file path: String) throws -> (TermsText, RedlineVersion) {
        let source = try TextFile.read(path: path, kind: .terms, expected: "text (terms in Markdown, plain text or a Folio template)")
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let stem = url.deletingPathExtension().lastPathComponent
        let folderDate = CalendarDate(folder.lastPathComponent)
        switch url.pathExtension.lowercased() {
        case "folio":
            let language = DocumentLanguage(rawValue: stem) ?? .french
            // A template in a version folder (terms/NAME/2026-09-01/fr.folio) is that version; another is dated by its file.
            let effective = folderDate ?? Self.modificationDay(of: path)
            let name = folderDate != nil ? "terms/" + folder.deletingLastPathComponent().lastPathComponent : stem
            let version = TemplateVersion(name: name, effective: effective, directory: folder, languages: [language.rawValue])
            let filler: TemplateFiller
            do { filler = try TemplateFiller(source: source, file: path) } catch { throw InputError(source: path, "\(error)") }
            let values = TermsValues(company: profile, language: language).values(version: version)
            let blocks: [MarkupBlock]
            do { blocks = try filler.blocks(values) } catch { throw InputError(source: path, "\(error)") }
            return (MarkupTermsText.text(blocks),
                    RedlineVersion(name: path, effective: folderDate.map { "\($0)" }, language: language.rawValue))
        default:
            return TermsFiles.read(source, path: path)
        }
    }

    /// The day a file was last changed: a template outside a version folder has no other date.
    static func modificationDay(of path: String) -> CalendarDate {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let date = attributes?[.modificationDate] as? Date ?? Date(timeIntervalSince1970: 0)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(dayNumber: 0)
    }
}

/// Terms files compared without a company: Markdown and plain text need none; a Folio template
/// (`.folio`) is filled with a company's facts.
public enum TermsFiles {
    /// Whether comparing these files needs a company (one of them is a Folio template).
    public static func needCompany(_ paths: [String]) -> Bool {
        paths.contains { URL(fileURLWithPath: $0).pathExtension.lowercased() == "folio" }
    }

    /// The redline between two files; `company` fills Folio templates and is required for them.
    public static func redline(_ old: String, _ new: String, strict: Bool = false, company: Company? = nil) throws -> Redline {
        let (oldText, oldVersion) = try terms(old, company: company)
        let (newText, newVersion) = try terms(new, company: company)
        try checkParagraphs(of: oldText, path: old)
        try checkParagraphs(of: newText, path: new)
        return TermsComparison.compare(oldText, newText, old: oldVersion, new: newVersion, strict: strict)
    }

    private static func terms(_ path: String, company: Company?) throws -> (TermsText, RedlineVersion) {
        if needCompany([path]) {
            guard let company else { throw InputError(source: path, "a Folio template is filled with a company's facts: give a company") }
            return try company.terms(file: path)
        }
        let source = try TextFile.read(path: path, kind: .terms, expected: "text (terms in Markdown, plain text or a Folio template)")
        try checkLines(of: source, path: path)
        return read(source, path: path)
    }

    /// Refuses terms with more articles than the `articles` limit of terms, or a paragraph longer than
    /// its `valueLength`: matching every old article against every new one, and the word diff of two
    /// long paragraphs with nothing in common, are what cost the redline its time.
    ///
    /// - Throws: ``InputError`` naming the file, the article and the limit.
    static func checkParagraphs(of text: TermsText, path: String) throws {
        let limits = InputLimitSettings.current[.terms], limit = limits.valueLength
        let sections = [text.preamble].compactMap({ $0 }) + text.sections
        guard sections.count <= limits.articles else {
            throw InputError(source: path, InputLimitRefusal.reason("\(sections.count) articles and clauses: more than \(limits.articles)",
                                                                   kind: .terms, limit: .articles))
        }
        for section in sections {
            for paragraph in section.paragraphs where paragraph.text.unicodeScalars.count > limit {
                throw InputError(source: path, field: section.label, InputLimitRefusal.reason(
                    "a paragraph of \(paragraph.text.unicodeScalars.count) characters: more than \(limit)", kind: .terms, limit: .valueLength))
            }
        }
    }

    /// Refuses, before the terms are read, a line longer than a paragraph may be (the paragraph it
    /// belongs to would be): a text of one long line is refused without reading it into articles.
    ///
    /// - Throws: ``InputError`` naming the file, the line and the limit.
    static func checkLines(of source: String, path: String) throws {
        let limit = InputLimitSettings.current[.terms].valueLength
        var line = 1, length = 0
        for scalar in source.unicodeScalars {
            if scalar == "\n" {
                line += 1
                length = 0
            } else {
                length += 1
                if length > limit {
                    throw InputError(source: path, InputLimitRefusal.reason("line \(line) runs past \(limit) characters: a paragraph longer than that",
                                                                           kind: .terms, limit: .valueLength))
                }
            }
        }
    }

    /// Markdown (`.md`, `.markdown`) or plain text, by the file's name.
    static func read(_ source: String, path: String) -> (TermsText, RedlineVersion) {
        let url = URL(fileURLWithPath: path)
        let folderDate = CalendarDate(url.deletingLastPathComponent().lastPathComponent)
        let version = RedlineVersion(name: path, effective: folderDate.map { "\($0)" }, language: nil)
        switch url.pathExtension.lowercased() {
        case "md", "markdown", "mdown": return (MarkdownTerms.read(source), version)
        default: return (PlainTextTerms.read(source), version)
        }
    }
}
