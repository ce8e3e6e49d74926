/// The computed amounts of a document, named after EN 16931's business terms.
public struct InvoiceTotals: Sendable, Hashable, Codable {
    public struct Line: Sendable, Hashable, Codable {
        public let id: String
        /// BT-146 excluding VAT (converted when prices included VAT).
        public let netUnitPrice: ExactDecimal
        /// Quantity × net price ÷ base quantity, rounded: the line's amount before its own allowances
        /// and charges, what they are deducted from or added to.
        public let grossAmount: Money
        /// BG-27 / BG-28: the line's allowances and charges, amounts resolved, in the order given
        /// (their VAT is the line's). Every discount agreed is stated (CGI ann. II art. 242 nonies A, I-6°).
        public let allowancesAndCharges: [Adjustment]
        /// BT-131 = gross amount − allowances + charges.
        public let netAmount: Money
        public let vat: VATClassification
    }

    /// An allowance or a charge, of the document or of a line, with its amount resolved.
    public struct Adjustment: Sendable, Hashable, Codable {
        public let kind: AllowanceCharge.Kind
        /// BT-92 / BT-99 (a line's: BT-136 / BT-141), excluding VAT.
        public let amount: Money
        /// BT-93 / BT-100 (BT-137 / BT-142), when given as a percentage.
        public let baseAmount: Money?
        /// BT-94 / BT-101 (BT-138 / BT-143).
        public let percent: ExactDecimal?
        public let vat: VATClassification
        public let reason: String?
        public let reasonCode: String?
    }

    public let currency: Currency
    public let lines: [Line]
    public let allowancesAndCharges: [Adjustment]
    /// BG-23, one entry per VAT category and rate.
    public let vatBreakdown: [VATBreakdown]
    /// BT-106: sum of line net amounts.
    public let lineTotal: Money
    /// BT-107: sum of document allowances.
    public let allowanceTotal: Money
    /// BT-108: sum of document charges.
    public let chargeTotal: Money
    /// BT-109 = BT-106 − BT-107 + BT-108.
    public let taxExclusiveTotal: Money
    /// BT-110 = Σ BT-117.
    public let taxTotal: Money
    /// BT-111: the VAT total in the tax currency (euros for a foreign-currency invoice).
    public let taxTotalInTaxCurrency: Money?
    /// The exchange rate BT-111 was computed with.
    public let taxCurrencyExchangeRate: ExactDecimal?
    /// BT-112 = BT-109 + BT-110.
    public let grandTotal: Money
    /// BT-113.
    public let paidAmount: Money
    /// BT-114.
    public let roundingAmount: Money
    /// BT-115 = BT-112 − BT-113 + BT-114.
    public let amountDue: Money
}

/// One line of the VAT breakdown (BG-23).
public struct VATBreakdown: Sendable, Hashable, Codable {
    public let vat: VATClassification
    /// BT-116: line nets + charges − allowances of this category and rate.
    public let taxableAmount: Money
    /// BT-117 = BT-116 × rate / 100, rounded ("add, then apply").
    public let taxAmount: Money
    /// BT-117 in the tax currency, when there is one.
    public let taxAmountInTaxCurrency: Money?
    /// BT-120 / BT-121.
    public let exemptionReason: ExemptionReason?
}
