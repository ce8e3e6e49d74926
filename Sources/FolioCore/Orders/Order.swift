/// Order data: what a quote, an invoice or a credit note is made from.
public struct Order: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case quote
        case invoice
        case depositInvoice = "deposit-invoice"
        case creditNote = "credit-note"

        /// `Deposit invoice`.
        public var title: String {
            switch self {
            case .quote: "Quote"
            case .invoice: "Invoice"
            case .depositInvoice: "Deposit invoice"
            case .creditNote: "Credit note"
            }
        }

        /// The kind in a sentence, with its article: « an invoice », « a quote », « a credit note ».
        public var withArticle: String {
            let name = title.lowercased()
            return (name.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + name
        }
    }

    public var kind: Kind
    /// The document date (issue date of an invoice, date of a quote).
    public var date: CalendarDate
    /// Date of supply or completion (CGI ann. II art. 242 nonies A, I-7°), when it differs from `date`.
    public var deliveryDate: CalendarDate?
    public var currency: Currency
    /// The rate to state the VAT in euros when `currency` is not the euro.
    public var taxCurrency: TaxCurrency?
    /// Nil: the company whose profile the order is computed with (``CompanyProfile/seller(agreeingWith:)``).
    public var seller: Party?
    public var buyer: Party
    public var lines: [OrderLine]
    public var allowancesAndCharges: [OrderAdjustment]
    /// Nil: as the company's sales rules say, else false.
    public var pricesIncludeVAT: Bool?
    /// Amounts already paid other than deposit invoices (BT-113).
    public var paidAmount: ExactDecimal
    /// Balance invoices: the deposit invoices deducted.
    public var deposits: [DeductedDeposit]
    /// Nil: the statutory default (30 days after delivery).
    public var paymentTerms: PaymentTerms?
    /// Nil: the statutory default (ECB rate + 10 points).
    public var penaltyRule: PenaltyRule?
    /// The early-payment discount conditions, nil when there is none.
    public var earlyPaymentDiscount: String?
    /// Quotes: how long they can be accepted.
    public var validity: QuoteValidity?
    /// Quotes and deposit invoices: deposit at signature, percent of the total including VAT.
    public var depositPercent: ExactDecimal?
    /// How the client pays (the terms may charge a fee for it).
    public var paymentMethod: PaymentMethod?
    /// Rejected direct debits to charge for on this document.
    public var rejectedDirectDebits: Int
    /// Unit prices revised on an index (SYNTEC) before anything is computed.
    public var priceRevision: PriceRevision?
    /// Credit notes: the invoice corrected.
    public var creditedInvoice: DocumentReference?
    /// Invoices and deposit invoices made from a quote: that quote.
    public var quote: DocumentReference?
    /// The buyer's own reference for the order, to quote on the invoice (BT-10).
    public var buyerReference: String?
    /// The buyer's purchase order number (BT-13).
    public var purchaseOrderReference: String?
    /// The contract the supply is made under (BT-12).
    public var contractReference: String?
    /// Where the goods are delivered, when not at the buyer's address (BG-15).
    // CGI ann. II art. 242 nonies A, as amended for the e-invoicing reform: the delivery address when it differs.
    public var deliveryAddress: Address?
    /// Goods, services or both, when the lines do not show it (a deposit invoice's lines are per VAT rate).
    public var operationNatures: Set<SupplyNature>?
    /// BT-114 stated rather than computed: the cent a deposit invoice at a single VAT rate carries so
    /// that its amount due is the deposit (``DepositAllocation``). Never read from order data.
    public var statedRoundingAmount: ExactDecimal?
    /// A consumer's contract: concluded at a distance, off premises or on premises (it decides the
    /// right of withdrawal); required on a quote to a consumer, refused for a business buyer.
    public var saleChannel: SaleChannel?

    /// What the operation supplies: `operationNatures`, else the lines' natures.
    public var natures: Set<SupplyNature> { operationNatures ?? Set(lines.map(\.nature)) }

    public init(kind: Kind, date: CalendarDate, deliveryDate: CalendarDate? = nil, currency: Currency,
                taxCurrency: TaxCurrency? = nil, seller: Party? = nil, buyer: Party, lines: [OrderLine],
                allowancesAndCharges: [OrderAdjustment] = [], pricesIncludeVAT: Bool? = nil,
                paidAmount: ExactDecimal = .zero, deposits: [DeductedDeposit] = [], paymentTerms: PaymentTerms? = nil, penaltyRule: PenaltyRule? = nil,
                earlyPaymentDiscount: String? = nil, validity: QuoteValidity? = nil, depositPercent: ExactDecimal? = nil,
                paymentMethod: PaymentMethod? = nil, rejectedDirectDebits: Int = 0, priceRevision: PriceRevision? = nil,
                creditedInvoice: DocumentReference? = nil, quote: DocumentReference? = nil) {
        self.kind = kind
        self.date = date
        self.deliveryDate = deliveryDate
        self.currency = currency
        self.taxCurrency = taxCurrency
        self.seller = seller
        self.buyer = buyer
        self.lines = lines
        self.allowancesAndCharges = allowancesAndCharges
        self.pricesIncludeVAT = pricesIncludeVAT
        self.paidAmount = paidAmount
        self.deposits = deposits
        self.paymentTerms = paymentTerms
        self.penaltyRule = penaltyRule
        self.earlyPaymentDiscount = earlyPaymentDiscount
        self.validity = validity
        self.depositPercent = depositPercent
        self.paymentMethod = paymentMethod
        self.rejectedDirectDebits = rejectedDirectDebits
        self.priceRevision = priceRevision
        self.creditedInvoice = creditedInvoice
        self.quote = quote
    }

    /// The supply is dated by the invoice's own date, as the order says (`deliveryDate: same-as-invoice`).
    public var deliveryDateIsInvoiceDate = false
    /// The service period the document covers (BG-14).
    public var period: ServicePeriod?

    /// The tax point: the date of supply when given, the end of the service period, else the document date.
    public var taxPointDate: CalendarDate { deliveryDate ?? period?.end ?? date }

    /// How the supply is dated, when the order says it: a day, the invoice's date, or a period (every
    /// line's period, when the document has none, counts too: the last line's end).
    public var supplyDate: SupplyDate? {
        if let deliveryDate { return .on(deliveryDate) }
        if deliveryDateIsInvoiceDate { return .invoiceDate }
        if let period { return .period(period) }
        let periods = lines.compactMap(\.period)
        if !lines.isEmpty, periods.count == lines.count, let start = periods.map(\.start).min(), let end = periods.map(\.end).max() {
            return (try? ServicePeriod(start: start, end: end)).map(SupplyDate.period)
        }
        return nil
    }

    /// True between businesses: the L441-10 caps, the legal penalty floor and the 40 € indemnity apply.
    public var isBusinessToBusiness: Bool { (seller?.isBusiness ?? true) && buyer.isBusiness }
}

/// One line of order data.
public struct OrderLine: Sendable, Hashable {
    public var id: String?
    public var description: String
    public var quantity: ExactDecimal
    public var unitCode: String
    public var unitPrice: ExactDecimal
    public var baseQuantity: ExactDecimal
    /// The French VAT rate in percent, for lines taxed at a rate; ignored when the regime exempts the sale.
    public var vatRate: ExactDecimal?
    /// An explicit category for a domestic line that is zero-rated or exempt (Z, E).
    public var vatCategory: VATCategory?
    /// The exemption's legal basis, for an explicit E line.
    public var exemptionReason: String?
    public var nature: SupplyNature
    public var allowancesAndCharges: [AllowanceCharge]
    /// The period the line's service covers (BG-26): a subscription's month.
    public var period: ServicePeriod?
    /// An item of the terms' price list (``SalesRules/priceList``) the line takes its unit price and unit from.
    public var priceListItem: String?
    /// The depreciation of returned equipment the line invoices, from the terms' grid (``SalesRules/depreciation``).
    public var depreciation: LineDepreciation?

    public init(id: String? = nil, description: String, quantity: ExactDecimal, unitCode: String = "C62",
                unitPrice: ExactDecimal, baseQuantity: ExactDecimal = 1, vatRate: ExactDecimal? = nil,
                vatCategory: VATCategory? = nil, exemptionReason: String? = nil, nature: SupplyNature = .goods,
                allowancesAndCharges: [AllowanceCharge] = [], priceListItem: String? = nil,
                depreciation: LineDepreciation? = nil) {
        self.priceListItem = priceListItem
        self.depreciation = depreciation
        self.id = id
        self.description = description
        self.quantity = quantity
        self.unitCode = unitCode
        self.unitPrice = unitPrice
        self.baseQuantity = baseQuantity
        self.vatRate = vatRate
        self.vatCategory = vatCategory
        self.exemptionReason = exemptionReason
        self.nature = nature
        self.allowancesAndCharges = allowancesAndCharges
    }
}

/// A document-level allowance or charge in order data; its VAT follows the lines' when not given.
public struct OrderAdjustment: Sendable, Hashable {
    public var kind: AllowanceCharge.Kind
    public var value: AllowanceCharge.Value
    public var vatRate: ExactDecimal?
    public var nature: SupplyNature?
    public var reason: String?
    /// Set when the terms of sale added it (not the order data).
    public var origin: AdjustmentOrigin?
    /// The amount includes VAT (a fee the terms state « TTC »); otherwise a charge the terms add is net.
    public var includesVAT: Bool

    public init(kind: AllowanceCharge.Kind, value: AllowanceCharge.Value, vatRate: ExactDecimal? = nil,
                nature: SupplyNature? = nil, reason: String? = nil, origin: AdjustmentOrigin? = nil,
                includesVAT: Bool = false) {
        self.kind = kind
        self.value = value
        self.vatRate = vatRate
        self.nature = nature
        self.reason = reason
        self.origin = origin
        self.includesVAT = includesVAT
    }
}

/// Which rule of the terms of sale added a charge, so documents can say it in their language.
public enum AdjustmentOrigin: Sendable, Hashable {
    /// The order's net total was below this amount.
    case smallOrder(below: ExactDecimal)
    case paymentMethod(PaymentMethod)
    /// `count` rejected direct debits at `each` net.
    case rejectedDirectDebits(count: Int, each: ExactDecimal)
}
