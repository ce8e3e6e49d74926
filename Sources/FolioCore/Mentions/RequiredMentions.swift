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

        public init(kind: Order.Kind, totals: InvoiceTotals, treatments: [VATCategory: VATTreatment], natures: Set<SupplyNature>,
                    sellerOptedForVATOnDebits: Bool, documentDate: CalendarDate, dueDate: CalendarDate?,
                    paymentTerms: PaymentTerms, penaltyRule: PenaltyRule, earlyPaymentDiscount: String? = nil,
                    recoveryIndemnity: RecoveryIndemnity = RateBook.builtIn.recoveryIndemnity) {
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
        }
    }

    public static func mentions(for facts: Facts) throws(RuleViolation) -> [Mention] {
        let french = LocalizedFormat(.french), english = LocalizedFormat(.english)
        var mentions: [Mention] = []
        // CGI ann. II art. 242 nonies A, I-13° and 13° bis: the legal basis of every exemption.
        let categories = Set(facts.totals.vatBreakdown.map(\.vat.category)).sorted()
        for category in categories {
            if let mention = facts.treatments[category]?.mention { mentions.append(mention) }
        }
        let isInvoice = facts.kind != .quote
        if isInvoice, facts.sellerOptedForVATOnDebits { mentions.append(.vatOnDebits) }
        mentions.append(operationCategory(facts.natures))
        if let euros = facts.totals.taxTotalInTaxCurrency, let rate = facts.totals.taxCurrencyExchangeRate {
            // CGI art. 289-IV (BT-111).
            mentions.append(Mention(
                id: .vatInEuros,
                french: "Montant de la TVA en \(euros.currency.code) : \(euros.amount) (1 \(facts.totals.currency.code) = \(rate) \(euros.currency.code))",
                english: "VAT amount in \(euros.currency.code): \(euros.amount) (1 \(facts.totals.currency.code) = \(rate) \(euros.currency.code))",
                source: "CGI art. 289-IV"))
        }
        // C. com. L441-9 I: due date, payment terms, early-payment discount, penalties, recovery indemnity.
        if let due = facts.dueDate {
            mentions.append(Mention(id: .dueDate, french: french.date(due), english: english.date(due), source: "C. com. L441-9"))
        }
        mentions.append(Mention(id: .paymentTerms, french: TermsWording(.french).paymentTerms(facts.paymentTerms),
                                english: TermsWording(.english).paymentTerms(facts.paymentTerms), source: "C. com. L441-9"))
        if let discount = facts.earlyPaymentDiscount {
            mentions.append(Mention(id: .earlyPaymentDiscount, french: "Escompte pour paiement anticipé : \(discount)",
                                    english: "Early-payment discount: \(discount)", source: "C. com. L441-9"))
        } else if facts.penaltyRule.businessDebtor {
            // C. com. L441-9: between businesses only, like the penalties and the indemnity below.
            mentions.append(.noEarlyPaymentDiscount)
        }
        // C. com. L441-10 applies between businesses only: a consumer document states no penalty « de plein
        // droit » and no recovery indemnity (a consumer owes interest at the legal rate from a formal notice).
        if facts.penaltyRule.businessDebtor {
            // C. com. L441-10 II, D441-5: the indemnity in force when the payment falls due.
            let indemnity = try facts.recoveryIndemnity.amount(dueOn: facts.dueDate ?? facts.documentDate)
            mentions.append(latePaymentPenalties(facts.penaltyRule, indemnity: indemnity))
            mentions.append(Mention(id: .recoveryIndemnity, french: french.amount(indemnity), english: english.amount(indemnity),
                                    source: "C. com. L441-10 II, D441-5"))
        }
        if facts.natures.contains(.goods) { mentions.append(.retentionOfTitle) }
        return mentions
    }

    // CGI ann. II art. 242 nonies A (décret 2022-1299): category of the operation.
    static func operationCategory(_ natures: Set<SupplyNature>) -> Mention {
        let (french, english): (String, String) = switch (natures.contains(.goods), natures.contains(.services)) {
        case (true, true): ("Livraison de biens et prestation de services", "Supply of goods and services")
        case (false, true): ("Prestation de services", "Supply of services")
        default: ("Livraison de biens", "Supply of goods")
        }
        return Mention(id: .operationCategory, french: french, english: english, source: "CGI ann. II art. 242 nonies A")
    }

    /// Penalties run without reminder from the day after the due date, at the rule's rate; the
    /// business debtor also owes the fixed recovery indemnity.
    // C. com. L441-10 II.
    static func latePaymentPenalties(_ rule: PenaltyRule, indemnity: Money?) -> Mention {
        let french = "En cas de retard de paiement, des pénalités sont dues de plein droit dès le lendemain de la date d'échéance, sans qu'un rappel soit nécessaire, au taux suivant : "
            + TermsWording(.french).penalty(rule)
            + (indemnity.map { " ; ainsi qu'une indemnité forfaitaire pour frais de recouvrement de \(LocalizedFormat(.french).amount($0)) (C. com. art. L441-10 et D441-5), une indemnisation complémentaire pouvant être demandée sur justificatifs" } ?? "")
        let english = "Late payment automatically incurs penalties from the day after the due date, without any reminder, at the following rate: "
            + TermsWording(.english).penalty(rule)
            + (indemnity.map { "; and a fixed recovery indemnity of \(LocalizedFormat(.english).amount($0)) (French Commercial Code, art. L441-10 and D441-5), further compensation being claimable on proof" } ?? "")
        return Mention(id: .latePaymentPenalties, french: french, english: english, source: "C. com. L441-10 II, D441-5")
    }
}

extension Mention {
    // Loi 80-335 du 12 mai 1980; C. civ. 2367-2368; C. com. L624-16: agreed in writing, printed legibly.
    public static let retentionOfTitle = Mention(
        id: .retentionOfTitle,
        french: "les marchandises restent la propriété du vendeur jusqu'au paiement complet du prix (loi n° 80-335 du 12 mai 1980)",
        english: "the goods remain the seller's property until the price is paid in full (French law no. 80-335 of 12 May 1980)",
        source: "loi 80-335; C. civ. 2367")
}
