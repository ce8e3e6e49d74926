/// Everything the core computes from order data: what a template places and `folio totals` prints.
public struct ComputedOrder: Sendable, Hashable {
    public let order: Order
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
}
