import ArgumentParser
import FolioDocuments
import Foundation

/// `folio ledger export --csv | --fec`: the accountant's files.
struct LedgerExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "The issued documents for the accountant: CSV, or the sales journal in the FEC layout.",
        discussion: """
            --csv: number, kind, date, due_date, client, client_siren, client_vat_number, currency, net, \
            one vat_RATE column per VAT rate, vat, total, credited, paid, due, status (README « The \
            accountant's files »). Credit notes are negative; quotes are left out unless --quotes.
            --fec: the sales journal only (invoices, deposit invoices, credit notes) as accounting \
            entries in the layout of the fichier des écritures comptables (LPF art. A47 A-1), with \
            the accounts of the company profile's accounting block. The file to hand over is \
            usually named SIRENFECYYYYMMDD.txt (the closing date).
            Examples:
              folio ledger export --csv --output out/journal.csv
              folio ledger export --fec --from 2026-01-01 --to 2026-12-31 \\
                  --output out/912345618FEC20261231.txt
            """)

    @Flag(help: "CSV (RFC 4180, comma, dot decimals).")
    var csv = false

    @Flag(help: "The sales journal in the FEC layout (tab-separated, decimal comma); needs --from and --to.")
    var fec = false

    @Flag(help: "With --csv: include quotes.")
    var quotes = false

    @Option(help: "The day credited, paid and due are taken at (default: today).")
    var at: String?

    @Option(help: "The file to write (default: standard output).")
    var output: String?

    @OptionGroup var location: LedgerCommand.Location
    @OptionGroup var company: LedgerCommand.CompanyChoice
    @OptionGroup var period: LedgerCommand.Period

    mutating func validate() throws {
        guard csv != fec else { throw ValidationError("choose one format: --csv or --fec") }
        if fec, period.from == nil || period.to == nil { throw ValidationError("--fec needs the period: --from and --to") }
        if fec, quotes { throw ValidationError("--quotes goes with --csv: the sales journal has no quotes") }
    }

    mutating func run() throws {
        let ledger = try location.open()
        let orders = try company.orders()
        let text: String
        if csv {
            let day = try CalendarDate.option(at, "--at") ?? .today()
            let documents = try period.documents(ledger, defaultKinds: quotes ? nil : [.invoice, .depositInvoice, .creditNote])
            text = try LedgerJournal.csv(documents, standings: LedgerStandings(ledger, on: day, orders: orders), orders: orders)
        } else {
            let profile = try Company.load(company.profile).profile
            let siren = profile.ledgerKey
            let documents = try period.documents(ledger, defaultKinds: [.invoice, .depositInvoice, .creditNote])
                .filter { $0.company == siren }
            text = try SalesJournalFEC.journal(documents, plan: profile.accounting, orders: orders) { number in
                try ledger.document(number: number, company: siren)
            }
        }
        if let output {
            try AtomicFile.write(Data(text.utf8), to: output)
            print("Wrote \(output)")
        } else {
            print(text, terminator: "")
        }
    }
}
