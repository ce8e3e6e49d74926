import ArgumentParser
import FolioCore
import FolioTemplates
import Foundation

/// `folio invoice ORDER`: the invoice PDF of an order, from the invoice template in force on its date.
struct InvoiceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invoice",
        abstract: "Write the invoice PDF of an order (French or English).",
        discussion: """
            The invoice template in force on the order's date is used; every mention comes from the core.
            Nothing is written if the order is refused. Examples:
              folio invoice examples/orders/01-domestic-several-rates.yaml --number F-2026-0001
              folio invoice examples/orders/04-export-usd.yaml --lang en --output out/export.pdf
            """)

    @Argument(help: "Order data, YAML or JSON.")
    var order: String

    @Option(help: "The company profile.")
    var company = "examples/company/profile.yaml"

    @Option(help: "Language: fr or en.")
    var lang = "fr"

    @Option(help: "The invoice number (the ledger will assign it); without it the invoice is a draft.")
    var number: String?

    @Option(help: "The PDF to write (default: out/ORDER-NAME.LANG.pdf).")
    var output: String?

    mutating func run() throws {
        guard let language = DocumentLanguage(rawValue: lang) else {
            throw ValidationError("--lang: \"\(lang)\" is not a language Folio writes (fr, en)")
        }
        let computed = try OrderLoading.compute(file: order)
        let path = output ?? "out/" + URL(fileURLWithPath: order).deletingPathExtension().lastPathComponent + ".\(lang).pdf"
        let pages = try DocumentWriting.write(template: "invoice", computed: computed, companyFile: company,
                                              language: language, number: number, to: path)
        print("Wrote \(path) (\(pages) page\(pages == 1 ? "" : "s"))")
    }
}
