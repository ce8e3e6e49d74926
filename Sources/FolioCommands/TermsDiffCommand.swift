import ArgumentParser
import FolioDocuments
import FolioRedline
import Foundation

extension TermsCommand {
    /// `folio terms diff NAME V1 V2` or `folio terms diff --files OLD NEW`: the legal redline.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two versions of terms article by article: what was added, deleted, moved, renumbered, reworded, and every figure that changed.",
            discussion: """
                A version is named by its effective date; any other date names the version in force that day. With one date, that version is compared with the latest; with none, the two latest versions.

                --files compares two files: Folio templates (.folio, filled with the company's facts), Markdown (.md, whose headings carry the articles) or plain text with numbered articles.

                Typographic variants (’ and ', « » and "", no-break spaces) and reflowed lines are not changes unless --strict is given.

                Examples:
                  folio terms diff terms/goods-and-software 2026-01-01 2026-09-01
                  folio terms diff goods-and-software 2026-09-01 2026-12-01 --lang en --format pdf --changes-only
                  folio terms diff --files old.md new.md --format html --output out/redline.html
                """)

        @Argument(help: "The terms document (terms/goods-and-software), then up to two version dates (YYYY-MM-DD).")
        var arguments: [String] = []

        @Option(parsing: .upToNextOption, help: "Compare two files instead: --files OLD NEW.")
        var files: [String] = []

        @Option(help: "The language of the versions compared: fr, en or de (default: the seller's legal language); for --files, the language of the report (default: the files').")
        var lang: String?

        @Option(help: "text (terminal), html (one self-contained page), pdf (the redline set by Folio) or json.")
        var format = "text"

        @Option(help: "The file to write (default: the terminal for text, html and json; out/redline-….pdf for pdf).")
        var output: String?

        @Flag(help: "Compare typography and spacing as written.")
        var strict = false

        @Flag(help: "PDF and HTML: show only the changed articles, the others collapsed.")
        var changesOnly = false

        @Option(help: "The company profile whose facts fill the templates (default: examples/company/profile.yaml, here or in Folio's resources).")
        var company: String?

        mutating func validate() throws {
            guard ["text", "html", "pdf", "json"].contains(format) else {
                throw ValidationError("--format: \"\(format)\" is not one of text, html, pdf, json")
            }
            if let lang, DocumentLanguage(rawValue: lang) == nil {
                throw ValidationError("--lang: \"\(lang)\" is not a language Folio writes; available: \(DocumentLanguage.available)")
            }
            if !files.isEmpty {
                guard files.count == 2 else { throw ValidationError("--files needs two files: the old version, then the new one") }
                guard arguments.isEmpty else { throw ValidationError("give either --files OLD NEW or a terms document and its versions, not both") }
            } else {
                guard !arguments.isEmpty else { throw ValidationError("name the terms document (folio terms list) or give --files OLD NEW") }
                guard arguments.count <= 3 else { throw ValidationError("at most two versions: NAME OLD-DATE NEW-DATE") }
            }
        }

        mutating func run() throws {
            // Markdown and plain text need no company, unless the redline is set as a PDF.
            let needsCompany = files.isEmpty || format == "pdf" || TermsFiles.needCompany(files)
            let setup = needsCompany ? try Company.load(CompanyOption.resolve(company)) : nil
            var (redline, slug) = try setup.map { try compare(with: $0) } ?? compareFiles()
            if redline.new.language == nil { redline.new.language = lang ?? RedlineCommandLanguage.guess(redline) }
            let wording = RedlineWording(language: redline.new.language ?? "en")
            switch (format, setup) {
            case ("pdf", let setup?):
                let document = try setup.redlinePDF(redline, changesOnly: changesOnly)
                let path = output ?? "out/redline-\(slug).\(wording.language).pdf"
                try document.write(to: path)
                print("Wrote \(path) (\(pages(document.pageCount)); \(summary(redline, wording)))")
            case ("json", _):
                try emit(RedlineJSON.encode(redline))
            case ("html", _):
                try emit(Data(RedlineHTML.render(redline, wording: wording, changesOnly: changesOnly).utf8))
            default:
                let colour = output == nil && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
                try emit(Data(RedlineTextReport.render(redline, wording: wording, colour: colour).utf8))
            }
        }

        /// Two Markdown or plain-text files, without a company.
        private func compareFiles() throws -> (Redline, String) {
            (try TermsFiles.redline(files[0], files[1], strict: strict),
             URL(fileURLWithPath: files[1]).deletingPathExtension().lastPathComponent)
        }

        /// Two files (one a Folio template) or two versions of the catalog, with the company's facts.
        private func compare(with setup: Company) throws -> (Redline, String) {
            if files.count == 2 {
                return (try TermsFiles.redline(files[0], files[1], strict: strict, company: setup),
                        URL(fileURLWithPath: files[1]).deletingPathExtension().lastPathComponent)
            }
            let name = arguments[0].hasPrefix("terms/") ? arguments[0] : "terms/\(arguments[0])"
            let days = try arguments.dropFirst().enumerated().map { index, text in
                guard let date = CalendarDate(text) else {
                    throw ValidationError("version \(index + 1): \"\(text)\" is not a date YYYY-MM-DD (a version is named by its effective date)")
                }
                return date
            }
            let (old, new) = try setup.versionsToCompare(name, days: days)
            let language = lang.flatMap(DocumentLanguage.init(rawValue:)) ?? setup.profile.law.legalLanguage
            let redline = try setup.termsRedline(name, from: old, to: new, language: language, strict: strict)
            // A day that is no version's date names the version in force that day: say which.
            for (day, version) in [(old, redline.old), (new, redline.new)] where version.effective != "\(day)" {
                StandardError.write("note: \(day) is not the date of a version of \(name): the version in force that day, \(version.effective ?? "?"), is compared\n")
            }
            let document = name.replacingOccurrences(of: "terms/", with: "").replacingOccurrences(of: "/", with: "-")
            return (redline, "\(document)-\(redline.old.effective ?? "")-\(redline.new.effective ?? "")")
        }

        private func emit(_ data: Data) throws {
            if let output {
                try AtomicFile.write(data, to: output)
            } else {
                FileHandle.standardOutput.write(data)
            }
        }

        private func summary(_ redline: Redline, _ wording: RedlineWording) -> String {
            redline.isUnchanged ? wording.noChange : wording.counts(redline)
        }
    }
}

/// The language of files compared, when they do not say it: French if their text reads French.
enum RedlineCommandLanguage {
    static func guess(_ redline: Redline) -> String {
        let french: Set<Substring> = ["le", "la", "les", "des", "du", "est", "et", "au", "aux"]
        let english: Set<Substring> = ["the", "of", "and", "is", "to", "be", "by"]
        var balance = 0
        for article in redline.articles.prefix(20) {
            for paragraph in article.paragraphs {
                for span in paragraph.spans {
                    for word in span.text.lowercased().split(whereSeparator: { !$0.isLetter }) {
                        if french.contains(word) { balance += 1 } else if english.contains(word) { balance -= 1 }
                    }
                }
            }
        }
        return balance > 0 ? "fr" : "en"
    }
}
