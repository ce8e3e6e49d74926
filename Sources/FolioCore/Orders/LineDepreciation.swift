/// An order line invoicing the depreciation of returned equipment: the grade observed, from the terms'
/// grid, applied to the equipment's flat-rate price. The line's net unit price is that percentage of
/// the price, rounded to the cent.
public struct LineDepreciation: Sendable, Hashable {
    /// A grade of the terms' grid (``SalesRules/depreciation``).
    public var grade: String
    /// The equipment's flat-rate price, net of VAT.
    public var flatRatePrice: ExactDecimal
    /// The grid's row, filled in when the terms of sale are applied to the order.
    public var applied: DepreciationGrade?

    public init(grade: String, flatRatePrice: ExactDecimal, applied: DepreciationGrade? = nil) {
        self.grade = grade
        self.flatRatePrice = flatRatePrice
        self.applied = applied
    }
}
