import FolioCore
import FolioLayout
import FolioPDF
import FolioTemplates
import Foundation

/// Composes, typesets and writes documents: the parts of each kind, then the PDF, atomically.
enum DocumentWriting {
    /// The template of each kind of order document.
    static func template(of kind: Order.Kind) -> String {
        switch kind {
        case .quote: "quote"
        case .invoice: "invoice"
        case .depositInvoice: "deposit-invoice"
        case .creditNote: "credit-note"
        }
    }

    /// A quote, an invoice, a deposit invoice or a credit note; a quote has the terms in force annexed.
    static func orderDocument(_ computed: ComputedOrder, company: CompanySetup, language: DocumentLanguage,
                              number: String?) throws -> DocumentComposer.Composed {
        let order = computed.order
        var values = DocumentValues(computed: computed, company: company.profile, language: language, number: number)
        var parts: [DocumentComposer.Part] = []
        var annex: DocumentComposer.Part?
        if let terms = company.profile.defaultTerms {
            let version = try catalogVersion(company, terms, at: order.date)
            let termsValues = TermsValues(company: company.profile, language: language).values(version: version)
            values.terms = ["title": try title(of: version, language: language, values: termsValues, company: company),
                            "effectiveDate": LocalizedFormat(language).date(version.effective), "identity": version.identity]
            if order.kind == .quote {
                annex = DocumentComposer.Part(template: terms, languages: [language]) { _, _ in termsValues }
            }
        }
        let filled = values.values()
        parts.append(DocumentComposer.Part(template: template(of: order.kind), languages: [language]) { _, _ in filled })
        if let annex { parts.append(annex) }
        return try compose(company, parts, description: DocumentComposer.Description(
            title: values.documentTitle, author: company.profile.legalName,
            subject: "\(values.documentTitle) — \(order.buyer.name)", date: order.date, language: language,
            citedVersions: values.terms?["identity"].map { [$0] } ?? []))
    }

    static func compose(_ company: CompanySetup, _ parts: [DocumentComposer.Part],
                        description: DocumentComposer.Description) throws -> DocumentComposer.Composed {
        do {
            return try company.composer.compose(parts, description: description)
        } catch let error as TemplateCatalogError {
            throw InputFailure("templates: \(error)")
        }
    }

    static func catalogVersion(_ company: CompanySetup, _ name: String, at date: CalendarDate) throws -> TemplateVersion {
        do { return try company.catalog.version(of: name, at: date) } catch { throw InputFailure("templates: \(error)") }
    }

    /// The first heading of a filled template: « Conditions générales de vente ».
    /// Filled once per company, version and language, then remembered.
    static func title(of version: TemplateVersion, language: DocumentLanguage, values: [String: Any],
                      company: CompanySetup) throws -> String {
        let key = "\(version.identity) \(language.rawValue)"
        if let known = company.titles.withLock({ $0[key] }) { return known }
        var title = version.name
        let blocks = try company.catalog.filler(version, language: language.rawValue).blocks(values)
        for case let .heading(_, inlines, _) in blocks {
            title = inlines.map(\.plainText).joined()
            break
        }
        company.titles.withLock { $0[key] = title }
        return title
    }

    /// Typesets and writes the PDF atomically; returns the page count.
    static func write(_ composed: DocumentComposer.Composed, typesetter: Typesetter, to path: String) throws -> Int {
        let (bytes, pages) = try render(composed, typesetter: typesetter)
        try createFolder(of: path)
        try AtomicFile.write(Data(bytes), to: path)
        return pages
    }

    /// Typesets and draws a document: the PDF's bytes and its page count.
    static func render(_ composed: DocumentComposer.Composed, typesetter: Typesetter) throws -> (bytes: [UInt8], pages: Int) {
        let laidOut = try typesetter.typeset(composed.document)
        return (try PDFRenderer().render(laidOut), laidOut.pages.count)
    }

    static func createFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
    }

    /// `out/NAME.LANG.pdf` for an input file.
    static func defaultOutput(for input: String, suffix: String) -> String {
        "out/" + URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent + ".\(suffix).pdf"
    }
}
