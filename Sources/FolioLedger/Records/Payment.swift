import FolioCore
import GRDB

/// A payment received for an invoice: recorded once, never changed (a mistake is corrected by
/// another entry, never by an update).
public struct Payment: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "payment"

    public var position: Int64
    /// The issuing company's SIREN.
    public var company: String
    /// The number of the invoice paid.
    public var invoice: String
    /// The day the money was received (stored as YYYY-MM-DD).
    public var date: CalendarDate
    /// The amount received, in the invoice's currency, stored as decimal text.
    public var amount: ExactDecimal
    public var currency: String
    /// How it was paid (transfer, card, cheque…), as the user says it.
    public var method: String?
    /// The bank's or the client's reference.
    public var reference: String?

    public init(position: Int64 = 0, company: String, invoice: String, date: CalendarDate, amount: ExactDecimal,
                currency: String, method: String? = nil, reference: String? = nil) {
        self.position = position
        self.company = company
        self.invoice = invoice
        self.date = date
        self.amount = amount
        self.currency = currency
        self.method = method
        self.reference = reference
    }

    var sealedFields: [(String, String?)] {
        [("company", company), ("invoice", invoice), ("date", date.description), ("amount", amount.description),
         ("currency", currency), ("method", method), ("reference", reference)]
    }
}
