import FolioCore
import FolioTemplates

extension Company {
    /// The version of a terms document in force on a day, filled with the company's facts and rules,
    /// in one language or in French and English side by side (`[.french, .english]`).
    ///
    /// The document is dated by its version: the same version always gives the same PDF.
    ///
    /// ```swift
    /// let terms = try company.terms("terms/goods-and-software", at: CalendarDate("2026-11-26")!, languages: [.french, .english])
    /// terms.termsVersion     // "terms/goods-and-software@2026-09-01"
    /// ```
    public func terms(_ name: String, at date: CalendarDate, languages: [DocumentLanguage]) throws -> RenderedDocument {
        guard let first = languages.first, languages.count <= 2 else {
            throw InputError(source: nil, field: "languages", "one language, or the legal language and English side by side")
        }
        let name = name.hasPrefix("terms/") ? name : "terms/\(name)"
        let version = try version(of: name, at: date)
        try checkTermsValues(name)
        let profile = self.profile
        let title = try termsTitle(of: version, language: first,
                                   values: TermsValues(company: profile, language: first).values(version: version))
        let part = DocumentComposer.Part(template: name, languages: languages) { language, version in
            TermsValues(company: profile, language: language).values(version: version)
        }
        let facts = DocumentFacts(kind: .terms, title: title, date: version.effective, language: first, number: nil, computed: nil)
        return try render([part], description: .init(title: title, author: profile.legalName,
                                                     subject: "\(title) — \(version.identity)",
                                                     date: version.effective, language: first,
                                                     legalLanguage: profile.law.legalLanguage),
                          facts: facts, terms: version.identity)
    }
}
