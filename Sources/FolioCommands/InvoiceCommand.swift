import ArgumentParser
import FolioDocuments

/// `folio invoice ORDER`: the invoice, deposit invoice or balance invoice PDF of an order.
struct InvoiceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invoice",
        abstract: "Write the invoice PDF of an order: an invoice, a deposit invoice or a balance invoice (French or English).",
        discussion: """
            The template in force on the order's date is used; every mention comes from the core. A \
            deposit invoice (kind: deposit-invoice) bills a percentage of its order, one line per VAT \
            rate; a balance invoice lists its deposit invoices (deposits:) and deducts them.
            Nothing is written if the order is refused. Examples:
              folio invoice examples/orders/01-domestic-several-rates.yaml
              folio invoice examples/orders/04-export-usd.yaml --lang en \\
                  --ledger out/ledger.sqlite
              folio invoice invoices-of-the-day/ --ledger /srv/folio/ledger.sqlite
              folio invoice --from-quote D-2026-0001 --deposit --date 2026-10-12
              folio invoice examples/orders/01-domestic-several-rates.yaml --draft
            """)

    @Argument(help: "Order data, YAML or JSON: files, or folders of them (a batch).")
    var orders: [String] = []

    @Option(name: .customLong("from-quote"), help: "Make the invoice from this accepted quote of the ledger instead of an order file.")
    var fromQuote: String?

    @Flag(help: "With --from-quote: the deposit invoice the quote asks for, instead of the balance invoice.")
    var deposit = false

    @Option(help: "With --from-quote: the invoice's date, YYYY-MM-DD (default: today).")
    var date: String?

    @Option(name: .customLong("delivery-date"), help: "With --from-quote: the date of delivery or completion (default: the invoice's date).")
    var deliveryDate: String?

    @OptionGroup var options: DocumentOptions
    @OptionGroup var issue: IssueOptions
    @OptionGroup var eInvoice: EInvoiceOptions

    mutating func validate() throws {
        try eInvoice.validate(draft: issue.draft, output: options.output)
        if fromQuote == nil, orders.isEmpty { throw ValidationError("give order files or folders, or --from-quote NUMBER") }
        if fromQuote != nil, !orders.isEmpty { throw ValidationError("--from-quote makes the invoice from the quote: give no order file") }
        if fromQuote == nil, deposit || date != nil || deliveryDate != nil {
            throw ValidationError("--deposit, --date and --delivery-date go with --from-quote")
        }
    }

    mutating func run() throws {
        if let fromQuote {
            try invoice(fromQuote: fromQuote)
            return
        }
        try OrderDocumentCommand.run(orders: orders, options: options, issue: issue, kinds: [.invoice, .depositInvoice],
                                     command: "folio invoice", eInvoice: eInvoice)
    }

    /// The deposit or balance invoice of an accepted quote of the ledger.
    private func invoice(fromQuote number: String) throws {
        let day = try CalendarDate.option(date, "--date") ?? .today()
        let delivery = try CalendarDate.option(deliveryDate, "--delivery-date")
        let company = try Company.load(options.company)
        let language = try options.language(of: company)
        let ledger = try issue.open()
        do {
            let issued = try company.invoice(fromQuote: number, deposit: deposit, on: day, deliveryDate: delivery,
                                             language: language, into: ledger, series: issue.series,
                                             file: eInvoice.writesXMLAlone ? nil : options.output, policy: eInvoice.policy(issue.policy))
            print("Issued \(issued.record.number) from quote \(number): \(issued.record.file) (\(pages(issued.document.pageCount)); \(issued.record.templates))")
            if let xml = try eInvoice.write(issued, output: options.output) { print("Wrote \(xml)") }
        } catch let error as QuoteInvoicingError {
            let option = ["quote": "--from-quote", "date": "--date", "deposit": "--deposit"][error.field] ?? "--from-quote"
            throw InputError(source: option, error.description)
        }
    }
}

/// `folio quote ORDER`: the quote PDF, with the terms of sale in force annexed.
struct QuoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote",
        abstract: "Write the quote PDF of an order, with the terms of sale in force that day annexed.",
        discussion: """
            The quote shows its validity, the deposit due at signature and a « Bon pour accord » box.
            Example:
              folio quote examples/orders/08-quote-with-deposit.yaml
            """)

    @Argument(help: "Order data (kind: quote), YAML or JSON: files, or folders of them.")
    var orders: [String]

    @OptionGroup var options: DocumentOptions
    @OptionGroup var issue: IssueOptions

    mutating func run() throws {
        try OrderDocumentCommand.run(orders: orders, options: options, issue: issue, kinds: [.quote], command: "folio quote")
    }
}

/// `folio credit-note ORDER`: the credit note PDF, citing the invoice it corrects.
struct CreditNoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credit-note",
        abstract: "Write the credit note PDF of an order (kind: credit-note, with creditedInvoice: number and date).",
        discussion: """
            Example:
              folio credit-note examples/orders/10-credit-note.json
            """)

    @Argument(help: "Order data (kind: credit-note), YAML or JSON: files, or folders of them.")
    var orders: [String]

    @OptionGroup var options: DocumentOptions
    @OptionGroup var issue: IssueOptions
    @OptionGroup var eInvoice: EInvoiceOptions

    mutating func validate() throws {
        try eInvoice.validate(draft: issue.draft, output: options.output)
    }

    mutating func run() throws {
        try OrderDocumentCommand.run(orders: orders, options: options, issue: issue, kinds: [.creditNote], command: "folio credit-note",
                                     eInvoice: eInvoice)
    }
}
