import ArgumentParser
import FolioCore

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
              folio invoice examples/orders/01-domestic-several-rates.yaml --number F-2026-0001
              folio invoice examples/orders/04-export-usd.yaml --lang en --output out/export.pdf
            """)

    @Argument(help: "Order data, YAML or JSON.")
    var order: String

    @OptionGroup var options: DocumentOptions

    mutating func run() throws {
        try OrderDocumentCommand.run(orderFile: order, options: options, kinds: [.invoice, .depositInvoice], command: "folio invoice")
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
              folio quote examples/orders/08-quote-with-deposit.yaml --number D-2026-0001
            """)

    @Argument(help: "Order data (kind: quote), YAML or JSON.")
    var order: String

    @OptionGroup var options: DocumentOptions

    mutating func run() throws {
        try OrderDocumentCommand.run(orderFile: order, options: options, kinds: [.quote], command: "folio quote")
    }
}

/// `folio credit-note ORDER`: the credit note PDF, citing the invoice it corrects.
struct CreditNoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credit-note",
        abstract: "Write the credit note PDF of an order (kind: credit-note, with creditedInvoice: number and date).",
        discussion: """
            Example:
              folio credit-note examples/orders/10-credit-note.json --number AV-2026-0001
            """)

    @Argument(help: "Order data (kind: credit-note), YAML or JSON.")
    var order: String

    @OptionGroup var options: DocumentOptions

    mutating func run() throws {
        try OrderDocumentCommand.run(orderFile: order, options: options, kinds: [.creditNote], command: "folio credit-note")
    }
}
