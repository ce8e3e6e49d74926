import ArgumentParser
import FolioCore
import FolioTemplates
import Foundation

/// The options every document command shares: company profile, language, number, output file.
struct DocumentOptions: ParsableArguments {
    @Option(help: "The company profile.")
    var company = "examples/company/profile.yaml"

    @Option(help: "Language: fr or en.")
    var lang = "fr"

    @Option(help: "The document number (the ledger will assign it); without it the document is a draft.")
    var number: String?

    @Option(help: "The PDF to write (default: out/INPUT-NAME.LANG.pdf).")
    var output: String?

    func language() throws -> DocumentLanguage {
        guard let language = DocumentLanguage(rawValue: lang) else {
            throw ValidationError("--lang: \"\(lang)\" is not a language Folio writes (fr, en)")
        }
        return language
    }
}

/// What `folio quote`, `folio invoice` and `folio credit-note` share: read, check the kind, write.
enum OrderDocumentCommand {
    static func run(orderFile: String, options: DocumentOptions, kinds: [Order.Kind], command: String) throws {
        let language = try options.language()
        let company = try CompanySetup.load(options.company)
        let computed = try company.compute(orderFile: orderFile)
        guard kinds.contains(computed.order.kind) else {
            let kind = computed.order.kind
            let other = kind == .quote ? "folio quote" : kind == .creditNote ? "folio credit-note" : "folio invoice"
            throw InputFailure("\(orderFile): kind: this order is a \(kind.title.lowercased()); \(command) writes \(kinds.map { $0.title.lowercased() }.joined(separator: " or ")) (use \(other))")
        }
        let composed = try DocumentWriting.orderDocument(computed, company: company, language: language, number: options.number)
        let path = options.output ?? DocumentWriting.defaultOutput(for: orderFile, suffix: language.rawValue)
        let pages = try DocumentWriting.write(composed, typesetter: company.typesetter, to: path)
        print("Wrote \(path) (\(pages) page\(pages == 1 ? "" : "s"); \(composed.versions.map(\.identity).joined(separator: ", ")))")
    }
}
