import FolioDocuments

/// What `folio totals --json` prints: the computed document, amounts as decimal strings.
struct TotalsReport: Encodable {
    struct Line: Encodable {
        let id: String
        let description: String
        let quantity: ExactDecimal
        let unitCode: String
        let unitPrice: ExactDecimal
        let netUnitPrice: ExactDecimal
        let vatCategory: String
        let vatRate: ExactDecimal
        /// Quantity × net price, before the line's allowances and charges.
        let grossAmount: ExactDecimal
        let allowancesAndCharges: [Adjustment]
        let netAmount: ExactDecimal
    }

    struct Adjustment: Encodable {
        let kind: String
        let reason: String?
        let percent: ExactDecimal?
        let baseAmount: ExactDecimal?
        let amount: ExactDecimal
        let vatCategory: String
        let vatRate: ExactDecimal

        init(_ item: InvoiceTotals.Adjustment) {
            kind = item.kind.rawValue
            reason = item.reason
            percent = item.percent
            baseAmount = item.baseAmount?.amount
            amount = item.amount.amount
            vatCategory = item.vat.category.code
            vatRate = item.vat.rate
        }
    }

    struct Breakdown: Encodable {
        let vatCategory: String
        let vatRate: ExactDecimal
        let taxableAmount: ExactDecimal
        let taxAmount: ExactDecimal
        let taxAmountInTaxCurrency: ExactDecimal?
        let exemptionReasonCode: String?
        let exemptionReason: String?
    }

    struct Totals: Encodable {
        let lineTotal: ExactDecimal
        let allowanceTotal: ExactDecimal
        let chargeTotal: ExactDecimal
        let taxExclusiveTotal: ExactDecimal
        let taxTotal: ExactDecimal
        let taxTotalInTaxCurrency: ExactDecimal?
        let taxCurrency: String?
        let exchangeRate: ExactDecimal?
        let grandTotal: ExactDecimal
        let paidAmount: ExactDecimal
        let roundingAmount: ExactDecimal
        let amountDue: ExactDecimal
    }

    struct Treatment: Encodable {
        let vatCategory: String
        let exemptionReasonCode: String?
        let explanation: String
    }

    struct Deposit: Encodable {
        let deposit: ExactDecimal
        let dueDate: CalendarDate
        let balance: ExactDecimal
    }

    let kind: String
    let date: CalendarDate
    let deliveryDate: CalendarDate?
    let seller: String
    let buyer: String
    let currency: String
    let lines: [Line]
    let allowancesAndCharges: [Adjustment]
    let vatBreakdown: [Breakdown]
    let totals: Totals
    let vatTreatments: [Treatment]
    let paymentTerms: String?
    let dueDate: CalendarDate?
    let validUntil: CalendarDate?
    let deposit: Deposit?
    let mentions: [Mention]

    init(_ computed: ComputedOrder) {
        let order = computed.order, totals = computed.totals
        kind = order.kind.rawValue
        date = order.date
        deliveryDate = order.deliveryDate
        seller = computed.seller.name
        buyer = order.buyer.name
        currency = order.currency.code
        lines = zip(order.lines, totals.lines).map { source, line in
            Line(id: line.id, description: source.description, quantity: source.quantity, unitCode: source.unitCode,
                 unitPrice: source.unitPrice, netUnitPrice: line.netUnitPrice, vatCategory: line.vat.category.code,
                 vatRate: line.vat.rate, grossAmount: line.grossAmount.amount,
                 allowancesAndCharges: line.allowancesAndCharges.map(Adjustment.init), netAmount: line.netAmount.amount)
        }
        allowancesAndCharges = totals.allowancesAndCharges.map(Adjustment.init)
        vatBreakdown = totals.vatBreakdown.map {
            Breakdown(vatCategory: $0.vat.category.code, vatRate: $0.vat.rate, taxableAmount: $0.taxableAmount.amount,
                      taxAmount: $0.taxAmount.amount, taxAmountInTaxCurrency: $0.taxAmountInTaxCurrency?.amount,
                      exemptionReasonCode: $0.exemptionReason?.code, exemptionReason: $0.exemptionReason?.text)
        }
        self.totals = Totals(
            lineTotal: totals.lineTotal.amount, allowanceTotal: totals.allowanceTotal.amount,
            chargeTotal: totals.chargeTotal.amount, taxExclusiveTotal: totals.taxExclusiveTotal.amount,
            taxTotal: totals.taxTotal.amount, taxTotalInTaxCurrency: totals.taxTotalInTaxCurrency?.amount,
            taxCurrency: totals.taxTotalInTaxCurrency?.currency.code, exchangeRate: totals.taxCurrencyExchangeRate,
            grandTotal: totals.grandTotal.amount, paidAmount: totals.paidAmount.amount,
            roundingAmount: totals.roundingAmount.amount, amountDue: totals.amountDue.amount)
        vatTreatments = computed.treatments.keys.sorted().compactMap { category in
            computed.treatments[category].map {
                Treatment(vatCategory: category.code, exemptionReasonCode: $0.exemptionReasonCode, explanation: $0.explanation)
            }
        }
        paymentTerms = computed.paymentTerms?.description
        dueDate = computed.dueDate
        validUntil = computed.validUntil
        deposit = computed.deposit.map { Deposit(deposit: $0.deposit.amount, dueDate: $0.depositDueDate, balance: $0.balance.amount) }
        mentions = computed.mentions
    }
}
