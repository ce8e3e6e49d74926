import FolioDocuments
import Foundation
import Hummingbird

/// The legal pages: the company's terms documents and their dated versions, a version read in
/// French, English or both side by side, and the redline between any two versions, changed figures first.
extension WebPages {
    struct TermsVersionView {
        let effective: String
        let effectiveLabel: String
        let languages: String
        let href: String
    }

    struct TermsDocumentView {
        let name: String
        let path: String
        let isDefault: Bool
        let versions: [TermsVersionView]
        /// The redline's two lists: the previous version chosen in the first, the newest in the second.
        let fromOptions: [OptionView]
        let toOptions: [OptionView]
        let newest: String
        let previous: String
        let comparable: Bool
    }

    struct TermsListView {
        let documents: [TermsDocumentView]
        let empty: Bool
    }

    /// `GET /terms`.
    func termsPage(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let visitor = try visitor(request, context, .legal)
        let language = language(request)
        let documents = try await api.workers.run { worker -> [TermsDocumentView] in
            let company = try worker.company(visitor.user.company)
            let format = LocalizedFormat(language.document)
            return try company.termsDocuments.map { name in
                let short = String(name.dropFirst("terms/".count))
                let versions = try company.versions(of: name)
                return TermsDocumentView(
                    name: short, path: Self.pathComponent(short), isDefault: name == company.profile.defaultTerms,
                    versions: versions.reversed().map {
                        TermsVersionView(effective: $0.effective.description, effectiveLabel: format.date($0.effective),
                                         languages: $0.languages.joined(separator: ", "),
                                         href: "/terms/\(Self.pathComponent(short))/versions/\($0.effective)")
                    },
                    fromOptions: versions.reversed().map {
                        OptionView(value: $0.effective.description, label: format.date($0.effective), selected: $0.effective == versions.dropLast().last?.effective)
                    },
                    toOptions: versions.reversed().map {
                        OptionView(value: $0.effective.description, label: format.date($0.effective), selected: $0.effective == versions.last?.effective)
                    },
                    newest: versions.last?.effective.description ?? "", previous: versions.dropLast().last?.effective.description ?? "",
                    comparable: versions.count > 1)
            }
        }
        return try page("terms", request, context, title: word("terms_title", request), TermsListView(documents: documents, empty: documents.isEmpty))
    }

    struct TermsColumn {
        let language: String
        let title: String
        let sections: [TermsSectionView]
    }

    struct TermsSectionView {
        /// Nil for a section without number or title (a preamble): no empty heading.
        let heading: String?
        let level: Int
        let isTop: Bool
        let paragraphs: [TermsParagraphView]
    }

    struct TermsParagraphView {
        let text: String
        let isItem: Bool
    }

    struct TermsReadingView {
        let name: String
        let path: String
        let effective: String
        let effectiveLabel: String
        let columns: [TermsColumn]
        let sideBySide: Bool
        let views: [NavItem]
    }

    /// `GET /terms/{document}/versions/{effective}?view=fr|en|both`.
    func termsVersion(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let visitor = try visitor(request, context, .legal)
        let language = language(request)
        let short = try parameter(context, "document"), effectiveText = try parameter(context, "effective")
        guard let effective = CalendarDate(effectiveText) else { throw Problem.badRequest("\"\(effectiveText)\" is not a date YYYY-MM-DD") }
        let choice = request.uri.queryParameters.get("view") ?? "both"
        let (columns, available) = try await api.workers.run { worker -> ([TermsColumn], [String]) in
            let company = try worker.company(visitor.user.company)
            let name = "terms/" + short
            guard company.termsDocuments.contains(name),
                  let version = try company.versions(of: name).first(where: { $0.effective == effective }) else {
                throw Problem.notFound("no version of \(name) effective on \(effective)")
            }
            // The company's legal language first: the version that binds, then its translation.
            let legal = company.profile.law.legalLanguage.rawValue
            let ordered = version.languages.filter { $0 == legal } + version.languages.filter { $0 != legal }
            let languages = ordered.filter { choice == "both" || $0 == choice }
            return (try (languages.isEmpty ? ordered : languages).compactMap { code -> TermsColumn? in
                guard let documentLanguage = DocumentLanguage(rawValue: code) else { return nil }
                let text = try company.termsText(version, language: documentLanguage)
                return TermsColumn(language: code, title: text.title ?? short, sections: (text.preamble.map { [$0] } ?? []) .map(Self.section) + text.sections.map(Self.section))
            }, version.languages)
        }
        let base = "/terms/\(Self.pathComponent(short))/versions/\(effective)"
        let views = (available + (available.count > 1 ? ["both"] : [])).map {
            NavItem(href: "\(base)?view=\($0)", label: self.views.text("view_" + $0, language), current: $0 == choice)
        }
        let view = TermsReadingView(name: short, path: Self.pathComponent(short), effective: effective.description,
                                    effectiveLabel: LocalizedFormat(language.document).date(effective), columns: columns,
                                    sideBySide: columns.count > 1, views: views)
        return try page("terms-version", request, context, title: "\(short) — \(view.effectiveLabel)", view)
    }

    private static func section(_ section: TermsSection) -> TermsSectionView {
        let heading = [section.number, section.title.isEmpty ? nil : section.title].compactMap { $0 }.joined(separator: ". ")
        return TermsSectionView(heading: heading.isEmpty ? nil : heading,
                         level: section.level, isTop: section.level <= 1,
                         paragraphs: section.paragraphs.map { TermsParagraphView(text: $0.text, isItem: $0.isItem) })
    }

    struct RedlineView {
        let name: String
        let path: String
        let from: String
        let to: String
        let versionOptionsFrom: [OptionView]
        let versionOptionsTo: [OptionView]
        let changesOnly: Bool
        let body: String
    }

    /// `GET /terms/{document}/redline?from=&to=`: what changed, figures first; the HTML is the redline's own, escaped by it.
    func termsRedline(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let visitor = try visitor(request, context, .legal)
        let language = language(request)
        let short = try parameter(context, "document")
        let from = try FolioAPI.date(request, "from"), to = try FolioAPI.date(request, "to")
        let changesOnly = request.uri.queryParameters.get("changesOnly") == "true"
        let (body, old, new, versions) = try await api.workers.run { worker -> (String, CalendarDate, CalendarDate, [CalendarDate]) in
            let company = try worker.company(visitor.user.company)
            let name = "terms/" + short
            guard company.termsDocuments.contains(name) else { throw Problem.notFound("no terms document \(name)") }
            let (old, new) = try company.versionsToCompare(name, days: [from, to].compactMap { $0 })
            let redline = try company.termsRedline(name, from: old, to: new, language: language.document, strict: false)
            let body = RedlineHTML.fragment(redline, wording: RedlineWording(language: language.rawValue), changesOnly: changesOnly)
            return (body, old, new, try company.versions(of: name).map(\.effective))
        }
        let format = LocalizedFormat(language.document)
        let options = { (chosen: CalendarDate) in versions.reversed().map { OptionView(value: $0.description, label: format.date($0), selected: $0 == chosen) } }
        let view = RedlineView(name: short, path: Self.pathComponent(short), from: old.description, to: new.description,
                               versionOptionsFrom: options(old), versionOptionsTo: options(new), changesOnly: changesOnly, body: body)
        return try page("redline", request, context, title: "\(word("redline_title", request)) — \(short)", view)
    }
}
