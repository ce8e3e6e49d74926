import FolioCore
import FolioLayout
import Foundation

/// Puts a document together from parts: each part is a template, in the version in force on the
/// document's date, filled with its values and set in one language or in French and English side
/// by side. Parts after the first start on a new page (the terms annexed to a quote).
public struct DocumentComposer {
    public let catalog: TemplateCatalog
    public let images: [String: PNGImage]

    public init(catalog: TemplateCatalog, images: [String: PNGImage]) {
        self.catalog = catalog
        self.images = images
    }

    /// One template of a document and the languages it is printed in.
    public struct Part {
        public var template: String
        /// One language, or two side by side: the legal language (French, German) and English.
        public var languages: [DocumentLanguage]
        /// The values in a language, given the version chosen.
        public var values: (DocumentLanguage, TemplateVersion) -> [String: Any]

        public init(template: String, languages: [DocumentLanguage],
                    values: @escaping (DocumentLanguage, TemplateVersion) -> [String: Any]) {
            self.template = template
            self.languages = languages
            self.values = values
        }
    }

    /// What the PDF says about itself: title (« Facture F-2026-0001 »), author and subject.
    public struct Description {
        public var title: String
        public var author: String
        public var subject: String
        public var date: CalendarDate
        /// The language of the running footer.
        public var language: DocumentLanguage
        /// The seller's legal language: a document printing another one says this version prevails.
        public var legalLanguage: DocumentLanguage = .french
        /// Other versions the document cites without printing them (the terms an invoice refers to).
        public var citedVersions: [String]

        public init(title: String, author: String, subject: String, date: CalendarDate, language: DocumentLanguage,
                    legalLanguage: DocumentLanguage = .french, citedVersions: [String] = []) {
            self.title = title
            self.author = author
            self.subject = subject
            self.date = date
            self.language = language
            self.legalLanguage = legalLanguage
            self.citedVersions = citedVersions
        }
    }

    /// The composed document and the template versions it used (to record with the document).
    public struct Composed {
        public let document: Document
        public let versions: [TemplateVersion]
    }

    public func compose(_ parts: [Part], description: Description) throws -> Composed {
        var blocks: [Block] = []
        var versions: [TemplateVersion] = []
        let printed = parts.flatMap(\.languages)
        for (index, part) in parts.enumerated() {
            let version = try catalog.version(of: part.template, at: description.date)
            versions.append(version)
            if index > 0 { blocks.append(.pageBreak) }
            var markup: [DocumentLanguage: [MarkupBlock]] = [:]
            for language in part.languages {
                let filler = try catalog.filler(version, language: language.rawValue)
                markup[language] = try filler.blocks(part.values(language, version))
            }
            if part.languages.count == 2, let left = markup[part.languages[0]], let right = markup[part.languages[1]] {
                blocks += try SideBySide(left: layout(part.languages[0]), right: layout(part.languages[1]),
                                         languages: (part.languages[0], part.languages[1]))
                    .blocks(left: left, right: right, identity: version.identity)
            } else if let language = part.languages.first, let content = markup[language] {
                blocks += try layout(language).blocks(content)
            }
            // Whenever another language than the seller's legal one is printed, the legal text is the one that binds.
            if index == 0, let clause = PrevailingVersion.clause(legal: description.legalLanguage, printed: printed,
                                                                 bilingual: parts.contains { $0.languages.count == 2 }) {
                blocks.append(.keepWithPrevious(try layout(description.language).blocks(clause)))
            }
        }
        let language = description.language
        let body = bodyStyle(language)
        let date = description.date
        let page = language.words(fr: "page {page} / {pages}", en: "page {page} of {pages}", de: "Seite {page} von {pages}")
        let document = Document(
            // Business documents use the sheet more fully than books: 15 mm above and below, 18 mm at the sides.
            setup: PageSetup(size: .a4, margins: EdgeInsets(top: EdgeInsets.millimetres(15), right: EdgeInsets.millimetres(18),
                                                            bottom: EdgeInsets.millimetres(15), left: EdgeInsets.millimetres(18))),
            metadata: DocumentMetadata(title: description.title, author: description.author, subject: description.subject,
                                       keywords: versions.map(\.identity)
                                           + description.citedVersions.filter { cited in !versions.contains { $0.identity == cited } },
                                       date: DocumentDate(year: date.year, month: date.month, day: date.day)),
            footer: RunningText(left: description.title, right: page,
                                style: TextStyle(size: 7.5, color: .gray(0.35), language: body.language)),
            styles: StyleSheet(body: body),
            blocks: blocks)
        return Composed(document: document, versions: versions)
    }

    func bodyStyle(_ language: DocumentLanguage) -> TextStyle {
        TextStyle(font: FontStyle(family: .sans), size: 9.5, language: language.layoutLanguage)
    }

    func layout(_ language: DocumentLanguage) -> MarkupLayout {
        MarkupLayout(body: bodyStyle(language), images: images)
    }
}
