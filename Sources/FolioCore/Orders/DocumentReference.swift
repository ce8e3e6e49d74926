/// A document cited by another: the invoice a credit note corrects, the quote an invoice comes from.
public struct DocumentReference: Sendable, Hashable, Codable {
    public var number: String
    public var date: CalendarDate

    public init(number: String, date: CalendarDate) {
        self.number = number
        self.date = date
    }
}

/// A deposit invoice whose amount a balance invoice deducts.
public struct DeductedDeposit: Sendable, Hashable {
    public enum Amount: Sendable, Hashable {
        /// The deposit invoice's total including VAT, as issued.
        case amount(ExactDecimal)
        /// The deposit was this percent of the same order: Folio recomputes it exactly as the deposit invoice did.
        case percent(ExactDecimal)
    }

    public var invoice: DocumentReference
    public var amount: Amount

    public init(invoice: DocumentReference, amount: Amount) {
        self.invoice = invoice
        self.amount = amount
    }
}
