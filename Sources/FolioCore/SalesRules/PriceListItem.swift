/// A fixed price the terms of sale state, which orders use by name rather than typing it (seed 003:
/// labour 89 € an hour, travel 19 € in the central area, 499 € per item of equipment not returned).
///
/// The terms print the list (`{{#rules.priceList}}`), and an order line naming an item
/// (`priceListItem: labour`) takes its net unit price and unit from it, so the document and the terms
/// never disagree.
public struct PriceListItem: Sendable, Hashable {
    /// The name order lines use (`labour`, `travel-central`).
    public var id: String
    public var label: BilingualLabel
    /// Net of VAT, per unit.
    public var unitPrice: ExactDecimal
    /// UN/ECE Recommendation 20 code of the unit the price is for (`HUR`: an hour); C62 (one) by default.
    public var unitCode: String

    public init(id: String, label: BilingualLabel, unitPrice: ExactDecimal, unitCode: String = "C62") {
        self.id = id
        self.label = label
        self.unitPrice = unitPrice
        self.unitCode = unitCode
    }
}
