/// The rules of a seller established in Germany: the Umsatzsteuergesetz (UStG) and its
/// Durchführungsverordnung (UStDV) for VAT and invoices, the BGB for default and its interest.
///
/// Left to the user: the domestic reverse charge of § 13b Abs. 2 UStG (construction work, scrap metal,
/// mobile phones…), which a line sets as it would any exemption; distance sales taxed in the buyer's
/// state (OSS); Büsingen and Heligoland, which are outside the German VAT territory.
public struct GermanLaw: SellerLaw {
    public init() {}

    public var jurisdiction: Jurisdiction { .germany }

    /// Default interest between businesses: the base rate plus these points.
    // § 288 Abs. 2 BGB.
    public static let businessDefaultInterestPoints: ExactDecimal = 9
    /// Default interest when a consumer is involved: the base rate plus these points.
    // § 288 Abs. 1 BGB.
    public static let consumerDefaultInterestPoints: ExactDecimal = 5
    /// A debtor who has not paid is in default this many days after the due date and the receipt of the invoice.
    // § 286 Abs. 3 BGB.
    public static let daysToDefault = 30

    /// The last day a debtor may pay before default without a reminder: the 30th day after the due date
    /// (the invoice taken as received by then), moved to the next working day when it falls on a
    /// Saturday, a Sunday or a holiday of every Land; holidays of only some Länder are not counted.
    // § 286 Abs. 3, § 187 Abs. 1, § 188 Abs. 1, § 193 BGB.
    public static func lastDayBeforeDefault(dueDate: CalendarDate) -> CalendarDate {
        BusinessCalendar.germany.businessDay(onOrAfter: dueDate.adding(days: daysToDefault))
    }

    /// The rule, in order:
    /// 1. a small business under § 19 UStG charges no VAT (E);
    /// 2. a buyer in Germany pays German VAT at the line's rate (S);
    /// 3. a business buyer in another EU member state with a VAT number: goods are an exempt intra-EU
    ///    supply (K) — § 4 Nr. 1 Buchst. b with § 6a UStG; services are supplied where the buyer is
    ///    established, which owes the VAT there (AE) — § 3a Abs. 2 UStG, directive 2006/112/EC art. 196;
    /// 4. a buyer outside the EU: goods are an exempt export (G) — § 4 Nr. 1 Buchst. a with § 6 UStG;
    ///    services to a business are not taxable in Germany (O) — § 3a Abs. 2 UStG;
    /// 5. anything else (an EU consumer, a consumer abroad buying services) pays German VAT (S).
    public func vatTreatment(of nature: SupplyNature, in situation: VATSituation) -> VATTreatment {
        if situation.sellerInFranchise {
            return VATTreatment(category: .exempt, exemptionReasonCode: nil, mention: .smallBusiness,
                                explanation: "The seller is a small business (§ 19 UStG): no VAT is charged.")
        }
        if situation.buyerCountry == "DE" {
            return VATTreatment(category: .standard, exemptionReasonCode: nil, mention: nil,
                                explanation: "Seller and buyer are in Germany: German VAT at the line's rate.")
        }
        let buyerInEU = EuropeanUnion.isInVATArea(situation.buyerCountry, on: situation.date)
        let hasVATNumber = !(situation.buyerVATNumber ?? "").isEmpty
        if buyerInEU, situation.buyerIsBusiness, hasVATNumber {
            switch nature {
            case .goods:
                return VATTreatment(category: .intraCommunity, exemptionReasonCode: "VATEX-EU-IC",
                                    mention: .germanIntraCommunitySupply,
                                    explanation: "Goods sent to a business in another EU member state with a VAT number: exempt intra-EU supply (§ 6a UStG).")
            case .services:
                return VATTreatment(category: .reverseCharge, exemptionReasonCode: "VATEX-EU-AE",
                                    mention: .germanReverseCharge,
                                    explanation: "Services to a business in another EU member state: supplied where the buyer is established (§ 3a Abs. 2 UStG), which owes the VAT (reverse charge).")
            }
        }
        if !buyerInEU {
            switch nature {
            case .goods:
                return VATTreatment(category: .export, exemptionReasonCode: "VATEX-EU-G", mention: .germanExport,
                                    explanation: "Goods exported outside the EU: exempt export (§ 6 UStG).")
            case .services where situation.buyerIsBusiness:
                return VATTreatment(category: .notSubject, exemptionReasonCode: "VATEX-EU-O", mention: .germanOutsideScope,
                                    explanation: "Services to a business outside the EU: supplied where the buyer is established, not taxable in Germany (§ 3a Abs. 2 UStG).")
            case .services:
                break
            }
        }
        return VATTreatment(category: .standard, exemptionReasonCode: nil, mention: nil,
                            explanation: "Sale to a consumer, or no exemption applies: German VAT at the line's rate.")
    }

    public func vatRates(sellerCountry: String, in rates: RateBook) -> VATRateTable {
        rates.vatRates(.germany)
    }

    public func check(_ order: Order, seller: Party) throws(InvalidField) {
        let buyer = order.buyer
        let buyerInOtherEUState = buyer.country != "DE" && EuropeanUnion.isInVATArea(buyer.country, on: order.taxPointDate)
        if buyer.isBusiness, buyerInOtherEUState, buyer.vatNumber == nil, !seller.vatFranchise {
            throw InvalidField("buyer.vatNumber", "required for a business buyer in \(buyer.country): it decides the exempt intra-EU supply or the reverse charge (§ 6a Abs. 1 Nr. 4, § 3a Abs. 2 UStG)")
        }
        if let vat = seller.vatNumber, vat.prefix != "DE" {
            throw InvalidField("seller.vatNumber", "\(vat) is not a German VAT identification number (USt-IdNr., DE and 9 digits)")
        }
        guard order.kind != .quote else { return }
        if buyer.isBusiness, buyerInOtherEUState, !seller.vatFranchise, seller.vatNumber == nil {
            // § 14a Abs. 1 and 3 UStG: both parties' VAT identification numbers.
            throw InvalidField("seller.vatNumber", "required: an invoice for an intra-EU supply or a reverse-charged service states the seller's USt-IdNr. (§ 14a Abs. 1 and 3 UStG)")
        }
        // § 14 Abs. 4 Nr. 2 UStG; § 34a Nr. 2 UStDV for a small business.
        if seller.vatNumber == nil, seller.taxNumber == nil {
            throw InvalidField("seller.vatNumber", "required: a German seller's invoice states its USt-IdNr. or its Steuernummer (taxNumber) (§ 14 Abs. 4 Nr. 2 UStG)")
        }
        if order.currency != .euro, order.taxCurrency == nil {
            // Directive 2006/112/EC art. 230; converted as § 16 Abs. 6 UStG says (BMF monthly average rate).
            throw InvalidField("taxCurrency", "an invoice in \(order.currency.code) must also state its VAT in euros (directive 2006/112/EC art. 230; rate as § 16 Abs. 6 UStG sets it): give taxCurrency with its exchangeRate")
        }
    }

    /// The buyer's full name and address, except on a small-amount invoice: at most the limit in force
    /// gross (250 € since 2017), in euros, and neither an intra-EU supply nor a reverse-charged service.
    // § 14 Abs. 4 Nr. 1 UStG; § 33 UStDV.
    public func check(_ order: Order, totals: InvoiceTotals, treatments: [VATCategory: VATTreatment],
                      rates: RateBook) throws(InvalidField) {
        guard order.kind != .quote, order.buyer.address == nil else { return }
        let limit = rates.germanSmallInvoiceLimit(on: order.date)
        guard let limit, totals.currency == .euro, totals.grandTotal.amount <= limit.amount,
              treatments.keys.allSatisfy({ $0 != .intraCommunity && $0 != .reverseCharge }) else {
            let allowance = limit.map { ": only an invoice of at most \(LocalizedFormat(.english).amount($0)) gross in euros, neither an intra-EU supply nor a reverse charge, may leave it out (§ 33 UStDV)" } ?? ""
            throw InvalidField("buyer.address", "required on an invoice or a credit note: the client's full name and address (§ 14 Abs. 4 Nr. 1 UStG)" + allowance)
        }
    }

    // § 14 Abs. 4 Nr. 8 UStG.
    public var exemptionReasonSource: String { "§ 14 Abs. 4 Nr. 8 UStG" }

    /// Due at once (§ 271 Abs. 1 BGB); the debtor is in default 30 days later (§ 286 Abs. 3 BGB).
    public var statutoryPaymentTerms: PaymentTerms { .onReceipt }

    /// German: the version that prevails.
    public func legalText(of mention: Mention) -> String { mention.german }

    /// The seller's documents and terms are written in German, and that version binds.
    public var legalLanguage: DocumentLanguage { .german }

    /// Only terms that end before the invoice: German law lets the parties agree longer terms between
    /// businesses (§ 271a BGB makes more than 60 days valid when expressly agreed and fair to the creditor).
    public func checkBusinessPaymentTerms(_ terms: PaymentTerms, invoiceDate: CalendarDate,
                                          deliveryDate: CalendarDate?) throws(RuleViolation) {
        switch terms {
        case .net(let days, _) where days < 0, .endOfMonth(let days, _) where days < 0:
            throw RuleViolation("a payment term of \(days) days is negative")
        default:
            let due = terms.dueDate(invoiceDate: invoiceDate, deliveryDate: deliveryDate)
            guard due >= invoiceDate else { throw RuleViolation("the due date \(due) is before the invoice date \(invoiceDate)") }
        }
    }

    /// The rule agreed, never below the statutory default interest; else the statutory default interest,
    /// base rate + 9 points between businesses, + 5 when the debtor is a consumer, from the default
    /// 30 days after the due date (or a sooner reminder), by day on a year of 365 days.
    // § 286 Abs. 3, § 288 Abs. 1 to 3 BGB.
    public func penaltyRule(agreed: PenaltyRule?, businessDebtor: Bool) -> PenaltyRule {
        let points = businessDebtor ? Self.businessDefaultInterestPoints : Self.consumerDefaultInterestPoints
        var rule = agreed ?? PenaltyRule(rate: .baseRatePlus(points: points))
        rule.businessDebtor = businessDebtor
        rule.jurisdiction = .germany
        rule.start = .thirtyDaysAfterDueDate
        return rule.lawful
    }

    // § 288 Abs. 5 BGB: 40 euros from a debtor who is not a consumer.
    public func recoveryIndemnity(in rates: RateBook) -> RecoveryIndemnity {
        rates.germanDefaultLumpSum
    }

    public func mentions(for facts: RequiredMentions.Facts) throws(RuleViolation) -> [Mention] {
        // § 14 Abs. 4 Nr. 8 UStG, § 14a UStG: the exemption, the reverse charge, the small-business scheme.
        var mentions = Mention.vatRegime(of: facts)
        // Directive 2006/112/EC art. 230, § 16 Abs. 6 UStG (BT-111).
        if let euros = Mention.vatInEuros(facts.totals, source: "directive 2006/112/EC art. 230; § 16 Abs. 6 UStG") {
            mentions.append(euros)
        }
        if let due = facts.dueDate { mentions.append(.date(.dueDate, due, source: "§ 271 BGB")) }
        mentions.append(.paymentTerms(facts.paymentTerms, source: "§ 271 BGB"))
        // § 14 Abs. 4 Nr. 7 UStG: any reduction of the price agreed in advance.
        if let discount = facts.earlyPaymentDiscount {
            mentions.append(.earlyPaymentDiscount(discount, source: "§ 14 Abs. 4 Nr. 7 UStG"))
        }
        guard facts.kind != .quote else { return mentions }
        // § 286 Abs. 3 BGB: stated on every invoice, since a consumer is in default 30 days after the due
        // date only when the invoice says so.
        mentions.append(Self.defaultInterest(facts.penaltyRule))
        if facts.penaltyRule.businessDebtor {
            let lumpSum = try facts.recoveryIndemnity.amount(dueOn: facts.dueDate ?? facts.documentDate)
            mentions.append(.amount(.recoveryIndemnity, lumpSum, source: "§ 288 Abs. 5 BGB"))
        }
        return mentions
    }

    /// The debtor is in default 30 days after the due date and the receipt of the invoice without a
    /// reminder, and then owes default interest.
    // § 286 Abs. 3, § 288 BGB.
    static func defaultInterest(_ rule: PenaltyRule) -> Mention {
        Mention(
            id: .latePaymentPenalties,
            french: "Le débiteur qui n'a pas payé est en demeure, sans relance, 30 jours après l'échéance et la réception de la présente facture (§ 286 al. 3 BGB) ; il doit alors des intérêts de retard au taux suivant : "
                + TermsWording(.french).penalty(rule) + " (§ 288 BGB)",
            english: "A debtor who has not paid is in default, without any reminder, 30 days after the due date and the receipt of this invoice (§ 286 (3) BGB), and then owes default interest at the following rate: "
                + TermsWording(.english).penalty(rule) + " (§ 288 BGB)",
            german: "Spätestens 30 Tage nach Fälligkeit und Zugang dieser Rechnung kommt der Schuldner ohne Mahnung in Verzug (§ 286 Abs. 3 BGB) und schuldet dann Verzugszinsen zu folgendem Satz: "
                + TermsWording(.german).penalty(rule) + " (§ 288 BGB)",
            source: "§ 286 Abs. 3, § 288 BGB")
    }
}

extension Mention {
    // § 19 Abs. 1 UStG (exempt since 2025); § 34a Nr. 5 UStDV.
    public static let smallBusiness = Mention(
        id: .vatFranchise, french: "Livraison ou prestation exonérée d'une petite entreprise (§ 19 al. 1 UStG)",
        english: "VAT-exempt supply by a small business (§ 19 (1) UStG)",
        german: "Steuerfreie Kleinunternehmerleistung gemäß § 19 Abs. 1 UStG", source: "§ 19 Abs. 1 UStG; § 34a UStDV")
    // § 4 Nr. 1 Buchst. b, § 6a, § 14a Abs. 3 UStG.
    public static let germanIntraCommunitySupply = Mention(
        id: .vatIntraCommunity, french: "Livraison intracommunautaire exonérée (§ 4 Nr. 1 Buchst. b et § 6a UStG)",
        english: "VAT exempt intra-EU supply (§ 4 No. 1 (b) and § 6a UStG)",
        german: "Steuerfreie innergemeinschaftliche Lieferung (§ 4 Nr. 1 Buchst. b i. V. m. § 6a UStG)", source: "§ 4 Nr. 1 Buchst. b, § 6a, § 14a Abs. 3 UStG")
    // § 3a Abs. 2, § 14a Abs. 1 UStG (« Steuerschuldnerschaft des Leistungsempfängers »); directive 2006/112/EC art. 196.
    public static let germanReverseCharge = Mention(
        id: .vatReverseCharge, french: "Autoliquidation : la TVA est due par le preneur (art. 196 de la directive 2006/112/CE ; § 14a al. 1 UStG)",
        english: "Reverse charge: the recipient owes the VAT (art. 196 of Directive 2006/112/EC; § 14a (1) UStG)",
        german: "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge, Art. 196 der Richtlinie 2006/112/EG)",
        source: "§ 3a Abs. 2, § 14a Abs. 1 UStG; directive 2006/112/EC art. 196")
    // § 4 Nr. 1 Buchst. a, § 6 UStG.
    public static let germanExport = Mention(
        id: .vatExport, french: "Exportation exonérée (§ 4 Nr. 1 Buchst. a et § 6 UStG)",
        english: "VAT exempt export (§ 4 No. 1 (a) and § 6 UStG)",
        german: "Steuerfreie Ausfuhrlieferung (§ 4 Nr. 1 Buchst. a i. V. m. § 6 UStG)", source: "§ 4 Nr. 1 Buchst. a, § 6 UStG")
    // § 3a Abs. 2 UStG.
    public static let germanOutsideScope = Mention(
        id: .vatOutsideScope, french: "Prestation non imposable en Allemagne (§ 3a al. 2 UStG)",
        english: "Not taxable in Germany: place of supply where the recipient is established (§ 3a (2) UStG)",
        german: "Nicht im Inland steuerbare Leistung (Leistungsort gemäß § 3a Abs. 2 UStG im Ausland)",
        source: "§ 3a Abs. 2 UStG")
}
