import ArgumentParser
import FolioDocuments
import Foundation

/// `folio terms list | show NAME`: the terms of sale and their dated versions.
struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "List the terms of sale and their versions, or write one version as a PDF.",
        subcommands: [List.self, Show.self, Diff.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every terms document, its versions with their effective dates and languages.")

        @Option(help: "The company profile, its own templates listed first (default: examples/company/profile.yaml, here or in Folio's resources).")
        var company: String?

        mutating func run() throws {
            let setup = try Company.load(CompanyOption.resolve(company))
            let names = setup.termsDocuments
            guard !names.isEmpty else {
                throw InputError(source: nil, "no terms documents in \(setup.templateFolders.map(\.path).joined(separator: ", "))")
            }
            for name in names {
                let marker = name == setup.profile.defaultTerms ? "  (default of \(setup.profile.legalName))" : ""
                print("\(name)\(marker)")
                for version in try setup.versions(of: name) {
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

        @Option(help: "Language: fr, en, de, or fr+en and de+en side by side (default: the seller's legal language).")
        var lang: String?

        @Option(help: "The company profile whose facts fill the terms (default: examples/company/profile.yaml, here or in Folio's resources).")
        var company: String?

        @Option(help: "The PDF to write (default: out/terms-NAME-DATE.LANG.pdf).")
        var output: String?

        @Flag(inversion: .prefixedNo, help: "Sign the terms with the profile's certificate (PAdES); not signed by default.")
        var sign = false

        mutating func run() throws {
            let setup = try Company.load(CompanyOption.resolve(company))
            let lang = self.lang ?? setup.profile.law.legalLanguage.rawValue
            let languages: [DocumentLanguage]
            switch lang {
            case "fr": languages = [.french]
            case "en": languages = [.english]
            case "de": languages = [.german]
            case "fr+en": languages = [.french, .english]
            case "de+en": languages = [.german, .english]
            default: throw ValidationError("--lang: \"\(lang)\" is not a language Folio writes; available: \(DocumentLanguage.available), fr+en and de+en (side by side)")
            }
            let date = try CalendarDate.option(at, "--at") ?? .today()
            let terms = try setup.signed(setup.terms(name, at: date, languages: languages), choice: sign ? .sign : .doNotSign)
            let identity = terms.termsVersion ?? name
            let path = output ?? "out/\(identity.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: "@", with: "-")).\(lang).pdf"
            try terms.write(to: path)
            print("Wrote \(path) (\(pages(terms.pageCount)); \(identity), in force on \(date))")
        }
    }
}
