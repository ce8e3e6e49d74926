/// How the client pays; some terms of sale charge a fee for a method (seed 003: 45 € for a transfer).
public enum PaymentMethod: String, Sendable, Hashable, CaseIterable, Codable {
    case transfer
    case directDebit = "direct-debit"
    case card
    case cheque
}

/// A fixed fee the terms of sale charge, net of VAT, with its VAT rate when the terms give one.
public struct SalesFee: Sendable, Hashable {
    public var amount: ExactDecimal
    /// Nil: the fee follows the lines' rate (it is accessory to the sale).
    public var vatRate: ExactDecimal?

    public init(amount: ExactDecimal, vatRate: ExactDecimal? = nil) {
        self.amount = amount
        self.vatRate = vatRate
    }
}
