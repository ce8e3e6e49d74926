import FolioCore
import GRDB

/// A letter sent about a contract — a termination acknowledged, a non-renewal, a consumer's renewal
/// information, a suspension, a price revision — with the dates computed for it and its PDF. The
/// notices of a contract are its history: the ledger knows from them when it ends.
public struct ContractNoticeRecord: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "contractNotice"

    public var position: Int64
    public var company: String
    /// The contract's reference (`MC-2025-014`) and its client's name.
    public var contract: String
    public var client: String
    public var kind: ContractNotice.Kind
    /// The letter's date, and the day it takes effect (the end, the renewal, the suspension, the new prices).
    public var date: CalendarDate
    public var effective: CalendarDate
    /// A termination: when the client's request was received.
    public var received: CalendarDate?
    /// The last day notice could be received (non-renewal) or the consumer may refuse (renewal information).
    public var deadline: CalendarDate?
    /// A suspension: the unpaid invoices cited, separated by spaces.
    public var invoices: String?
    /// A price revision: S1, and the contract's total per period before and after, in `currency`.
    public var indexValue: ExactDecimal?
    public var currency: String?
    public var priceBefore: ExactDecimal?
    public var priceAfter: ExactDecimal?
    public var language: String
    /// The contract file's text the notice was computed from: what the contract said that day,
    /// whatever the file says later.
    public var input: String
    /// Where the PDF was written, and the SHA-256 of its bytes (hex).
    public var file: String
    public var pdfSHA256: String

    public init(position: Int64 = 0, company: String, contract: String, client: String, kind: ContractNotice.Kind,
                date: CalendarDate, effective: CalendarDate, received: CalendarDate? = nil, deadline: CalendarDate? = nil,
                invoices: String? = nil, indexValue: ExactDecimal? = nil, currency: String? = nil, priceBefore: ExactDecimal? = nil,
                priceAfter: ExactDecimal? = nil, language: String, input: String, file: String = "", pdfSHA256: String = "") {
        self.position = position
        self.company = company
        self.contract = contract
        self.client = client
        self.kind = kind
        self.date = date
        self.effective = effective
        self.received = received
        self.deadline = deadline
        self.invoices = invoices
        self.indexValue = indexValue
        self.currency = currency
        self.priceBefore = priceBefore
        self.priceAfter = priceAfter
        self.language = language
        self.input = input
        self.file = file
        self.pdfSHA256 = pdfSHA256
    }

    var sealedFields: [(String, String?)] {
        [("company", company), ("contract", contract), ("client", client), ("kind", kind.rawValue), ("date", date.description),
         ("effective", effective.description), ("received", received?.description), ("deadline", deadline?.description),
         ("invoices", invoices), ("indexValue", indexValue?.description), ("currency", currency),
         ("priceBefore", priceBefore?.description), ("priceAfter", priceAfter?.description),
         ("language", language), ("input", input), ("file", file), ("pdfSHA256", pdfSHA256)]
    }
}
