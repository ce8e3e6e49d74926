import FolioCore
import GRDB

/// A reminder or formal notice sent for an invoice: what it claimed, on which day, and its PDF.
/// The notices of an invoice are its dunning history.
public struct NoticeRecord: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "notice"

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case reminder
        case formalNotice = "formal-notice"
    }

    public var position: Int64
    public var company: String
    /// The number of the invoice claimed.
    public var invoice: String
    public var kind: Kind
    /// The letter's date; penalties are counted to it.
    public var date: CalendarDate
    /// The last day given to pay.
    public var deadline: CalendarDate
    public var currency: String
    /// What was still due on the letter's date, the penalties run, the recovery indemnity, and their sum.
    public var principal: ExactDecimal
    public var interest: ExactDecimal
    public var indemnity: ExactDecimal
    public var total: ExactDecimal
    public var language: String
    /// Where the PDF was written, and the SHA-256 of its bytes (hex).
    public var file: String
    public var pdfSHA256: String

    public init(position: Int64 = 0, company: String, invoice: String, kind: Kind, date: CalendarDate,
                deadline: CalendarDate, currency: String, principal: ExactDecimal, interest: ExactDecimal,
                indemnity: ExactDecimal, total: ExactDecimal, language: String, file: String = "", pdfSHA256: String = "") {
        self.position = position
        self.company = company
        self.invoice = invoice
        self.kind = kind
        self.date = date
        self.deadline = deadline
        self.currency = currency
        self.principal = principal
        self.interest = interest
        self.indemnity = indemnity
        self.total = total
        self.language = language
        self.file = file
        self.pdfSHA256 = pdfSHA256
    }

    var sealedFields: [(String, String?)] {
        [("company", company), ("invoice", invoice), ("kind", kind.rawValue), ("date", date.description),
         ("deadline", deadline.description), ("currency", currency), ("principal", principal.description),
         ("interest", interest.description), ("indemnity", indemnity.description), ("total", total.description),
         ("language", language), ("file", file), ("pdfSHA256", pdfSHA256)]
    }
}
