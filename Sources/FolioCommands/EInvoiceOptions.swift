import ArgumentParser
import FolioDocuments

/// What `folio invoice` and `folio credit-note` write besides the Factur-X PDF.
struct EInvoiceOptions: ParsableArguments {
    @Option(help: "Also write the e-invoice's XML beside the PDF, as NUMBER.xml: cii (the XML the Factur-X/ZUGFeRD PDF embeds), ubl (UBL 2.1) or xrechnung (XRechnung 3.0 CII).")
    var xml: EInvoiceFormat?

    @Option(help: "pdf (a Factur-X/ZUGFeRD PDF/A-3 with its CII XML), or ubl (UBL 2.1) or xrechnung (XRechnung 3.0 CII, for German public buyers) alone, to --output or NUMBER.xml; the PDF is still kept in the ledger.")
    var format: Format = .pdf

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case pdf, ubl, xrechnung
    }

    /// The XML to write for each issued document, if any.
    var standalone: EInvoiceFormat? {
        switch format {
        case .pdf: xml
        case .ubl: .ubl
        case .xrechnung: .xrechnung
        }
    }

    /// Whether the PDF goes to the ledger's folder, --output naming the XML.
    var writesXMLAlone: Bool { format != .pdf }

    /// An XRechnung is checked before a number is taken.
    func policy(_ policy: IssuingPolicy) -> IssuingPolicy {
        var policy = policy
        policy.checksXRechnung = standalone == .xrechnung
        return policy
    }

    func validate(draft: Bool, output: String?) throws {
        if draft, standalone != nil {
            throw ValidationError("--xml and --format \(format.rawValue) need an issued document: a draft has no number, so it is not an e-invoice")
        }
        if format != .pdf, xml != nil {
            throw ValidationError("--format \(format.rawValue) writes its XML alone: leave out --xml")
        }
    }

    /// Writes the XML of an issued document: to `output` with `--format ubl|xrechnung`, else beside its PDF.
    func write(_ issued: Issued, output: String?) throws -> String? {
        guard let format = standalone else { return nil }
        let path = writesXMLAlone ? (output ?? issued.eInvoiceFile) : issued.eInvoiceFile
        return try issued.writeEInvoice(format, to: path) ? path : nil
    }
}

extension EInvoiceFormat: ExpressibleByArgument {}
