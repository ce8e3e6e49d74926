import FolioCore
import FolioLedger

/// Every document of a ledger as it stands on a day: invoices with what was credited, paid and is
/// still due, quotes with their validity and decision, credit notes with the invoice they correct.
/// Orders are computed again from what the ledger kept (see ``RecordedOrders``).
///
/// ```swift
/// let standings = try LedgerStandings(ledger, on: CalendarDate("2026-11-26")!)
/// standings.invoice("F-2026-0001")?.status    // .overdue
/// standings.status(of: quote)                  // "accepted 2026-10-09"
/// ```
public struct LedgerStandings: Sendable {
    /// The day looked at: later payments, credit notes, notices and decisions are left out.
    public let date: CalendarDate
    /// Invoices and deposit invoices, in order of issue.
    public let invoices: [InvoiceStanding]
    public let quotes: [QuoteStanding]
    private let invoiceIndex: [String: Int]
    private let quoteIndex: [String: Int]

    /// - Parameters:
    ///   - orders: computes the recorded orders, with the rates penalties are computed with.
    ///   - numbers: only these documents (one document shown), instead of computing every order of the ledger.
    public init(_ ledger: Ledger, on date: CalendarDate, company: String? = nil, numbers: Set<String>? = nil,
                orders: RecordedOrders = RecordedOrders()) throws {
        let wanted = { (number: String) in numbers?.contains(number) ?? true }
        var invoices: [InvoiceStanding] = []
        for account in try ledger.accounts(company: company) where account.invoice.date <= date && wanted(account.invoice.number) {
            invoices.append(InvoiceStanding(account: account, on: date, computed: try orders.computed(account.invoice), rates: orders.rates))
        }
        let decisions = Dictionary(try ledger.decisions(company: company).filter { $0.date <= date }.map { (Self.key($0.company, $0.number), $0) },
                                   uniquingKeysWith: { first, _ in first })
        var quotes: [QuoteStanding] = []
        for quote in try ledger.documents(company: company, kinds: [.quote], through: date) where wanted(quote.number) {
            quotes.append(QuoteStanding(quote: quote, validUntil: try orders.computed(quote).validUntil,
                                        decision: decisions[Self.key(quote.company, quote.number)], date: date))
        }
        self.init(date: date, invoices: invoices, quotes: quotes)
    }

    /// The standings of `documents` only, each invoice's account and each quote's decision read on
    /// its own: a page of the ledger costs its rows, whatever the ledger's size. Credit notes have none.
    public init(_ ledger: Ledger, on date: CalendarDate, documents: [IssuedDocument], orders: RecordedOrders = RecordedOrders()) throws {
        var invoices: [InvoiceStanding] = []
        var quotes: [QuoteStanding] = []
        var decisions: [String: [String: QuoteDecision]] = [:]
        for document in documents where document.date <= date {
            switch document.kind {
            case .invoice, .depositInvoice:
                let account = try ledger.account(invoice: document.number, company: document.company)
                invoices.append(InvoiceStanding(account: account, on: date, computed: try orders.computed(document), rates: orders.rates))
            case .quote:
                if decisions[document.company] == nil {
                    decisions[document.company] = Dictionary(try ledger.decisions(company: document.company).filter { $0.date <= date }
                        .map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
                }
                quotes.append(QuoteStanding(quote: document, validUntil: try orders.computed(document).validUntil,
                                            decision: decisions[document.company]?[document.number], date: date))
            case .creditNote:
                break
            }
        }
        self.init(date: date, invoices: invoices, quotes: quotes)
    }

    /// The standings found, indexed by company and number.
    private init(date: CalendarDate, invoices: [InvoiceStanding], quotes: [QuoteStanding]) {
        self.date = date
        self.invoices = invoices
        self.quotes = quotes
        invoiceIndex = Dictionary(invoices.enumerated().map { (Self.key($1.invoice.company, $1.invoice.number), $0) },
                                  uniquingKeysWith: { first, _ in first })
        quoteIndex = Dictionary(quotes.enumerated().map { (Self.key($1.quote.company, $1.quote.number), $0) },
                                uniquingKeysWith: { first, _ in first })
    }

    private static func key(_ company: String, _ number: String) -> String { company + " " + number }

    /// The standing of an invoice or deposit invoice.
    public func invoice(_ document: IssuedDocument) -> InvoiceStanding? {
        invoiceIndex[Self.key(document.company, document.number)].map { invoices[$0] }
    }

    public func quote(_ document: IssuedDocument) -> QuoteStanding? {
        quoteIndex[Self.key(document.company, document.number)].map { quotes[$0] }
    }

    /// Invoices with something still due, in order of issue.
    public var unpaid: [InvoiceStanding] { invoices.filter { $0.due > .zero } }

    /// Quotes past their validity with no decision.
    public var expiredQuotes: [QuoteStanding] { quotes.filter(\.isExpired) }

    /// One word or phrase for any document: an invoice's ``InvoiceStatus``, a quote's decision or
    /// validity, « credits F-2026-0001 » for a credit note.
    public func status(of document: IssuedDocument) -> String {
        switch document.kind {
        case .quote: return quote(document)?.status ?? "issued"
        case .creditNote: return document.credited.map { "credits \($0)" } ?? "issued"
        case .invoice, .depositInvoice: return invoice(document)?.status.rawValue ?? "issued"
        }
    }
}
