/// A fixed charge on orders below a net amount (seed 002: 5 € net under 50 € net, business clients).
public struct SmallOrderCharge: Sendable, Hashable {
    public enum Clients: String, Sendable, Hashable, CaseIterable {
        case business, all
    }

    /// The order's total excluding VAT below which the charge applies.
    public var below: ExactDecimal
    public var fee: SalesFee
    public var clients: Clients

    public init(below: ExactDecimal, fee: SalesFee, clients: Clients = .business) {
        self.below = below
        self.fee = fee
        self.clients = clients
    }

    /// True when the charge applies to an order with this net total and buyer.
    public func applies(netTotal: ExactDecimal, buyerIsBusiness: Bool) -> Bool {
        netTotal < below && (clients == .all || buyerIsBusiness)
    }
}
