/// Everything the core computes from order data: what a template places and `folio totals` prints.
public struct ComputedOrder: Sendable, Hashable {
    public let order: Order
    /// The seller: the order's, or the company's when it was computed with the company's profile.
    public let seller: Party
    public let totals: InvoiceTotals
    /// The VAT treatment of each category present, with its explanation.
    public let treatments: [VATCategory: VATTreatment]
    /// Invoices: the payment terms applied and the due date.
    public let paymentTerms: PaymentTerms?
    public let dueDate: CalendarDate?
    /// Invoices: the late-payment rule applied.
    public let penaltyRule: PenaltyRule?
    /// Quotes: the last day the quote can be accepted.
    public let validUntil: CalendarDate?
    /// Quotes: the deposit due at signature and the balance.
    public let deposit: DepositSchedule.Split?
    /// The mentions the document must print.
    public let mentions: [Mention]
    /// Deposit invoices: the totals of the whole order the deposit is a percentage of.
    public internal(set) var depositBase: InvoiceTotals?
    /// Balance invoices: the deposit invoices deducted, with their amounts.
    public internal(set) var deductedDeposits: [Deduction] = []
    /// A consumer's document: its prices and amounts including VAT, as it prints them (C. consom. L112-1).
    public internal(set) var consumerPrices: VATInclusivePrices?

    /// A deposit invoice deducted from a balance invoice.
    public struct Deduction: Sendable, Hashable {
        public let invoice: DocumentReference
        public let amount: Money
        /// Its net and VAT per VAT rate, as the deposit invoice billed them; empty when they cannot be
        /// known from the order (a fixed amount over several rates).
        public let parts: [DepositAllocation.Part]
    }

    /// Balance invoices: per VAT rate, the base and VAT of the whole order, what the deposits already
    /// invoiced, and what remains — so the client does not deduct the deposits' VAT twice. Empty when
    /// there are no deposits or their split per rate is not known.
    public var depositVATStatement: [DepositVATLine] {
        guard !deductedDeposits.isEmpty, deductedDeposits.allSatisfy({ !$0.parts.isEmpty }) else { return [] }
        return totals.vatBreakdown.map { entry in
            let parts = deductedDeposits.flatMap(\.parts).filter { $0.vat == entry.vat }
            let net = parts.map(\.net).sum(in: totals.currency), tax = parts.map(\.tax).sum(in: totals.currency)
            return DepositVATLine(vat: entry.vat, taxable: entry.taxableAmount, tax: entry.taxAmount, depositNet: net, depositTax: tax,
                                  remainingTaxable: entry.taxableAmount - net, remainingTax: entry.taxAmount - tax)
        }
    }

    /// One VAT rate of a balance invoice's ``depositVATStatement``.
    public struct DepositVATLine: Sendable, Hashable {
        public let vat: VATClassification
        public let taxable: Money
        public let tax: Money
        public let depositNet: Money
        public let depositTax: Money
        public let remainingTaxable: Money
        public let remainingTax: Money
    }

    init(order: Order, seller: Party, totals: InvoiceTotals, treatments: [VATCategory: VATTreatment], paymentTerms: PaymentTerms?,
         dueDate: CalendarDate?, penaltyRule: PenaltyRule?, validUntil: CalendarDate?, deposit: DepositSchedule.Split?,
         mentions: [Mention]) {
        self.order = order
        self.seller = seller
        self.totals = totals
        self.treatments = treatments
        self.paymentTerms = paymentTerms
        self.dueDate = dueDate
        self.penaltyRule = penaltyRule
        self.validUntil = validUntil
        self.deposit = deposit
        self.mentions = mentions
    }
}
