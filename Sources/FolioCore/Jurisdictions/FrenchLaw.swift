/// The rules of a seller established in France (with Monaco and the overseas departments where
/// French VAT applies): the Code général des impôts, the Code de commerce and the Code civil.
public struct FrenchLaw: SellerLaw {
    public init() {}

    public var jurisdiction: Jurisdiction { .france }

    /// Invoices to French businesses carry the client's SIREN from the e-invoicing reform on.
    // CGI ann. II art. 242 nonies A as amended by décret 2022-1299 (calendar of décret 2024-266).
    public static let buyerSIRENRequiredFrom = CalendarDate(unchecked: 2026, 9, 1)

    /// The rule, in order:
    /// 1. a seller under the franchise charges no VAT (E, VATEX-FR-FRANCHISE) — CGI art. 293 B;
    /// 2. a buyer in the seller's own VAT territory pays French VAT at the line's rate (S);
    /// 3. a business buyer in another EU member state with a VAT number: goods are an exempt intra-EU
    ///    supply (K) — CGI art. 262 ter I; services are reverse-charged (AE) — directive 2006/112/CE art. 196;
    /// 4. a buyer outside the EU: goods are an exempt export (G) — CGI art. 262 I; services to a business
    ///    are outside the scope of French VAT (O) — CGI art. 259-1;
    /// 5. anything else (an EU consumer, a consumer abroad buying services) pays French VAT (S).
    ///
    /// Left to the user (uncertain, configurable per line): distance sales above the EU threshold taxed
    /// in the buyer's state (OSS), sales between metropolitan France and the overseas departments, and
    /// the special rules for buildings, transport and events.
    public func vatTreatment(of nature: SupplyNature, in situation: VATSituation) -> VATTreatment {
        if situation.sellerInFranchise {
            return VATTreatment(category: .exempt, exemptionReasonCode: "VATEX-FR-FRANCHISE",
                                mention: .franchise,
                                explanation: "The seller is under the VAT franchise (CGI art. 293 B): no VAT is charged.")
        }
        let sellerTerritory = VATTerritory(countryCode: situation.sellerCountry)
        if let sellerTerritory, VATTerritory(countryCode: situation.buyerCountry) == sellerTerritory {
            return VATTreatment(category: .standard, exemptionReasonCode: nil, mention: nil,
                                explanation: "Seller and buyer are in the same VAT territory: French VAT at the line's rate.")
        }
        let buyerInEU = EuropeanUnion.isMember(situation.buyerCountry, on: situation.date)
            && VATTerritory(countryCode: situation.buyerCountry) == nil
        let hasVATNumber = !(situation.buyerVATNumber ?? "").isEmpty
        if buyerInEU, situation.buyerIsBusiness, hasVATNumber {
            switch nature {
            case .goods:
                return VATTreatment(category: .intraCommunity, exemptionReasonCode: "VATEX-EU-IC",
                                    mention: .intraCommunitySupply,
                                    explanation: "Goods sent to a business in another EU member state with a VAT number: exempt intra-EU supply.")
            case .services:
                return VATTreatment(category: .reverseCharge, exemptionReasonCode: "VATEX-EU-AE",
                                    mention: .reverseCharge,
                                    explanation: "Services to a business in another EU member state: the buyer owes the VAT (reverse charge).")
            }
        }
        if !buyerInEU, VATTerritory(countryCode: situation.buyerCountry) == nil {
            switch nature {
            case .goods:
                return VATTreatment(category: .export, exemptionReasonCode: "VATEX-EU-G",
                                    mention: .export,
                                    explanation: "Goods exported outside the EU: exempt export.")
            case .services where situation.buyerIsBusiness:
                return VATTreatment(category: .notSubject, exemptionReasonCode: "VATEX-EU-O",
                                    mention: .outsideScope,
                                    explanation: "Services to a business outside the EU: supplied where the buyer is established, outside French VAT.")
            case .services:
                break
            }
        }
        return VATTreatment(category: .standard, exemptionReasonCode: nil, mention: nil,
                            explanation: "Sale to a consumer, or no exemption applies: French VAT at the line's rate.")
    }

    /// Metropolitan France's rates, or the overseas departments' (CGI art. 296).
    public func vatRates(sellerCountry: String, in rates: RateBook) -> VATRateTable {
        rates.vatRates(VATTerritory(countryCode: sellerCountry) ?? .metropolitanFrance)
    }

    public func check(_ order: Order, seller: Party) throws(InvalidField) {
        let buyer = order.buyer
        guard let siren = seller.siren else {
            throw InvalidField("seller.siren", "required for a French seller (CGI ann. II art. 242 nonies A)")
        }
        if !seller.vatFranchise {
            guard let vat = seller.vatNumber else {
                throw InvalidField("seller.vatNumber", "required unless the seller is under the VAT franchise (vatFranchise: true)")
            }
            if vat.prefix == "FR", vat.number.dropFirst(2) != siren.digits {
                throw InvalidField("seller.vatNumber", "\(vat) does not belong to SIREN \(siren.digits) (expected \(VATNumber(siren: siren)))")
            }
        }
        if let siret = seller.siret, siret.siren != siren.digits {
            throw InvalidField("seller.siret", "SIRET \(siret.digits) does not start with the SIREN \(siren.digits)")
        }
        if order.kind != .quote, order.currency != .euro, order.taxCurrency == nil {
            throw InvalidField("taxCurrency", "an invoice in \(order.currency.code) must also state its VAT in euros (CGI art. 289-IV): give taxCurrency with its exchangeRate")
        }
        let buyerInOtherEUState = EuropeanUnion.isMember(buyer.country, on: order.taxPointDate)
            && VATTerritory(countryCode: buyer.country) == nil
        if buyer.isBusiness, buyerInOtherEUState, buyer.vatNumber == nil, !seller.vatFranchise {
            throw InvalidField("buyer.vatNumber", "required for a business buyer in \(buyer.country): it decides the exemption or the reverse charge (CGI art. 262 ter I, 283-2)")
        }
        if order.kind != .quote, buyer.isBusiness, VATTerritory(countryCode: buyer.country) != nil,
           buyer.siren == nil, order.date >= Self.buyerSIRENRequiredFrom {
            throw InvalidField("buyer.siren", "required on invoices to French businesses from \(Self.buyerSIRENRequiredFrom) (décret 2022-1299)")
        }
    }

    /// Nothing more: every invoice names the buyer and its address (``OrderComputation``).
    public func check(_ order: Order, totals: InvoiceTotals, treatments: [VATCategory: VATTreatment],
                      rates: RateBook) throws(InvalidField) {}

    // CGI ann. II art. 242 nonies A, I-13°.
    public var exemptionReasonSource: String { "CGI ann. II art. 242 nonies A" }

    /// 30 days after delivery (C. com. L441-10 I).
    public var statutoryPaymentTerms: PaymentTerms { .statutoryDefault }

    /// French: the version that prevails.
    public func legalText(of mention: Mention) -> String { mention.french }

    /// Contracts and documents in France are written in French (loi 94-665, art. 2).
    public var legalLanguage: DocumentLanguage { .french }

    /// At most 60 days from the invoice date, or 45 days end of month (C. com. L441-10 I).
    public func checkBusinessPaymentTerms(_ terms: PaymentTerms, invoiceDate: CalendarDate,
                                          deliveryDate: CalendarDate?) throws(RuleViolation) {
        try terms.checkBusinessCaps(invoiceDate: invoiceDate, deliveryDate: deliveryDate)
    }

    /// Between businesses, the rule agreed never below the legal floor, else ECB + 10 points; a consumer
    /// owes interest at the legal rate from a formal notice (``PenaltyRule/applying(_:businessDebtor:)``).
    public func penaltyRule(agreed: PenaltyRule?, businessDebtor: Bool) -> PenaltyRule {
        PenaltyRule.applying(agreed, businessDebtor: businessDebtor)
    }

    // C. com. L441-10 II, D441-5.
    public func recoveryIndemnity(in rates: RateBook) -> RecoveryIndemnity {
        rates.recoveryIndemnity
    }

    public func mentions(for facts: RequiredMentions.Facts) throws(RuleViolation) -> [Mention] {
        // CGI ann. II art. 242 nonies A, I-13° and 13° bis: the legal basis of every exemption.
        var mentions = Mention.vatRegime(of: facts)
        let isInvoice = facts.kind != .quote
        if isInvoice, facts.sellerOptedForVATOnDebits { mentions.append(.vatOnDebits) }
        mentions.append(Self.operationCategory(facts.natures))
        // CGI art. 289-IV (BT-111).
        if let euros = Mention.vatInEuros(facts.totals, source: "CGI art. 289-IV") { mentions.append(euros) }
        // C. com. L441-9 I: due date, payment terms, early-payment discount, penalties, recovery indemnity.
        if let due = facts.dueDate { mentions.append(.date(.dueDate, due, source: "C. com. L441-9")) }
        mentions.append(.paymentTerms(facts.paymentTerms, source: "C. com. L441-9"))
        if let discount = facts.earlyPaymentDiscount {
            mentions.append(.earlyPaymentDiscount(discount, source: "C. com. L441-9"))
        } else if facts.penaltyRule.businessDebtor {
            // C. com. L441-9: between businesses only, like the penalties and the indemnity below.
            mentions.append(.noEarlyPaymentDiscount)
        }
        // C. com. L441-10 applies between businesses only: a consumer document states no penalty « de plein
        // droit » and no recovery indemnity (a consumer owes interest at the legal rate from a formal notice).
        if facts.penaltyRule.businessDebtor {
            // C. com. L441-10 II, D441-5: the indemnity in force when the payment falls due.
            let indemnity = try facts.recoveryIndemnity.amount(dueOn: facts.dueDate ?? facts.documentDate)
            mentions.append(Self.latePaymentPenalties(facts.penaltyRule, indemnity: indemnity))
            mentions.append(.amount(.recoveryIndemnity, indemnity, source: "C. com. L441-10 II, D441-5"))
        }
        if facts.natures.contains(.goods) { mentions.append(.retentionOfTitle) }
        return mentions
    }

    // CGI ann. II art. 242 nonies A (décret 2022-1299): category of the operation.
    static func operationCategory(_ natures: Set<SupplyNature>) -> Mention {
        let (french, english, german): (String, String, String) = switch (natures.contains(.goods), natures.contains(.services)) {
        case (true, true): ("Livraison de biens et prestation de services", "Supply of goods and services",
                            "Lieferung von Gegenständen und sonstige Leistung")
        case (false, true): ("Prestation de services", "Supply of services", "Sonstige Leistung")
        default: ("Livraison de biens", "Supply of goods", "Lieferung von Gegenständen")
        }
        return Mention(id: .operationCategory, french: french, english: english, german: german, source: "CGI ann. II art. 242 nonies A")
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
        let german = "Bei Zahlungsverzug sind ab dem Tag nach der Fälligkeit ohne Mahnung Verzugsstrafen zu folgendem Satz geschuldet: "
            + TermsWording(.german).penalty(rule)
            + (indemnity.map { "; zuzüglich einer Pauschale für Beitreibungskosten von \(LocalizedFormat(.german).amount($0)) (Art. L441-10 und D441-5 des französischen Handelsgesetzbuchs), wobei ein weitergehender Schaden gegen Nachweis geltend gemacht werden kann" } ?? "")
        return Mention(id: .latePaymentPenalties, french: french, english: english, german: german, source: "C. com. L441-10 II, D441-5")
    }
}
