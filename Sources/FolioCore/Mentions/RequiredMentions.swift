/// Every mention a document must print, chosen and worded from what the core computed: the VAT
/// regime, the category of operation, the payment terms and due date, the early-payment discount,
/// late-payment penalties and the recovery indemnity, retention of title.
///
/// Fixed parties' data (names, SIREN, addresses) are the templates' business; the sentences here
/// are the only wording of these rules: templates place them and never restate them.
public enum RequiredMentions {
    public struct Facts: Sendable {
        public var kind: Order.Kind
        public var totals: InvoiceTotals
        /// The VAT treatment of each category present.
        public var treatments: [VATCategory: VATTreatment]
        public var natures: Set<SupplyNature>
        public var sellerOptedForVATOnDebits: Bool
        public var documentDate: CalendarDate
        /// Invoices: the due date.
        public var dueDate: CalendarDate?
        /// The payment terms the document states (a quote: those its invoices will carry).
        public var paymentTerms: PaymentTerms
        public var penaltyRule: PenaltyRule
        public var earlyPaymentDiscount: String?
        /// The indemnity table (a company's rates; this release's by default).
        public var recoveryIndemnity: RecoveryIndemnity
        /// The law of the seller, whose mentions these are.
        public var jurisdiction: Jurisdiction

        public init(kind: Order.Kind, totals: InvoiceTotals, treatments: [VATCategory: VATTreatment], natures: Set<SupplyNature>,
                    sellerOptedForVATOnDebits: Bool, documentDate: CalendarDate, dueDate: CalendarDate?,
                    paymentTerms: PaymentTerms, penaltyRule: PenaltyRule, earlyPaymentDiscount: String? = nil,
                    recoveryIndemnity: RecoveryIndemnity = RateBook.builtIn.recoveryIndemnity,
                    jurisdiction: Jurisdiction = .france) {
            self.kind = kind
            self.totals = totals
            self.treatments = treatments
            self.natures = natures
            self.sellerOptedForVATOnDebits = sellerOptedForVATOnDebits
            self.documentDate = documentDate
            self.dueDate = dueDate
            self.paymentTerms = paymentTerms
            self.penaltyRule = penaltyRule
            self.earlyPaymentDiscount = earlyPaymentDiscount
            self.recoveryIndemnity = recoveryIndemnity
            self.jurisdiction = jurisdiction
        }
    }

    /// The mentions of a document, as the law of its seller words them (``SellerLaw/mentions(for:)``).
    public static func mentions(for facts: Facts) throws(RuleViolation) -> [Mention] {
        try facts.jurisdiction.law.mentions(for: facts)
    }
}

extension Mention {
    // Loi 80-335 du 12 mai 1980; C. civ. 2367-2368; C. com. L624-16: agreed in writing, printed legibly.
    public static let retentionOfTitle = Mention(
        id: .retentionOfTitle,
        french: "les marchandises restent la propriété du vendeur jusqu'au paiement complet du prix (loi n° 80-335 du 12 mai 1980)",
        english: "the goods remain the seller's property until the price is paid in full (French law no. 80-335 of 12 May 1980)",
        german: "die Ware bleibt bis zur vollständigen Bezahlung des Preises Eigentum des Verkäufers (französisches Gesetz Nr. 80-335 vom 12. Mai 1980)",
        source: "loi 80-335; C. civ. 2367")
}
