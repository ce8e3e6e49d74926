import FolioCore
import FolioTemplates

extension Company {
    /// Composes the parts of a document in the versions in force on its date, then typesets, draws
    /// and finishes it: the one path every document takes, draft or issued.
    func render(_ parts: [DocumentComposer.Part], description: DocumentComposer.Description, facts: DocumentFacts,
                terms: String? = nil) throws -> RenderedDocument {
        let clock = engine.clock
        let start = clock.now
        let composed = try Self.templating { try composer.compose(parts, description: description) }
        engine.stageTimes.composing += clock.now - start
        let (drawn, pages, regions) = try engine.draw(composed.document)
        var facts = facts
        facts.regions = regions
        facts.paperSize = composed.document.setup.size
        let finishingStart = clock.now
        let finished = try finishing.finish(drawn, of: facts)
        engine.stageTimes.finishing += clock.now - finishingStart
        engine.stageTimes.documents += 1
        return RenderedDocument(pdf: finished, pageCount: pages, facts: facts,
                                templateVersions: composed.versions.map(\.identity), termsVersion: terms)
    }

    /// The first heading of a filled terms template: « Conditions générales de vente ».
    /// Filled once per version and language, then remembered.
    func termsTitle(of version: TemplateVersion, language: DocumentLanguage, values: [String: Any]) throws -> String {
        let key = "\(version.identity) \(language.rawValue)"
        if let known = termsTitles[key] { return known }
        var title = version.name
        let blocks = try Self.templating { try catalog.filler(version, language: language.rawValue).blocks(values) }
        for case let .heading(_, inlines, _) in blocks {
            title = inlines.map(\.plainText).joined()
            break
        }
        termsTitles[key] = title
        return title
    }

    /// Runs template work, turning a template missing or that cannot be filled into bad input.
    static func templating<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as TemplateCatalogError {
            throw InputError(source: "templates", "\(error)")
        } catch let error as TemplateError {
            throw InputError(source: nil, "\(error)")
        }
    }
}
