/// What an issue may do beyond the usual: issue an order a second time, or credit an invoice that
/// Folio did not issue.
public struct IssuingPolicy: Sendable, Hashable {
    /// Issue an order even though a document of the same kind was already issued from exactly the
    /// same content (by default it is refused, so that a batch can be re-run safely).
    public var again: Bool
    /// A credit note's invoice was issued elsewhere (before Folio, or by another tool): it is not
    /// looked up in the ledger. By default, a credit note must cite an invoice of the ledger.
    public var creditsExternalInvoice: Bool
    /// Whether the document is signed: as the profile says for its kind (quotes by default), or always, or never.
    public var signing: SigningChoice
    /// An invoice or credit note must also make a valid XRechnung (``XRechnung``): what it lacks is
    /// refused before a number is taken.
    public var checksXRechnung: Bool
    /// The client's key for this request (HTTP `Idempotency-Key`): a second issue with the same key
    /// is refused with ``AlreadyRequested`` and the number the first took, whatever `again` says.
    public var idempotencyKey: String?

    public init(again: Bool = false, creditsExternalInvoice: Bool = false, signing: SigningChoice = .automatic,
                checksXRechnung: Bool = false, idempotencyKey: String? = nil) {
        self.again = again
        self.creditsExternalInvoice = creditsExternalInvoice
        self.signing = signing
        self.checksXRechnung = checksXRechnung
        self.idempotencyKey = idempotencyKey
    }
}
