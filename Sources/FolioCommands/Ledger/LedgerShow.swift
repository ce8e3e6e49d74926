import ArgumentParser
import FolioDocuments

/// `folio ledger show NUMBER`: everything kept about one document, and an invoice's history.
struct LedgerShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Everything the ledger keeps about one document; for an invoice, its credit notes, payments and notices.")

    @Argument(help: "The document's number.")
    var number: String

    @Flag(help: "Also print the order input and the company profile as issued (canonical JSON).")
    var input = false

    @Option(help: "The day to look at, YYYY-MM-DD (default: today).")
    var at: String?

    @OptionGroup var location: LedgerCommand.Location
    @OptionGroup var company: LedgerCommand.CompanyChoice

    mutating func run() throws {
        let ledger = try location.open()
        let day = try CalendarDate.option(at, "--at") ?? .today()
        // The number of one company when --company names it (two companies may number alike).
        let key = try company.companyOption.map { try Company.load($0).profile.ledgerKey }
        guard let document = try ledger.document(number: number, company: key) else { throw InputError(source: number, "no such document in \(ledger.path)") }
        let standings = try LedgerStandings(ledger, on: day, company: document.company, numbers: [document.number],
                                            orders: company.orders())
        let invoice = standings.invoice(document)
        let money = { (value: ExactDecimal) in "\(value) \(document.currency)" }
        var rows: [(String, String?)] = [
            ("number", document.number), ("kind", document.kind.rawValue), ("date", document.date.description),
            ("client", document.client),
            ("total excl. VAT", money(document.netTotal)), ("VAT", money(document.vatTotal)),
            ("total incl. VAT", money(document.grandTotal)), ("amount due", money(document.amountDue)),
        ]
        if let invoice {
            rows += [("due date", invoice.dueDate?.description), ("credited", money(invoice.credited)), ("paid", money(invoice.paid)),
                     ("still due", money(invoice.due)), ("days late", invoice.daysLate > 0 ? String(invoice.daysLate) : nil)]
            if case .success(let penalty)? = invoice.accrued, invoice.due > .zero {
                rows.append(("penalties so far", money(penalty.interest.amount)))
                if let indemnity = penalty.recoveryIndemnity { rows.append(("indemnity", "\(indemnity.amount) \(indemnity.currency.code)")) }
            }
        }
        if let quote = standings.quote(document) { rows.append(("valid until", quote.validUntil?.description)) }
        rows += [
            ("status", "\(standings.status(of: document)) (as of \(day))"), ("company", document.company),
            ("series", "\(document.series) \(document.period) #\(document.sequence)"), ("language", document.language),
            ("templates", document.templates), ("terms", document.terms), ("folio", document.folioVersion),
            ("quote", document.quote), ("credited invoice", document.credited), ("file", document.file),
            ("PDF SHA-256", document.pdfSHA256), ("XML SHA-256", document.xmlSHA256),
            ("signed", document.unsignedLength.map { "yes: the first \($0) bytes are the document as finished, SHA-256 \(document.unsignedSHA256 ?? "?")" }),
            ("position in chain", String(document.position)),
        ]
        for (label, value) in rows {
            guard let value else { continue }
            print(label.padding(toLength: 18, withPad: " ", startingAt: 0) + value)
        }
        if let invoice {
            let account = invoice.account
            var history: [(CalendarDate, Int64, String)] = []
            for note in account.creditNotes { history.append((note.date, note.position, "credit note \(note.number): −\(money(note.grandTotal))")) }
            for payment in account.payments {
                let details = [payment.method, payment.reference].compactMap { $0 }.joined(separator: ", ")
                history.append((payment.date, payment.position, "payment: \(money(payment.amount))\(details.isEmpty ? "" : " (\(details))")"))
            }
            for notice in account.notices {
                history.append((notice.date, notice.position, "\(notice.kind.rawValue): claimed \(money(notice.total)) (principal \(notice.principal), penalties \(notice.interest), indemnity \(notice.indemnity)), to pay by \(notice.deadline) — \(notice.file)"))
            }
            if !history.isEmpty {
                print("history")
                for (date, _, text) in history.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) { print("  \(date)  \(text)") }
            }
        }
        if input {
            print("input             \(document.input)")
            print("profile           \(document.profile)")
        }
    }
}
