import ArgumentParser
import FolioDocuments
import Foundation

/// `folio ledger due --at DATE`: what clients owe, by client and age.
struct LedgerDue: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "Open invoices by client with ageing buckets, and the penalties and indemnities accrued at a date.",
        discussion: """
            Buckets count days since the due date: not yet due, 1–30, 31–60, 61–90, over 90. \
            Penalties run each day on what was unpaid that day; a payment counts from the day after it.
            Examples:
              folio ledger due --at 2026-11-26
              folio ledger due --at 2026-11-26 --invoices
              folio ledger due --json > receivables.json
            """)

    @Option(help: "The day to look at, YYYY-MM-DD (default: today).")
    var at: String?

    @Flag(help: "List each open invoice under its client.")
    var invoices = false

    @Flag(help: "JSON instead of a table (amounts as decimal strings).")
    var json = false

    @OptionGroup var location: LedgerCommand.Location
    @OptionGroup var company: LedgerCommand.CompanyChoice

    mutating func run() throws {
        let ledger = try location.open()
        let day = try CalendarDate.option(at, "--at") ?? .today()
        let report = AgedReceivables(try LedgerStandings(ledger, on: day, orders: company.orders()))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        print("Receivables on \(day): amounts still due, penalties and indemnities accrued to that day")
        guard !report.clients.isEmpty else {
            print("Nothing is due.")
            return
        }
        let buckets = AgedReceivables.Bucket.allCases
        var rows = [["Client", "Currency"] + buckets.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() }
            + ["Due", "Penalties", "Indemnities"]]
        for client in report.clients {
            rows.append([String(client.name.prefix(32)), client.currency] + buckets.map { client.buckets[$0]?.description ?? "" }
                + [client.due.description, client.penalties.description + (client.penaltiesComplete ? "" : " + ?"),
                   client.indemnities.description])
            if invoices {
                for invoice in client.invoices {
                    let late = invoice.daysLate > 0 ? "\(invoice.daysLate) d late" : "due \(invoice.dueDate?.description ?? "?")"
                    rows.append(["  \(invoice.number) (\(late))", ""] + buckets.map { $0 == invoice.bucket ? invoice.due.description : "" }
                        + ["", invoice.penalties?.description ?? (invoice.penaltiesMissing == nil ? "" : "?"),
                           invoice.indemnity?.description ?? ""])
                }
            }
        }
        for currency in Set(report.clients.map(\.currency)).sorted() {
            let members = report.clients.filter { $0.currency == currency }
            let places = members.first?.due.places ?? 2
            let sum = { (value: (AgedReceivables.Client) -> ExactDecimal) in
                members.reduce(ExactDecimal.zero) { $0 + value($1) }.rounded(toPlaces: places).description
            }
            rows.append(["Total", currency] + buckets.map { bucket in sum { $0.buckets[bucket] ?? .zero } }
                + [sum(\.due), sum(\.penalties) + (members.allSatisfy(\.penaltiesComplete) ? "" : " + ?"), sum(\.indemnities)])
        }
        let amounts = Set(2..<(rows[0].count))
        for line in TotalsTable.table(rows, rightAligned: amounts) { print(line) }
        for reason in report.missingRates { print("note: some penalties are not computed (shown as ?): \(reason)") }
    }
}
