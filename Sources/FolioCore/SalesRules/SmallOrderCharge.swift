/// A fixed charge on orders whose value is below a net amount (seed 002: 5 € net under 50 € net,
/// business clients).
///
/// The **order value** is what the client ordered, net of VAT: the lines' net total (BT-106) less the
/// document's allowances. Shipping and every other document charge, and the fees the terms add, do
/// not count: seed 002 compares « the order value » with 50 €, its prices « excluding any shipping ».
public struct SmallOrderCharge: Sendable, Hashable {
    public enum Clients: String, Sendable, Hashable, CaseIterable {
        case business, all
    }

    /// The order value, net of VAT, below which the charge applies.
    public var below: ExactDecimal
    public var fee: SalesFee
    public var clients: Clients

    public init(below: ExactDecimal, fee: SalesFee, clients: Clients = .business) {
        self.below = below
        self.fee = fee
        self.clients = clients
    }

    /// True when the charge applies to an order of this value (net of VAT, shipping left out) and buyer.
    public func applies(orderValue: ExactDecimal, buyerIsBusiness: Bool) -> Bool {
        orderValue < below && (clients == .all || buyerIsBusiness)
    }

    /// The order value of computed totals: the lines' net total less the document's allowances.
    public static func orderValue(of totals: InvoiceTotals) -> ExactDecimal {
        totals.lineTotal.amount - totals.allowanceTotal.amount
    }
}
