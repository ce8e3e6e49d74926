import ArgumentParser
import FolioDocuments

/// `folio ledger pay NUMBER --amount A --on DATE`: records a payment received.
struct LedgerPay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pay",
        abstract: "Record a payment received for an invoice (an entry added to the ledger, never an update).",
        discussion: """
            Refused, with nothing recorded: paying a quote or a credit note, paying before the \
            invoice's date, and paying more than is still due after credit notes and earlier payments. \
            --file records a statement (CSV: invoice,date,amount[,method,reference]) in one \
            transaction: every payment, or none.
            Examples:
              folio ledger pay F-2026-0001 --amount 1200.00 --on 2026-11-20
              folio ledger pay F-2026-0002 --amount 450 --on 2026-11-21 \\
                  --method transfer --reference VIR-88121
              folio ledger pay --file statement-2026-11.csv
            """)

    @Argument(help: "The invoice's number.")
    var number: String?

    @Option(help: "The amount received, in the invoice's currency (dot decimals: 1200.50).")
    var amount: String?

    @Option(help: "A CSV of payments (invoice,date,amount[,method,reference]) instead of one payment.")
    var file: String?

    @Option(help: "The day it was received, YYYY-MM-DD (default: today).")
    var on: String?

    @Option(help: "How it was paid: transfer, card, cheque, direct-debit, cash…")
    var method: String?

    @Option(help: "The bank's or client's reference.")
    var reference: String?

    @OptionGroup var location: LedgerCommand.Location

    mutating func validate() throws {
        if file != nil, number != nil || amount != nil || on != nil || method != nil || reference != nil {
            throw ValidationError("--file records the payments of a file: give no number, --amount, --on, --method or --reference")
        }
        if file == nil, number == nil || amount == nil { throw ValidationError("give the invoice's number and --amount, or --file") }
    }

    mutating func run() throws {
        if let file {
            let ledger = try location.open()
            let recorded = try PaymentStatement.record(try TextFile.read(path: file, kind: .payments), name: file, into: ledger)
            let total = recorded.reduce(ExactDecimal.zero) { $0 + $1.amount }
            print("Recorded \(recorded.count) payment\(recorded.count == 1 ? "" : "s") from \(file) (\(total) in all) into \(ledger.path)")
            return
        }
        guard let number, let amount else { return }
        guard let value = ExactDecimal(amount) else { throw ValidationError("--amount: \"\(amount)\" is not an amount (dot decimals: 1200.50)") }
        let day = try CalendarDate.option(on, "--on") ?? .today()
        let ledger = try location.open()
        guard let invoice = try ledger.document(number: number) else { throw InputError(source: number, "no such invoice in \(ledger.path)") }
        let payment: Payment
        do {
            payment = try ledger.pay(invoice: number, company: invoice.company, amount: value, on: day, method: method, reference: reference)
        } catch let violation as RuleViolation {
            throw InputError(source: number, violation.reason)
        }
        let account = try ledger.account(invoice: number, company: invoice.company)
        print("Recorded a payment of \(payment.amount) \(payment.currency) on \(payment.date) for \(number): \(account.stillDue) \(payment.currency) still due")
    }
}
