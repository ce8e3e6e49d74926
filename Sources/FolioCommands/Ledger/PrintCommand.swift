import ArgumentParser
import FolioDocuments

/// `folio print --from DATE --to DATE [--kind invoice]`: the issued PDFs of a period in one file to print.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Gather the issued documents of a period into one print-ready PDF, in order of date and number.",
        discussion: """
            The pages are the issued PDFs themselves (checked against their SHA-256), joined with qpdf. \
            Example:
              folio print --from 2026-03-01 --to 2026-03-31 --kind invoice \\
                  --kind deposit-invoice --output out/march.pdf
            """)

    @OptionGroup var period: LedgerCommand.Period

    @Option(help: "The PDF to write (default: out/print-FROM-TO.pdf).")
    var output: String?

    @OptionGroup var location: LedgerCommand.Location

    mutating func validate() throws {
        guard period.from != nil, period.to != nil else { throw ValidationError("give the period: --from DATE --to DATE") }
    }

    mutating func run() throws {
        let ledger = try location.open()
        guard let from = try CalendarDate.option(period.from, "--from"), let to = try CalendarDate.option(period.to, "--to") else {
            throw ValidationError("give the period: --from DATE --to DATE")
        }
        let path = output ?? "out/print-\(from)-\(to).pdf"
        let printed = try PeriodPrinting.print(ledger, kinds: period.kinds(), from: from, through: to, to: path)
        print("Wrote \(path): \(printed.documents) documents, \(printed.pages) pages")
    }
}
