/// The commercial rules written in a company's terms of sale, applied to every order it issues.
///
/// An order's own values win (its payment terms, penalty rule, deposit); the rules add the charges
/// the terms impose (small orders, payment fees) and refuse what the terms forbid.
///
/// ```swift
/// var rules = SalesRules()
/// rules.maxQuantityPerProduct = 3                       // seed 000
/// rules.smallOrderCharge = SmallOrderCharge(below: 50, fee: SalesFee(amount: 5, vatRate: 20))   // seed 002
/// let computed = try OrderComputation.compute(order, rules: rules)
/// ```
public struct SalesRules: Sendable, Hashable {
    /// Payment terms of orders that state none.
    public var paymentTerms: PaymentTerms?
    /// The late-payment rule of orders that state none.
    public var penaltyRule: PenaltyRule?
    /// Quotes: the deposit at signature, percent of the total including VAT.
    public var depositPercent: ExactDecimal?
    /// At most this many items of one product in one order.
    public var maxQuantityPerProduct: ExactDecimal?
    public var smallOrderCharge: SmallOrderCharge?
    /// A fee per payment method.
    public var paymentMethodFees: [PaymentMethod: SalesFee]
    /// The fee charged for each rejected direct debit.
    public var rejectedDirectDebitFee: SalesFee?
    /// Whether orders' prices include VAT when the order does not say (shops selling to consumers).
    public var pricesIncludeVAT: Bool?
    /// The fixed prices the terms state, which order lines use by name (`priceListItem`).
    public var priceList: [PriceListItem]
    /// The depreciation grid for equipment returned damaged, which order lines use by grade (`depreciation`).
    public var depreciation: [DepreciationGrade]

    public init(paymentTerms: PaymentTerms? = nil, penaltyRule: PenaltyRule? = nil, depositPercent: ExactDecimal? = nil,
                maxQuantityPerProduct: ExactDecimal? = nil, smallOrderCharge: SmallOrderCharge? = nil,
                paymentMethodFees: [PaymentMethod: SalesFee] = [:], rejectedDirectDebitFee: SalesFee? = nil,
                pricesIncludeVAT: Bool? = nil, priceList: [PriceListItem] = [], depreciation: [DepreciationGrade] = []) {
        self.priceList = priceList
        self.depreciation = depreciation
        self.paymentTerms = paymentTerms
        self.penaltyRule = penaltyRule
        self.depositPercent = depositPercent
        self.maxQuantityPerProduct = maxQuantityPerProduct
        self.smallOrderCharge = smallOrderCharge
        self.paymentMethodFees = paymentMethodFees
        self.rejectedDirectDebitFee = rejectedDirectDebitFee
        self.pricesIncludeVAT = pricesIncludeVAT
    }
}
