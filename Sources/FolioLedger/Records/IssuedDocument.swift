import FolioCore
import GRDB

/// A document as the ledger keeps it once issued: its number, what it says, what made it, and its
/// PDF's SHA-256. Never changed nor deleted (the schema refuses it).
public struct IssuedDocument: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "document"

    /// Its place in the ledger's hash chain (1, 2, 3…), shared with quote decisions.
    public var position: Int64
    /// The issuing company's SIREN: one ledger may serve several companies.
    public var company: String
    public var number: String
    public var series: String
    /// The year of a yearly series, `all` for a series never reset.
    public var period: String
    public var sequence: Int
    /// Quote, invoice, deposit invoice or credit note (stored as `quote`, `invoice`, `deposit-invoice`, `credit-note`).
    public var kind: Order.Kind
    /// The document's date (stored as YYYY-MM-DD).
    public var date: CalendarDate
    public var client: String
    public var currency: String
    /// Totals in `currency`, stored as decimal text (« 3452.50 »): money is never a floating-point number.
    public var netTotal: ExactDecimal
    public var vatTotal: ExactDecimal
    public var grandTotal: ExactDecimal
    public var amountDue: ExactDecimal
    public var language: String
    /// The order as issued, in canonical JSON: it re-renders the document.
    public var input: String
    /// The company profile as issued, in canonical JSON, and the folder its relative paths start from.
    public var profile: String
    public var profileFolder: String
    /// The template versions used (`invoice@2026-01-01`), comma-separated, and the terms version cited.
    public var templates: String
    public var terms: String?
    public var folioVersion: String
    /// Where the PDF was written, and the SHA-256 of its bytes (hex).
    public var file: String
    public var pdfSHA256: String
    /// The SHA-256 of the e-invoice's XML (the CII a Factur-X PDF embeds) of an invoice, deposit
    /// invoice or credit note; nil for a quote and for documents issued before e-invoices (schema v3).
    public var xmlSHA256: String?
    /// A signed document: the SHA-256 and length of the finished bytes before the signature, which
    /// are the start of the signed file (`pdfSHA256` is the signed file's); nil when not signed (schema v4).
    public var unsignedSHA256: String? = nil
    public var unsignedLength: Int? = nil
    /// The quote an invoice was made from; the invoice a credit note corrects; the order a deposit is part of.
    public var quote: String?
    public var credited: String?

    public init(position: Int64 = 0, company: String, number: String = "", series: String = "", period: String = "",
                sequence: Int = 0, kind: Order.Kind, date: CalendarDate, client: String, currency: String,
                netTotal: ExactDecimal, vatTotal: ExactDecimal, grandTotal: ExactDecimal, amountDue: ExactDecimal, language: String, input: String, profile: String,
                profileFolder: String, templates: String, terms: String?, folioVersion: String, file: String = "",
                pdfSHA256: String = "", quote: String? = nil, credited: String? = nil) {
        self.position = position
        self.company = company
        self.number = number
        self.series = series
        self.period = period
        self.sequence = sequence
        self.kind = kind
        self.date = date
        self.client = client
        self.currency = currency
        self.netTotal = netTotal
        self.vatTotal = vatTotal
        self.grandTotal = grandTotal
        self.amountDue = amountDue
        self.language = language
        self.input = input
        self.profile = profile
        self.profileFolder = profileFolder
        self.templates = templates
        self.terms = terms
        self.folioVersion = folioVersion
        self.file = file
        self.pdfSHA256 = pdfSHA256
        self.quote = quote
        self.credited = credited
    }

    /// Every field but the position, in a fixed order: what the hash chain seals.
    var sealedFields: [(String, String?)] {
        [("company", company), ("number", number), ("series", series), ("period", period), ("sequence", String(sequence)),
         ("kind", kind.rawValue), ("date", date.description), ("client", client), ("currency", currency),
         ("netTotal", netTotal.description), ("vatTotal", vatTotal.description), ("grandTotal", grandTotal.description),
         ("amountDue", amountDue.description), ("language", language),
         ("input", input), ("profile", profile), ("profileFolder", profileFolder), ("templates", templates),
         ("terms", terms), ("folioVersion", folioVersion), ("file", file), ("pdfSHA256", pdfSHA256),
         ("quote", quote), ("credited", credited)]
            // Sealed only when present, so that the links of documents issued before it keep their hash.
            + (xmlSHA256.map { [("xmlSHA256", $0)] } ?? [])
            + (unsignedSHA256.map { [("unsignedSHA256", $0), ("unsignedLength", unsignedLength.map(String.init))] } ?? [])
    }
}
