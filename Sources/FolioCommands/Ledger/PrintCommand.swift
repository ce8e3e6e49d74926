import ArgumentParser
import FolioCore
import FolioLedger
import Foundation

/// `folio print --from DATE --to DATE [--kind invoice]`: the issued PDFs of a period in one file to print.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Gather the issued documents of a period into one print-ready PDF, in order of date and number.",
        discussion: """
            The pages are the issued PDFs themselves (checked against their SHA-256), joined with qpdf. \
            Example:
              folio print --from 2026-03-01 --to 2026-03-31 --kind invoice --kind deposit-invoice --output out/march.pdf
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
        let from = period.from ?? "", to = period.to ?? ""
        let documents = try period.documents(ledger).sorted { ($0.date, $0.position) < ($1.date, $1.position) }
        guard !documents.isEmpty else { throw InputFailure("no issued document from \(from) to \(to)\(period.kind.isEmpty ? "" : " of kind \(period.kind.joined(separator: ", "))")") }
        for document in documents {
            guard let data = FileManager.default.contents(atPath: document.file), SHA256Hex.of(data) == document.pdfSHA256 else {
                throw LedgerUnsound(problems: ["\(document.number): \(document.file) is missing or not the PDF issued; run folio ledger verify"])
            }
        }
        let path = output ?? "out/print-\(from)-\(to).pdf"
        try DocumentWriting.createFolder(of: path)
        let pages = try PDFJoining.join(documents.map(\.file), to: path)
        print("Wrote \(path): \(documents.count) documents, \(pages) pages")
    }
}
