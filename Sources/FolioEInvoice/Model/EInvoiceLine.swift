import FolioCore

/// BG-25: an invoice line, with its amounts as stated.
public struct EInvoiceLine: Sendable, Hashable {
    /// BT-126.
    public var id: String
    /// BT-127.
    public var note: String?
    /// BT-153.
    public var name: String
    /// BT-154.
    public var description: String?
    /// BT-155.
    public var sellerItemID: String?
    /// BT-129.
    public var quantity: ExactDecimal
    /// BT-130 (UN/ECE Recommendation 20).
    public var unitCode: String
    /// BT-146: the net price of `baseQuantity` units.
    public var netPrice: ExactDecimal
    /// BT-148 and BT-147: the gross price and the discount on it, when stated.
    public var grossPrice: ExactDecimal?
    public var priceDiscount: ExactDecimal?
    /// BT-149.
    public var baseQuantity: ExactDecimal?
    /// BT-131.
    public var netAmount: ExactDecimal
    /// BG-27 / BG-28.
    public var allowancesAndCharges: [EInvoiceAllowanceCharge]
    /// BT-151 / BT-152.
    public var vat: VATClassification
    /// BG-26.
    public var period: EInvoicePeriod?

    public init(id: String, note: String? = nil, name: String, description: String? = nil, sellerItemID: String? = nil,
                quantity: ExactDecimal, unitCode: String, netPrice: ExactDecimal, grossPrice: ExactDecimal? = nil,
                priceDiscount: ExactDecimal? = nil, baseQuantity: ExactDecimal? = nil, netAmount: ExactDecimal,
                allowancesAndCharges: [EInvoiceAllowanceCharge] = [], vat: VATClassification, period: EInvoicePeriod? = nil) {
        self.id = id
        self.note = note
        self.name = name
        self.description = description
        self.sellerItemID = sellerItemID
        self.quantity = quantity
        self.unitCode = unitCode
        self.netPrice = netPrice
        self.grossPrice = grossPrice
        self.priceDiscount = priceDiscount
        self.baseQuantity = baseQuantity
        self.netAmount = netAmount
        self.allowancesAndCharges = allowancesAndCharges
        self.vat = vat
        self.period = period
    }
}

/// BG-20 / BG-21 (document) or BG-27 / BG-28 (line): an allowance or a charge.
public struct EInvoiceAllowanceCharge: Sendable, Hashable {
    public var kind: AllowanceCharge.Kind
    /// BT-92 / BT-99 / BT-136 / BT-141.
    public var amount: ExactDecimal
    /// BT-93 / BT-100 / BT-137 / BT-142.
    public var baseAmount: ExactDecimal?
    /// BT-94 / BT-101 / BT-138 / BT-143.
    public var percent: ExactDecimal?
    /// BT-95 / BT-102 (documents only; a line's use the line's VAT).
    public var vat: VATClassification?
    /// BT-97 / BT-104 / BT-139 / BT-144.
    public var reason: String?
    /// BT-98 / BT-105 / BT-140 / BT-145 (UNTDID 5189 for allowances, 7161 for charges).
    public var reasonCode: String?

    public init(kind: AllowanceCharge.Kind, amount: ExactDecimal, baseAmount: ExactDecimal? = nil, percent: ExactDecimal? = nil,
                vat: VATClassification? = nil, reason: String? = nil, reasonCode: String? = nil) {
        self.kind = kind
        self.amount = amount
        self.baseAmount = baseAmount
        self.percent = percent
        self.vat = vat
        self.reason = reason
        self.reasonCode = reasonCode
    }
}

/// BG-23: one VAT category and rate.
public struct EInvoiceVATBreakdown: Sendable, Hashable {
    public var vat: VATClassification
    /// BT-116.
    public var taxableAmount: ExactDecimal
    /// BT-117.
    public var taxAmount: ExactDecimal
    /// BT-120 / BT-121.
    public var exemptionReason: String?
    public var exemptionReasonCode: String?
    public init(vat: VATClassification, taxableAmount: ExactDecimal, taxAmount: ExactDecimal,
                exemptionReason: String? = nil, exemptionReasonCode: String? = nil) {
        self.vat = vat
        self.taxableAmount = taxableAmount
        self.taxAmount = taxAmount
        self.exemptionReason = exemptionReason
        self.exemptionReasonCode = exemptionReasonCode
    }
}

/// BG-22: the document totals as stated.
public struct EInvoiceTotals: Sendable, Hashable {
    /// BT-106.
    public var lineTotal: ExactDecimal
    /// BT-107.
    public var allowanceTotal: ExactDecimal?
    /// BT-108.
    public var chargeTotal: ExactDecimal?
    /// BT-109.
    public var taxExclusiveTotal: ExactDecimal
    /// BT-110.
    public var taxTotal: ExactDecimal?
    /// BT-112.
    public var grandTotal: ExactDecimal
    /// BT-113.
    public var paidAmount: ExactDecimal?
    /// BT-114.
    public var roundingAmount: ExactDecimal?
    /// BT-115.
    public var amountDue: ExactDecimal

    public init(lineTotal: ExactDecimal, allowanceTotal: ExactDecimal? = nil, chargeTotal: ExactDecimal? = nil,
                taxExclusiveTotal: ExactDecimal, taxTotal: ExactDecimal?, grandTotal: ExactDecimal, paidAmount: ExactDecimal? = nil,
                roundingAmount: ExactDecimal? = nil, amountDue: ExactDecimal) {
        self.lineTotal = lineTotal
        self.allowanceTotal = allowanceTotal
        self.chargeTotal = chargeTotal
        self.taxExclusiveTotal = taxExclusiveTotal
        self.taxTotal = taxTotal
        self.grandTotal = grandTotal
        self.paidAmount = paidAmount
        self.roundingAmount = roundingAmount
        self.amountDue = amountDue
    }
}
