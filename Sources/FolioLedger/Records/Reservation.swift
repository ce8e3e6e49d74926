import FolioCore
import GRDB

/// A number taken for a document still being rendered.
///
/// Issuing takes the number in a short transaction (``Ledger/reserve(company:series:date:file:repeatOf:request:)``),
/// renders outside the write lock, then records the document (``Ledger/complete(_:with:)``), which
/// removes the reservation. While it exists, the number counts as taken, so other issuers go on
/// from the next one and series stay gapless. If the issuer dies in between, the next opening
/// renders the document again from ``request`` and records it (``Ledger/interruptedReservations()``).
public struct Reservation: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "reservation"

    /// The issuing company's SIREN.
    public var company: String
    public var number: String
    public var series: String
    public var period: String
    public var sequence: Int
    public var date: CalendarDate
    /// Where the PDF goes.
    public var file: String
    /// The order's kind and canonical input when the issue refuses repeats: a second issuer of the
    /// same order is refused while the first is still rendering.
    public var kind: Order.Kind?
    public var input: String?
    /// What the issuer needs to render the document again, in its own format (Folio: JSON).
    public var request: String
    /// The issuing ledger connection's token (its lock file beside the ledger); empty once given up.
    public var owner: String
}
