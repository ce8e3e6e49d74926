/// How the client pays; some terms of sale charge a fee for a method (seed 003: 45 € for a transfer).
public enum PaymentMethod: String, Sendable, Hashable, CaseIterable, Codable {
    case transfer
    case directDebit = "direct-debit"
    case card
    case cheque
    /// Paid in cash to the carrier on delivery (Nachnahme; seed 002).
    case cashOnDelivery = "cash-on-delivery"
}

/// A fixed fee the terms of sale charge, net of VAT unless the terms state it including VAT, with its
/// VAT rate when the terms give one.
public struct SalesFee: Sendable, Hashable {
    public var amount: ExactDecimal
    /// Nil: the fee follows the lines' rate (it is accessory to the sale).
    public var vatRate: ExactDecimal?
    /// The amount includes VAT (seed 003: « 45 € TTC » per payment by transfer): the client pays exactly
    /// that much more; the document carries its net part, and the cent the VAT rounding leaves over is the
    /// rounding amount (EN 16931 BT-114).
    public var includesVAT: Bool

    public init(amount: ExactDecimal, vatRate: ExactDecimal? = nil, includesVAT: Bool = false) {
        self.amount = amount
        self.vatRate = vatRate
        self.includesVAT = includesVAT
    }
}
