import ArgumentParser
import FolioDocuments

/// What `folio invoice` and `folio credit-note` write besides the Factur-X PDF.
struct EInvoiceOptions: ParsableArguments {
    @Option(help: "Also write the e-invoice's XML beside the PDF, as NUMBER.xml: cii (the XML the Factur-X PDF embeds) or ubl (UBL 2.1).")
    var xml: EInvoiceSyntax?

    @Option(help: "pdf (a Factur-X PDF/A-3 with its CII XML) or ubl (the UBL 2.1 Invoice or CreditNote alone, to --output or NUMBER.xml; the PDF is still kept in the ledger).")
    var format: Format = .pdf

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case pdf, ubl
    }

    /// The XML to write for each issued document, if any.
    var standalone: EInvoiceSyntax? { format == .ubl ? .ubl : xml }

    func validate(draft: Bool, output: String?) throws {
        if draft, standalone != nil {
            throw ValidationError("--xml and --format ubl need an issued document: a draft has no number, so it is not an e-invoice")
        }
        if format == .ubl, xml == .cii {
            throw ValidationError("--format ubl writes the UBL alone: leave out --xml cii")
        }
    }

    /// Writes the XML of an issued document: to `output` for `--format ubl`, else beside its PDF.
    func write(_ issued: Issued, output: String?) throws -> String? {
        guard let syntax = standalone else { return nil }
        let path = format == .ubl ? (output ?? issued.eInvoiceFile) : issued.eInvoiceFile
        return try issued.writeEInvoice(syntax, to: path) ? path : nil
    }
}

extension EInvoiceSyntax: ExpressibleByArgument {}
