/// The mentions a French B2B invoice must print, chosen from what the core computed.
///
/// Fixed parties' data (names, SIREN, addresses) are the templates' business; this lists the
/// sentences whose presence or wording depends on the VAT regime, the terms and the amounts.
public enum RequiredMentions {
    public struct Facts: Sendable {
        public var totals: InvoiceTotals
        /// The VAT treatment of each category present.
        public var treatments: [VATCategory: VATTreatment]
        public var natures: Set<SupplyNature>
        public var sellerOptedForVATOnDebits: Bool
        public var invoiceDate: CalendarDate
        public var dueDate: CalendarDate
        public var penaltyRule: PenaltyRule
        public var earlyPaymentDiscount: String?

        public init(totals: InvoiceTotals, treatments: [VATCategory: VATTreatment], natures: Set<SupplyNature>,
                    sellerOptedForVATOnDebits: Bool, invoiceDate: CalendarDate, dueDate: CalendarDate,
                    penaltyRule: PenaltyRule, earlyPaymentDiscount: String? = nil) {
            self.totals = totals
            self.treatments = treatments
            self.natures = natures
            self.sellerOptedForVATOnDebits = sellerOptedForVATOnDebits
            self.invoiceDate = invoiceDate
            self.dueDate = dueDate
            self.penaltyRule = penaltyRule
            self.earlyPaymentDiscount = earlyPaymentDiscount
        }
    }

    public static func mentions(for facts: Facts) -> [Mention] {
        var mentions: [Mention] = []
        // CGI ann. II art. 242 nonies A, I-13° and 13° bis: the legal basis of every exemption.
        let categories = Set(facts.totals.vatBreakdown.map(\.vat.category)).sorted()
        for category in categories {
            if let mention = facts.treatments[category]?.mention { mentions.append(mention) }
        }
        if facts.sellerOptedForVATOnDebits { mentions.append(.vatOnDebits) }
        mentions.append(operationCategory(facts.natures))
        if let euros = facts.totals.taxTotalInTaxCurrency, let rate = facts.totals.taxCurrencyExchangeRate {
            // CGI art. 289-IV (BT-111).
            mentions.append(Mention(
                id: "vat-in-euros",
                french: "Montant de la TVA en \(euros.currency.code) : \(euros.amount) (1 \(facts.totals.currency.code) = \(rate) \(euros.currency.code))",
                english: "VAT amount in \(euros.currency.code): \(euros.amount) (1 \(facts.totals.currency.code) = \(rate) \(euros.currency.code))",
                source: "CGI art. 289-IV"))
        }
        // C. com. L441-9 I: due date, early-payment discount, penalties, recovery indemnity.
        mentions.append(Mention(id: "due-date", french: "Date d'échéance : \(facts.dueDate)",
                                english: "Due date: \(facts.dueDate)", source: "C. com. L441-9"))
        if let discount = facts.earlyPaymentDiscount {
            mentions.append(Mention(id: "early-payment-discount", french: "Escompte pour paiement anticipé : \(discount)",
                                    english: "Early-payment discount: \(discount)", source: "C. com. L441-9"))
        } else {
            mentions.append(.noEarlyPaymentDiscount)
        }
        mentions.append(penaltyMention(facts.penaltyRule, on: facts.dueDate.adding(days: 1)))
        if facts.penaltyRule.businessDebtor {
            mentions.append(Mention(
                id: "recovery-indemnity",
                french: "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €",
                english: "Fixed indemnity for recovery costs in case of late payment: €40",
                source: "C. com. L441-10 II, D441-5"))
        }
        return mentions
    }

    // CGI ann. II art. 242 nonies A (décret 2022-1299): category of the operation.
    static func operationCategory(_ natures: Set<SupplyNature>) -> Mention {
        let (french, english): (String, String) = switch (natures.contains(.goods), natures.contains(.services)) {
        case (true, true): ("livraison de biens et prestation de services", "supply of goods and services")
        case (false, true): ("prestation de services", "supply of services")
        default: ("livraison de biens", "supply of goods")
        }
        return Mention(id: "operation-category", french: "Catégorie de l'opération : \(french)",
                       english: "Category of operation: \(english)", source: "CGI ann. II art. 242 nonies A")
    }

    /// The penalty rate sentence; when the rate can be resolved on the first late day, its value is given.
    static func penaltyMention(_ rule: PenaltyRule, on firstLateDay: CalendarDate) -> Mention {
        let resolved = try? RateResolver(rule: rule, legalRate: .france, ecbRate: ECBMainRefinancingRate.table)
            .annualRate(on: firstLateDay)
        let (french, english) = describe(rule.rate)
        let counting = rule.counting == .perMonthStarted
            ? (" par mois, tout mois commencé étant dû en entier", " per month, every month started being due in full")
            : ("", "")
        let value = resolved.map { (" (soit \(frenchNumber($0.rate)) % l'an au \(firstLateDay))", " (\($0.rate.normalized) % a year on \(firstLateDay))") }
            ?? ("", "")
        return Mention(
            id: "late-payment-penalties",
            french: "Pénalités de retard : \(french)\(counting.0)\(value.0), exigibles sans rappel dès le lendemain de l'échéance",
            english: "Late-payment penalties: \(english)\(counting.1)\(value.1), due without reminder from the day after the due date",
            source: "C. com. L441-10 II")
    }

    static func describe(_ rate: PenaltyRate) -> (String, String) {
        switch rate {
        case .annual(let percent):
            ("\(frenchNumber(percent)) % l'an", "\(percent.normalized) % a year")
        case .monthly(let percent):
            ("\(frenchNumber(percent)) % par mois", "\(percent.normalized) % a month")
        case .legalRateMultiple(let multiple):
            ("\(frenchNumber(multiple)) fois le taux d'intérêt légal", "\(multiple.normalized) times the French legal interest rate")
        case .ecbPlus(let points):
            ("taux de refinancement de la BCE majoré de \(frenchNumber(points)) points",
             "ECB main refinancing rate plus \(points.normalized) points")
        case .higherOf(let rates):
            ("le plus élevé de : " + rates.map { describe($0).0 }.joined(separator: " ou "),
             "the higher of " + rates.map { describe($0).1 }.joined(separator: " or "))
        }
    }

    static func frenchNumber(_ value: ExactDecimal) -> String {
        String(value.normalized.description.map { $0 == "." ? "," : $0 })
    }
}
