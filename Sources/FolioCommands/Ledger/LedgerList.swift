import ArgumentParser
import FolioDocuments

/// `folio ledger list`: one line per document, with what is credited, paid and still due.
struct LedgerList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "One line per issued document: number, date, kind, client, total, credited, paid, due, due date, days late, status.",
        discussion: """
            Statuses: open, partly paid, paid, overdue, credited for invoices; valid until, accepted, \
            refused, expired for quotes; credits NUMBER for credit notes. Figures are as of --at.
            Examples:
              folio ledger list --kind invoice --at 2026-11-26
              folio ledger list --expired
            """)

    @OptionGroup var location: LedgerCommand.Location
    @OptionGroup var company: LedgerCommand.CompanyChoice
    @OptionGroup var period: LedgerCommand.Period

    @Option(help: "The day to look at, YYYY-MM-DD (default: today).")
    var at: String?

    @Flag(help: "Only quotes past their validity date with no decision recorded.")
    var expired = false

    mutating func run() throws {
        let ledger = try location.open()
        let day = try CalendarDate.option(at, "--at") ?? .today()
        let standings = try LedgerStandings(ledger, on: day, orders: company.orders())
        var documents = try period.documents(ledger, defaultKinds: expired ? [.quote] : nil)
        if expired {
            let past = Set(standings.expiredQuotes.map(\.quote.number))
            documents = documents.filter { $0.kind == .quote && past.contains($0.number) }
        }
        // One ledger may serve several companies, whose numbers can repeat: then each line names its company (SIREN).
        let companies = Set(documents.map(\.company)).count > 1
        var rows = [(companies ? ["Company"] : []) + ["Number", "Date", "Kind", "Client", "Total", "Credited", "Paid", "Due", "Currency",
                                                      "Due date", "Late", "Status"]]
        for document in documents {
            let invoice = standings.invoice(document)
            let dueDate = invoice?.dueDate?.description ?? standings.quote(document)?.validUntil.map { "(valid \($0))" } ?? ""
            rows.append((companies ? [document.company] : []) + [document.number, document.date.description, document.kind.rawValue, String(document.client.prefix(32)),
                         (invoice?.total ?? document.grandTotal).description,
                         invoice?.credited.description ?? "", invoice?.paid.description ?? "", invoice?.due.description ?? "",
                         document.currency, dueDate, invoice.map { $0.daysLate > 0 ? "\($0.daysLate) d" : "" } ?? "",
                         standings.status(of: document)])
        }
        if documents.isEmpty {
            print("No \(expired ? "expired quote" : "document") in \(ledger.path)\(expired ? " on \(day)" : "")")
            return
        }
        let shift = companies ? 1 : 0
        for line in TotalsTable.table(rows, rightAligned: Set([4, 5, 6, 7, 10].map { $0 + shift })) { print(line) }
        print("\(documents.count) document\(documents.count == 1 ? "" : "s"), as of \(day)")
    }
}
