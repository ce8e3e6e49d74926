/// One line of an invoice, quote or credit note (EN 16931 BG-25).
public struct InvoiceLine: Sendable, Hashable {
    /// BT-126, unique within the document.
    public var id: String
    /// BT-153.
    public var name: String
    /// BT-129. Up to 6 decimals.
    public var quantity: ExactDecimal
    /// BT-130, UN/ECE Recommendation 20 code (C62 = one, HUR = hour, DAY, KGM…).
    public var unitCode: String
    /// BT-146: price of `baseQuantity` units, excluding VAT — or including VAT when the document's
    /// prices include VAT. Up to 6 decimals.
    public var unitPrice: ExactDecimal
    /// BT-149: the number of units `unitPrice` is for (1 by default).
    public var baseQuantity: ExactDecimal
    /// BT-136…BT-145: discounts and surcharges on this line.
    public var allowancesAndCharges: [AllowanceCharge]
    /// BT-151 / BT-152.
    public var vat: VATClassification
    /// Goods or services: decides the VAT regime and the category of operation mention.
    public var nature: SupplyNature
    /// BT-131 as stated by an existing invoice being read; when set, it is used instead of computing
    /// quantity × price (EN 16931 makes BT-131 authoritative and does not check that product).
    public var statedNetAmount: ExactDecimal?

    public init(id: String, name: String, quantity: ExactDecimal, unitCode: String = "C62",
                unitPrice: ExactDecimal, baseQuantity: ExactDecimal = 1,
                allowancesAndCharges: [AllowanceCharge] = [], vat: VATClassification,
                nature: SupplyNature = .goods, statedNetAmount: ExactDecimal? = nil) {
        self.id = id
        self.name = name
        self.quantity = quantity
        self.unitCode = unitCode
        self.unitPrice = unitPrice
        self.baseQuantity = baseQuantity
        self.allowancesAndCharges = allowancesAndCharges
        self.vat = vat
        self.nature = nature
        self.statedNetAmount = statedNetAmount
    }

    /// Quantity × price ÷ base quantity, rounded to `places` decimals: the line's amount before its
    /// own allowances and charges.
    public func grossAmount(places: Int) -> ExactDecimal {
        (quantity * unitPrice).divided(by: baseQuantity, toPlaces: places) ?? .zero
    }
}
