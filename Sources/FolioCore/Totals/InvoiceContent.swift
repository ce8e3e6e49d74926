/// What the totals are computed from: lines, document allowances and charges, and amounts paid.
public struct InvoiceContent: Sendable, Hashable {
    /// BT-5.
    public var currency: Currency
    public var lines: [InvoiceLine]
    /// BG-20 and BG-21, each with its VAT.
    public var allowancesAndCharges: [AllowanceCharge]
    /// True when unit prices and amounts of allowances and charges include VAT (webshop prices):
    /// they are converted to net amounts, and the difference between the total the customer was
    /// shown and the EN 16931 total is carried in the rounding amount (BT-114).
    public var pricesIncludeVAT: Bool
    /// BT-113: deposits and other amounts already paid.
    public var paidAmount: ExactDecimal
    /// BT-114 when stated by an existing invoice; nil to let the calculator decide (zero, or the
    /// difference left by prices including VAT).
    public var statedRoundingAmount: ExactDecimal?
    /// The exemption reason (BT-120 text, BT-121 code) of each exempt category in the document.
    public var exemptionReasons: [VATCategory: ExemptionReason]
    /// BT-6 with its exchange rate, when the VAT total must also be stated in another currency
    /// (CGI art. 289-IV: in euros).
    public var taxCurrency: TaxCurrency?

    public init(currency: Currency, lines: [InvoiceLine], allowancesAndCharges: [AllowanceCharge] = [],
                pricesIncludeVAT: Bool = false, paidAmount: ExactDecimal = .zero,
                statedRoundingAmount: ExactDecimal? = nil,
                exemptionReasons: [VATCategory: ExemptionReason] = [:], taxCurrency: TaxCurrency? = nil) {
        self.currency = currency
        self.lines = lines
        self.allowancesAndCharges = allowancesAndCharges
        self.pricesIncludeVAT = pricesIncludeVAT
        self.paidAmount = paidAmount
        self.statedRoundingAmount = statedRoundingAmount
        self.exemptionReasons = exemptionReasons
        self.taxCurrency = taxCurrency
    }
}

/// Why a category carries no VAT: the text printed (BT-120) and the VATEX code (BT-121).
public struct ExemptionReason: Sendable, Hashable, Codable {
    public var text: String?
    public var code: String?

    public init(text: String?, code: String?) {
        self.text = text
        self.code = code
    }
}

/// A second currency the VAT total is stated in (BT-6), with the rate used.
public struct TaxCurrency: Sendable, Hashable, Codable {
    public var currency: Currency
    /// Units of `currency` for one unit of the invoice currency (e.g. 1 GBP = 1.1650 EUR).
    public var exchangeRate: ExactDecimal

    public init(currency: Currency, exchangeRate: ExactDecimal) {
        self.currency = currency
        self.exchangeRate = exchangeRate
    }
}
