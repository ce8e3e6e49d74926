import FolioCore
import FolioLayout
import Foundation

/// Puts a document together: the template version in force on the document's date, filled with
/// the document's values, read as markup and turned into a layout document with its metadata.
public struct DocumentComposer {
    public let catalog: TemplateCatalog
    public let images: [String: PNGImage]

    public init(catalog: TemplateCatalog, images: [String: PNGImage]) {
        self.catalog = catalog
        self.images = images
    }

    /// The composed document and the template version it used (to record with the document).
    public func compose(template name: String, values: DocumentValues) throws -> (document: Document, version: TemplateVersion) {
        let order = values.computed.order
        let version = try catalog.version(of: name, at: order.date)
        let filler = try TemplateFiller(contentsOf: try version.file(language: values.language.rawValue))
        let filled = values.values()
        let markup = try filler.blocks(filled)
        let body = TextStyle(font: FontStyle(family: .sans), size: 9.5, language: values.language.layoutLanguage)
        let blocks = try MarkupLayout(body: body, images: images).blocks(markup)
        let title = filled["title"] as? String ?? name
        let number = values.number ?? ""
        let date = DocumentDate(year: order.date.year, month: order.date.month, day: order.date.day)
        let page = values.language == .french ? "page {page} / {pages}" : "page {page} of {pages}"
        let document = Document(
            // Business documents use the sheet more fully than books: 15 mm above and below, 18 mm at the sides.
            setup: PageSetup(size: .a4, margins: EdgeInsets(top: EdgeInsets.millimetres(15), right: EdgeInsets.millimetres(18),
                                                            bottom: EdgeInsets.millimetres(15), left: EdgeInsets.millimetres(18))),
            metadata: DocumentMetadata(title: "\(title) \(number)".trimmingCharacters(in: .whitespaces),
                                       author: values.company.legalName,
                                       subject: "\(title) — \(order.buyer.name)",
                                       keywords: [name, version.identity], date: date),
            footer: RunningText(left: "\(title) \(number)", right: page,
                                style: TextStyle(size: 7.5, color: .gray(0.35), language: body.language)),
            styles: StyleSheet(body: body),
            blocks: blocks)
        return (document, version)
    }
}
