/// Computes a document from order data: VAT treatment of each line, totals, dates and mentions.
///
/// Every rule that refuses the order names the field at fault (`InvalidField`).
public enum OrderComputation {
    /// Invoices to French businesses carry the client's SIREN from the e-invoicing reform on.
    public static var buyerSIRENRequiredFrom: CalendarDate { FrenchLaw.buyerSIRENRequiredFrom }

    /// Quotes without a stated validity are valid this many days.
    public static let defaultQuoteValidityDays = 30

    /// The document of an order under a company's terms of sale (none by default) and rates (VAT rates
    /// in force, recovery indemnity; this release's tables by default).
    public static func compute(_ order: Order, rules: SalesRules = SalesRules(),
                               rates: RateBook = .builtIn) throws(InvalidField) -> ComputedOrder {
        try checkConsumerFields(order)
        var order = try rules.applied(to: order)
        try checkReferences(order)
        let withoutRuleCharges = try computeDocument(order, rates: rates)
        if let charge = rules.smallOrderAdjustment(for: order, orderValue: SmallOrderCharge.orderValue(of: withoutRuleCharges.totals)) {
            order.allowancesAndCharges.append(charge)
        }
        switch order.kind {
        case .depositInvoice:
            // The deposit invoice bills a percentage of the whole order, one line per VAT rate.
            guard let percent = order.depositPercent else {
                throw InvalidField("deposit.percent", "required: a deposit invoice bills a percentage of the order (or set salesRules.depositPercent)")
            }
            var whole = order
            whole.kind = .invoice
            let full = try computeDocument(whole, rates: rates)
            var computed = try computeDocument(try DepositInvoicing.depositOrder(of: full, percent: percent, kind: .depositInvoice), rates: rates)
            computed.depositBase = full.totals
            return computed
        case .invoice where !order.deposits.isEmpty:
            let full = try computeDocument(order, rates: rates)
            var deducted: [ComputedOrder.Deduction] = []
            for (index, deposit) in order.deposits.enumerated() {
                let amount: Money
                var parts: [DepositAllocation.Part] = []
                switch deposit.amount {
                case .amount(let value):
                    amount = Money(rounding: value, in: order.currency)
                    // A fixed amount at a single VAT rate: its net and VAT follow; over several rates they are not known.
                    if full.totals.vatBreakdown.count == 1, let only = full.totals.vatBreakdown.first {
                        parts = [DepositAllocation.Part(including: amount, at: only.vat)]
                    }
                case .percent(let percent):
                    // What the deposit invoice asked for: P % of the total including VAT.
                    do {
                        let allocation = try DepositAllocation(percent: percent, of: full.totals)
                        amount = allocation.amount
                        parts = allocation.parts
                    } catch {
                        throw InvalidField("deposits[\(index)].percent", error.reason)
                    }
                }
                deducted.append(.init(invoice: deposit.invoice, amount: amount, parts: parts))
            }
            order.paidAmount += deducted.reduce(ExactDecimal.zero) { $0 + $1.amount.amount }
            var computed = try computeDocument(order, rates: rates)
            computed.deductedDeposits = deducted
            guard computed.totals.amountDue.amount >= .zero else {
                throw InvalidField("deposits", "the deposits deducted (\(computed.totals.paidAmount.amount)) exceed the invoice's total (\(computed.totals.grandTotal.amount))")
            }
            return computed
        default:
            return try computeDocument(order, rates: rates)
        }
    }

    /// Credit notes cite their invoice; deposit invoices cite their quote; neither is dated before it.
    static func checkReferences(_ order: Order) throws(InvalidField) {
        if order.kind == .creditNote {
            guard let invoice = order.creditedInvoice else {
                throw InvalidField("creditedInvoice", "required: a credit note cites the invoice it corrects (number and date)")
            }
            if invoice.date > order.date {
                throw InvalidField("creditedInvoice.date", "the invoice \(invoice.number) is dated \(invoice.date), after the credit note (\(order.date))")
            }
        } else if order.creditedInvoice != nil {
            throw InvalidField("creditedInvoice", "only a credit note cites a credited invoice (kind: credit-note)")
        }
        if let quote = order.quote, quote.date > order.date {
            throw InvalidField("quote.date", "the quote \(quote.number) is dated \(quote.date), after this document (\(order.date))")
        }
        if order.kind == .depositInvoice, order.quote == nil {
            throw InvalidField("quote", "required: a deposit invoice cites the quote it is a deposit on (number and date)")
        }
        for (index, deposit) in order.deposits.enumerated() where deposit.invoice.date > order.date {
            throw InvalidField("deposits[\(index)].date", "the deposit invoice \(deposit.invoice.number) is dated after this invoice")
        }
        if !order.deposits.isEmpty, order.kind != .invoice {
            throw InvalidField("deposits", "only an invoice (the balance invoice) deducts deposit invoices")
        }
    }

    static func computeDocument(_ order: Order, rates: RateBook) throws(InvalidField) -> ComputedOrder {
        guard let seller = order.seller else {
            throw InvalidField("seller", "required: give the seller, or compute the order with its company's profile (--company PROFILE), whose company is the seller")
        }
        guard order.currency.minorUnit <= 2 else {
            throw InvalidField("currency", "\(order.currency.code) has \(order.currency.minorUnit) decimals; EN 16931 amounts have at most 2 (BR-DEC)")
        }
        let law = try Jurisdiction.law(ofSellerIn: seller.country)
        try checkParties(order, seller: seller, law: law)
        let isInvoice = order.kind != .quote

        let situation = VATSituation(sellerCountry: seller.country, sellerInFranchise: seller.vatFranchise,
                                     buyerCountry: order.buyer.country, buyerVATNumber: order.buyer.vatNumber?.description,
                                     buyerIsBusiness: order.buyer.isBusiness, date: order.taxPointDate)
        var treatments: [VATCategory: VATTreatment] = [:]
        var exemptionReasons: [VATCategory: ExemptionReason] = [:]
        var lines: [InvoiceLine] = []
        for (index, line) in order.lines.enumerated() {
            let path = "lines[\(index)]"
            let treatment = law.vatTreatment(of: line.nature, in: situation)
            let vat = try classification(of: line, treatment: treatment, order: order, law: law, rates: rates, path: path)
            if vat.category == treatment.category {
                treatments[vat.category] = treatment
                if treatment.category != .standard, treatment.exemptionReasonCode != nil || treatment.mention != nil {
                    exemptionReasons[vat.category] = ExemptionReason(text: treatment.mention.map(law.legalText(of:)),
                                                                     code: treatment.exemptionReasonCode)
                }
            } else if vat.category == .exempt {
                let reason = ExemptionReason(text: line.exemptionReason, code: nil)
                if let known = exemptionReasons[.exempt], known != reason {
                    throw InvalidField("\(path).exemptionReason", "all exempt lines of one document share one exemption reason (EN 16931 BG-23); this one differs")
                }
                exemptionReasons[.exempt] = reason
                treatments[.exempt] = VATTreatment(category: .exempt, exemptionReasonCode: nil,
                                                   mention: Mention(id: .vatExempt, french: line.exemptionReason ?? "",
                                                                    english: line.exemptionReason ?? "",
                                                                    german: line.exemptionReason ?? "", source: "order data"),
                                                   explanation: "Exempt, as stated on the line.")
            }
            lines.append(InvoiceLine(id: line.id ?? String(index + 1), name: line.description, quantity: line.quantity,
                                     unitCode: line.unitCode, unitPrice: line.unitPrice, baseQuantity: line.baseQuantity,
                                     allowancesAndCharges: line.allowancesAndCharges, vat: vat, nature: line.nature))
        }

        var adjustments: [AllowanceCharge] = []
        for (index, item) in order.allowancesAndCharges.enumerated() {
            let path = "\(item.kind == .allowance ? "allowances" : "charges")[\(index)]"
            let vat = try classification(of: item, lines: lines, situation: situation, order: order, law: law, rates: rates, path: path)
            adjustments.append(AllowanceCharge(kind: item.kind, value: item.value, vat: vat, reason: item.reason,
                                               isNet: item.origin != nil, includesVAT: item.includesVAT))
        }

        let content = InvoiceContent(currency: order.currency, lines: lines, allowancesAndCharges: adjustments,
                                     pricesIncludeVAT: order.pricesIncludeVAT ?? false, paidAmount: order.paidAmount,
                                     statedRoundingAmount: order.statedRoundingAmount, exemptionReasons: exemptionReasons,
                                     taxCurrency: isInvoice && order.currency != .euro ? order.taxCurrency : nil)
        let totals: InvoiceTotals
        do { totals = try TotalsCalculator.totals(of: content) } catch { throw InvalidField("", error.reason) }
        try law.check(order, totals: totals, treatments: treatments, rates: rates)

        // The terms agreed (order, then terms of sale), else the statutory ones: a quote states those its invoices will carry.
        let chosen = order.paymentTerms ?? law.statutoryPaymentTerms
        let rule = law.penaltyRule(agreed: order.penaltyRule, businessDebtor: order.buyer.isBusiness)
        var terms: PaymentTerms?, due: CalendarDate?, penalty: PenaltyRule?
        if isInvoice {
            if order.isBusinessToBusiness {
                do { try law.checkBusinessPaymentTerms(chosen, invoiceDate: order.date, deliveryDate: order.deliveryDate) } catch {
                    throw InvalidField("paymentTerms", error.reason)
                }
            }
            terms = chosen
            due = chosen.dueDate(invoiceDate: order.date, deliveryDate: order.deliveryDate)
            penalty = rule
        }
        let mentions: [Mention]
        do {
            mentions = try RequiredMentions.mentions(for: .init(
                kind: order.kind, totals: totals, treatments: treatments, natures: order.natures,
                sellerOptedForVATOnDebits: seller.vatOnDebits, documentDate: order.date, dueDate: due,
                paymentTerms: chosen, penaltyRule: rule, earlyPaymentDiscount: order.earlyPaymentDiscount,
                recoveryIndemnity: law.recoveryIndemnity(in: rates), jurisdiction: law.jurisdiction))
        } catch { throw InvalidField("date", error.reason) }

        var validUntil: CalendarDate?, deposit: DepositSchedule.Split?
        if order.kind == .quote {
            do {
                validUntil = try (order.validity ?? .days(defaultQuoteValidityDays)).lastDay(quoteDate: order.date)
            } catch { throw InvalidField("validity", error.reason) }
            if let percent = order.depositPercent {
                // The deposit is what the deposit invoice will bill: P % of the total including VAT.
                let allocation: DepositAllocation
                do { allocation = try DepositAllocation(percent: percent, of: totals) } catch {
                    throw InvalidField("deposit.percent", error.reason)
                }
                deposit = DepositSchedule.Split(percent: percent, deposit: allocation.amount, depositDueDate: order.date,
                                                balance: allocation.base - allocation.amount)
            }
        }
        var computed = ComputedOrder(order: order, seller: seller, totals: totals, treatments: treatments, paymentTerms: terms,
                                     dueDate: due, penaltyRule: penalty, validUntil: validUntil, deposit: deposit, mentions: mentions)
        // C. consom. L112-1: a consumer is shown every price including VAT.
        if !order.buyer.isBusiness { computed.consumerPrices = VATInclusivePrices(content: content, totals: totals) }
        return computed
    }

    /// The line's VAT: the regime's exemption, or the line's rate checked against the rates in force.
    static func classification(of line: OrderLine, treatment: VATTreatment, order: Order, law: any SellerLaw,
                               rates: RateBook, path: String) throws(InvalidField) -> VATClassification {
        if treatment.category != .standard { return VATClassification(category: treatment.category, rate: .zero) }
        if let category = line.vatCategory, category != .standard {
            guard category == .zeroRated || category == .exempt else {
                throw InvalidField("\(path).vatCategory", "\(category.code) is chosen by the VAT regime from the parties' countries, not per line; a line may only be Z or E")
            }
            if category == .exempt, (line.exemptionReason ?? "").isEmpty {
                throw InvalidField("\(path).exemptionReason", "an exempt line must state the legal basis of the exemption (\(law.exemptionReasonSource))")
            }
            return VATClassification(category: category, rate: .zero)
        }
        guard let rate = line.vatRate else {
            throw InvalidField("\(path).vatRate", "required: the sale is taxed in \(law.jurisdiction.countryName), so the line needs its VAT rate")
        }
        return try checkedRate(rate, order: order, law: law, rates: rates, path: "\(path).vatRate")
    }

    /// A document allowance or charge takes its own rate, or the lines' when they all share one.
    static func classification(of item: OrderAdjustment, lines: [InvoiceLine], situation: VATSituation, order: Order,
                               law: any SellerLaw, rates: RateBook, path: String) throws(InvalidField) -> VATClassification {
        let nature = item.nature ?? lines.first?.nature ?? .goods
        let treatment = law.vatTreatment(of: nature, in: situation)
        if treatment.category != .standard { return VATClassification(category: treatment.category, rate: .zero) }
        if let rate = item.vatRate { return try checkedRate(rate, order: order, law: law, rates: rates, path: "\(path).vatRate") }
        let rates = Set(lines.map(\.vat))
        guard rates.count == 1, let only = rates.first else {
            throw InvalidField("\(path).vatRate", "required: the lines have several VAT rates, so say which one applies")
        }
        return only
    }

    static func checkedRate(_ rate: ExactDecimal, order: Order, law: any SellerLaw, rates: RateBook,
                            path: String) throws(InvalidField) -> VATClassification {
        let table = law.vatRates(sellerCountry: order.seller?.country ?? "FR", in: rates)
        guard table.isInForce(rate, on: order.taxPointDate) else {
            let known = table.rates(on: order.taxPointDate).map { "\($0.normalized)" }.joined(separator: ", ")
            throw InvalidField(path, "\(rate.normalized) % is not a VAT rate in force in \(table.territory.rawValue) on \(order.taxPointDate) (rates: \(known))")
        }
        return .standard(rate)
    }

    /// What every law asks of the parties, then what the seller's law asks (``SellerLaw/check(_:seller:)``).
    static func checkParties(_ order: Order, seller: Party, law: any SellerLaw) throws(InvalidField) {
        let buyer = order.buyer
        try law.check(order, seller: seller)
        if let vat = buyer.vatNumber, vat.country != buyer.country, !(vat.prefix == "FR" && VATTerritory(countryCode: buyer.country) != nil) {
            throw InvalidField("buyer.vatNumber", "\(vat) is a \(vat.country) number but the buyer's country is \(buyer.country)")
        }
        if let vat = buyer.vatNumber, vat.prefix == "FR", let siren = buyer.siren, vat.number.dropFirst(2) != siren.digits {
            throw InvalidField("buyer.vatNumber", "\(vat) does not belong to SIREN \(siren.digits) (expected \(VATNumber(siren: siren)))")
        }
        // CGI ann. II art. 242 nonies A, I-2°; a German small-amount invoice may leave it out (§ 33 UStDV).
        if order.kind != .quote, buyer.address == nil, law.jurisdiction == .france {
            throw InvalidField("buyer.address", "required on an invoice or a credit note: the client's name and address are mandatory")
        }
        if order.lines.isEmpty { throw InvalidField("lines", "an order needs at least one line") }
    }
}
