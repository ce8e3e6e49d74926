/// What a jurisdiction decides for the documents of a seller established there.
///
/// The core computes an order in the same steps whatever the country (``OrderComputation``) and asks
/// the seller's law at each step that the law decides: the VAT of each line, which rates exist, what
/// the parties' data must hold, the late-payment rule and the mentions.
public protocol SellerLaw: Sendable {
    var jurisdiction: Jurisdiction { get }

    /// The VAT treatment of a supply: the seller's own VAT at the line's rate, or an exemption, the
    /// reverse charge or a supply outside its VAT, with the mention the invoice prints.
    func vatTreatment(of nature: SupplyNature, in situation: VATSituation) -> VATTreatment

    /// The VAT rates in force where the seller is established (`sellerCountry` picks a territory
    /// where rates differ within the country).
    func vatRates(sellerCountry: String, in rates: RateBook) -> VATRateTable

    /// Refuses an order whose data this law does not accept on a document, naming the field: the
    /// seller's and the buyer's identifiers, the currency of the VAT.
    func check(_ order: Order, seller: Party) throws(InvalidField)

    /// Refuses a computed invoice that lacks what this law requires at its amount: the buyer's
    /// address, which a small-amount invoice may leave out under some laws.
    func check(_ order: Order, totals: InvoiceTotals, treatments: [VATCategory: VATTreatment],
               rates: RateBook) throws(InvalidField)

    /// The rule a line's own exemption cites, for the message that asks for it.
    var exemptionReasonSource: String { get }

    /// The payment terms when neither the order nor the terms of sale state any.
    var statutoryPaymentTerms: PaymentTerms { get }

    /// A mention's text in the language whose version prevails, for the e-invoice (BT-120).
    func legalText(of mention: Mention) -> String

    /// The language whose version of a document prevails; a document in another language says so.
    var legalLanguage: DocumentLanguage { get }

    /// Refuses payment terms between businesses that this law caps.
    func checkBusinessPaymentTerms(_ terms: PaymentTerms, invoiceDate: CalendarDate,
                                   deliveryDate: CalendarDate?) throws(RuleViolation)

    /// The late-payment rule for a debtor: the one agreed (order, then terms of sale) where this law
    /// lets it apply, else the statutory one.
    func penaltyRule(agreed: PenaltyRule?, businessDebtor: Bool) -> PenaltyRule

    /// The fixed amount a late business debtor owes on top of interest, by due date.
    func recoveryIndemnity(in rates: RateBook) -> RecoveryIndemnity

    /// Every mention a document of this seller prints, worded from what the core computed.
    func mentions(for facts: RequiredMentions.Facts) throws(RuleViolation) -> [Mention]
}
