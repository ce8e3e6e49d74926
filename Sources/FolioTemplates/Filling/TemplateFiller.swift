import Foundation
import Mustache

/// Fills a template with values the core computed (logic-less Mustache: no computing in templates)
/// and reads the result as Folio markup.
///
/// Every value is escaped for Folio markup (`MarkupEscaping`), so it prints exactly as written.
public struct TemplateFiller: Sendable {
    private let template: MustacheTemplate
    /// The template file, for error messages.
    public let file: String
    private let source: String

    /// The pragma that makes swift-mustache escape values for Folio markup rather than HTML.
    private static let pragma = "{{% CONTENT_TYPE: \(MarkupEscaping.contentTypeName)}}"
    private static let registration: Void = {
        MustacheContentTypes.register(MarkupEscaping(), named: MarkupEscaping.contentTypeName)
    }()

    /// Parses a template's text; a syntax error names the file, line and column.
    public init(source: String, file: String) throws(TemplateError) {
        _ = Self.registration
        self.file = file
        self.source = source
        try TemplateBounds.check(source, file: file)
        do {
            template = try MustacheTemplate(string: Self.pragma + source)
        } catch let error as MustacheTemplate.ParserError {
            let line = error.context.lineNumber
            // The pragma sits before the first line's text: take its length off columns on line 1.
            let column = line == 1 ? max(1, error.context.columnNumber - Self.pragma.count) : error.context.columnNumber
            throw TemplateError(file: file, line: line, column: column, reason: Self.describe(error.error))
        } catch {
            throw TemplateError(file: file, line: 1, column: 1, reason: "\(error)")
        }
    }

    /// Reads a template file, of at most the `bytes` limit of templates.
    public init(contentsOf url: URL) throws(TemplateError) {
        let text: String
        do {
            text = try TemplateFile.text(of: url)
        } catch {
            throw TemplateError(file: url.path, line: 1, column: 1, reason: "cannot read the file (\(error.localizedDescription))")
        }
        try self.init(source: text, file: url.path)
    }

    /// The values the template prints, each with its line and whether a section of its own name guards it.
    public var valueUses: [TemplateValueUse] { TemplateValueUse.scan(source) }

    /// The filled text (values escaped), before it is read as markup.
    public func fill(_ values: [String: Any]) -> String {
        template.render(values)
    }

    /// Fills the template and reads the markup; a markup error names the template file and line.
    public func blocks(_ values: [String: Any]) throws(TemplateError) -> [MarkupBlock] {
        do {
            return try MarkupParser.parse(fill(values))
        } catch {
            throw TemplateError(file: file, line: error.line, column: 1, reason: error.reason + " (line of the filled text)")
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "the section closed here is not the one open ({{/name}} must match {{#name}})"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not finished (missing }})"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is not closed (missing {{/name}})"
        case MustacheTemplate.Error.invalidSetDelimiter: return "bad set-delimiter tag"
        default: return "template syntax: \(error)"
        }
    }
}
