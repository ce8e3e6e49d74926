import ArgumentParser
import FolioDocuments
import Foundation

/// `folio read FILE`: reads a received e-invoice and checks it with Folio's core.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read a received e-invoice (Factur-X/ZUGFeRD PDF, CII or UBL XML) and check its amounts.",
        discussion: """
            Folio recomputes every line amount, the VAT of each category and every total, and reports each \
            difference with its business term (BT-…) and both values; SIREN, SIRET, VAT numbers and the IBAN \
            are checked by their keys (warnings). Exit codes: 0 consistent, 1 unreadable or not an invoice, \
            4 read but inconsistent (with --strict, also when an identifier fails its check). Examples:
              folio read inbox/facture-2026-118.pdf
              folio read supplier-invoice.xml --json
              folio read supplier-invoice.xml --pdf out/supplier-invoice.pdf
            """)

    @Argument(help: "The e-invoice: a Factur-X or ZUGFeRD PDF, or a CII or UBL XML file.")
    var file: String

    @Flag(help: "Print JSON for programs instead of a summary.")
    var json = false

    @Flag(help: "Count identifiers that fail their check (SIREN, VAT number, IBAN) as inconsistencies.")
    var strict = false

    @Option(help: "Also write the invoice as a readable PDF (for e-invoices that arrive without one).")
    var pdf: String?

    @Option(help: "Language of the summary's PDF: fr or en.")
    var lang = "fr"

    @Option(help: "The company profile whose templates and fonts render --pdf (default: examples/company/profile.yaml, here or in Folio's resources).")
    var company: String?

    mutating func run() throws {
        let received = try ReceivedEInvoice.read(file: file)
        if let pdf {
            let company = try Company.load(CompanyOption.resolve(company))
            guard let language = DocumentLanguage(rawValue: lang) else {
                throw ValidationError("--lang: \"\(lang)\" is not a language Folio writes; available: \(DocumentLanguage.available)")
            }
            try company.render(received, language: language, on: .today()).write(to: pdf)
        }
        print(json ? try JSONText.of(ReceivedEInvoiceReport(received)) : ReadSummary.render(received))
        let consistent = received.check.isConsistent && (!strict || received.check.warnings.isEmpty)
        if !consistent { throw ExitCode(FolioExitCode.inconsistentEInvoice) }
    }
}
