import ArgumentParser
import FolioCore
import FolioTemplates
import Foundation

/// `folio terms list | show NAME`: the terms of sale and their dated versions.
struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "List the terms of sale and their versions, or write one version as a PDF.",
        subcommands: [List.self, Show.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every terms document, its versions with their effective dates and languages.")

        @Option(help: "The company profile (its own templates are listed first).")
        var company = "examples/company/profile.yaml"

        mutating func run() throws {
            let setup = try CompanySetup.load(company)
            let names = setup.catalog.names.filter { $0.hasPrefix("terms/") }
            guard !names.isEmpty else { throw InputFailure("no terms documents in \(setup.catalog.roots.map(\.path).joined(separator: ", "))") }
            for name in names {
                let marker = name == setup.profile.defaultTerms ? "  (default of \(setup.profile.legalName))" : ""
                print("\(name)\(marker)")
                for version in try setup.catalog.versions(of: name) {
                    print("  \(version.effective)  \(version.languages.joined(separator: ", "))")
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the version of a terms document in force on a date as a PDF.",
            discussion: """
                --lang fr+en prints the French and English texts side by side, clause by clause. Examples:
                  folio terms show terms/goods-and-software --at 2026-03-01
                  folio terms show terms/maintenance-services --lang fr+en --output out/cgs.pdf
                """)

        @Argument(help: "The terms document (terms/goods-and-software); `folio terms list` names them.")
        var name: String

        @Option(help: "The day whose version is wanted (YYYY-MM-DD; default: today).")
        var at: String?

        @Option(help: "Language: fr, en, or fr+en side by side.")
        var lang = "fr"

        @Option(help: "The company profile whose facts fill the terms.")
        var company = "examples/company/profile.yaml"

        @Option(help: "The PDF to write (default: out/terms-NAME-DATE.LANG.pdf).")
        var output: String?

        mutating func run() throws {
            let languages: [DocumentLanguage]
            switch lang {
            case "fr": languages = [.french]
            case "en": languages = [.english]
            case "fr+en": languages = [.french, .english]
            default: throw ValidationError("--lang: \"\(lang)\" is not fr, en or fr+en")
            }
            let date: CalendarDate
            if let at {
                guard let parsed = CalendarDate(at) else { throw ValidationError("--at: \"\(at)\" is not a date (YYYY-MM-DD)") }
                date = parsed
            } else {
                date = Self.today()
            }
            let setup = try CompanySetup.load(company)
            let (composed, version) = try Self.compose(name, at: date, languages: languages, company: setup)
            let slug = version.name.replacingOccurrences(of: "/", with: "-")
            let path = output ?? "out/\(slug)-\(version.effective).\(lang).pdf"
            let pages = try DocumentWriting.write(composed, typesetter: setup.typesetter, to: path)
            print("Wrote \(path) (\(pages) page\(pages == 1 ? "" : "s"); \(version.identity), in force on \(date))")
        }

        /// The version of a terms document in force on a day, in one language or French and English side by side.
        static func compose(_ name: String, at date: CalendarDate, languages: [DocumentLanguage],
                            company setup: CompanySetup) throws -> (DocumentComposer.Composed, TemplateVersion) {
            let name = name.hasPrefix("terms/") ? name : "terms/\(name)"
            let version = try DocumentWriting.catalogVersion(setup, name, at: date)
            let profile = setup.profile
            let first = languages[0]
            let title = try DocumentWriting.title(of: version, language: first,
                                                  values: TermsValues(company: profile, language: first).values(version: version),
                                                  company: setup)
            let part = DocumentComposer.Part(template: name, languages: languages) { language, version in
                TermsValues(company: profile, language: language).values(version: version)
            }
            // The document is dated by its version: the same version always gives the same PDF.
            let composed = try DocumentWriting.compose(setup, [part], description: .init(
                title: title, author: profile.legalName, subject: "\(title) — \(version.identity)",
                date: version.effective, language: first))
            return (composed, version)
        }

        /// Today's calendar date where Folio runs.
        static func today() -> CalendarDate {
            let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
            return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(dayNumber: 0)
        }
    }
}
