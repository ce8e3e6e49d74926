import FolioCore
import GRDB

/// What became of a quote: accepted, refused or expired — recorded once, never changed.
public struct QuoteDecision: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "quoteDecision"

    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case accepted, refused, expired
    }

    public var position: Int64
    public var company: String
    /// The quote's number.
    public var number: String
    public var status: Status
    /// The day of the decision (stored as YYYY-MM-DD).
    public var date: CalendarDate
    /// An acceptance after the quote's validity date, taken knowingly (`--late`).
    public var late: Bool
    /// An acceptance proven by the client's electronic signature: who signed (the certificate's
    /// subject), the SHA-256 of the certificate, and where the signed PDF was kept (schema v4).
    public var signer: String? = nil
    public var signerCertificateSHA256: String? = nil
    public var signedFile: String? = nil
    public var signedSHA256: String? = nil

    public init(position: Int64 = 0, company: String, number: String, status: Status, date: CalendarDate, late: Bool = false) {
        self.position = position
        self.company = company
        self.number = number
        self.status = status
        self.date = date
        self.late = late
    }

    /// What the hash chain seals; `late` only when set, so decisions recorded before it existed still verify.
    var sealedFields: [(String, String?)] {
        [("company", company), ("number", number), ("status", status.rawValue), ("date", date.description)]
            + (late ? [("late", "true")] : [])
            // Sealed only when present, so decisions recorded before signatures still verify.
            + (signedSHA256 == nil ? [] : [("signer", signer), ("signerCertificateSHA256", signerCertificateSHA256),
                                           ("signedFile", signedFile), ("signedSHA256", signedSHA256)])
    }
}
