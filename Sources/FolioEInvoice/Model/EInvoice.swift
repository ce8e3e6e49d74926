import FolioCore

/// An invoice or credit note as EN 16931 describes it: the semantic model both syntaxes carry
/// (UN/CEFACT CII for Factur-X, UBL 2.1), named after its business terms.
///
/// Folio builds one from the computed document it prints (``EInvoice/init(issued:profile:)``), writes
/// it as CII or UBL, and reads received ones back into it (``EInvoiceReader``). Amounts are exact
/// decimals as stated; nothing here computes them.
public struct EInvoice: Sendable, Hashable {
    /// BT-1: the invoice number.
    public var number: String
    /// BT-2.
    public var issueDate: CalendarDate
    /// BT-3.
    public var typeCode: InvoiceTypeCode
    /// BT-5.
    public var currency: Currency
    /// BT-6, with the VAT total in that currency (BT-111).
    public var taxCurrency: Currency?
    public var taxTotalInTaxCurrency: ExactDecimal?
    /// BT-23: the business process (in France the invoicing framework: B1, S1, M1, B4…).
    public var businessProcess: String?
    /// BT-24: the specification identifier (the CIUS or profile the invoice follows).
    public var specification: String
    /// BG-1.
    public var notes: [EInvoiceNote]
    /// BT-10.
    public var buyerReference: String?
    /// BT-12.
    public var contractReference: String?
    /// BT-13.
    public var purchaseOrderReference: String?
    /// BG-3: the invoices this one follows (a credit note's invoice, a balance invoice's deposits).
    public var precedingInvoices: [PrecedingInvoice]
    /// BG-4.
    public var seller: EInvoiceParty
    /// BG-7.
    public var buyer: EInvoiceParty
    /// BG-13: where and when the goods or services were delivered.
    public var delivery: EInvoiceDelivery?
    /// BG-14.
    public var invoicingPeriod: EInvoicePeriod?
    /// BG-16.
    public var paymentInstructions: PaymentInstructions?
    /// BT-20.
    public var paymentTerms: String?
    /// BT-9.
    public var dueDate: CalendarDate?
    /// BG-25.
    public var lines: [EInvoiceLine]
    /// BG-20 and BG-21.
    public var allowancesAndCharges: [EInvoiceAllowanceCharge]
    /// BG-23.
    public var vatBreakdown: [EInvoiceVATBreakdown]
    /// BG-22.
    public var totals: EInvoiceTotals

    public init(number: String, issueDate: CalendarDate, typeCode: InvoiceTypeCode, currency: Currency,
                taxCurrency: Currency? = nil, taxTotalInTaxCurrency: ExactDecimal? = nil, businessProcess: String? = nil,
                specification: String = EInvoice.en16931, notes: [EInvoiceNote] = [], buyerReference: String? = nil,
                contractReference: String? = nil, purchaseOrderReference: String? = nil,
                precedingInvoices: [PrecedingInvoice] = [], seller: EInvoiceParty, buyer: EInvoiceParty,
                delivery: EInvoiceDelivery? = nil, invoicingPeriod: EInvoicePeriod? = nil,
                paymentInstructions: PaymentInstructions? = nil, paymentTerms: String? = nil, dueDate: CalendarDate? = nil,
                lines: [EInvoiceLine], allowancesAndCharges: [EInvoiceAllowanceCharge] = [],
                vatBreakdown: [EInvoiceVATBreakdown], totals: EInvoiceTotals) {
        self.number = number
        self.issueDate = issueDate
        self.typeCode = typeCode
        self.currency = currency
        self.taxCurrency = taxCurrency
        self.taxTotalInTaxCurrency = taxTotalInTaxCurrency
        self.businessProcess = businessProcess
        self.specification = specification
        self.notes = notes
        self.buyerReference = buyerReference
        self.contractReference = contractReference
        self.purchaseOrderReference = purchaseOrderReference
        self.precedingInvoices = precedingInvoices
        self.seller = seller
        self.buyer = buyer
        self.delivery = delivery
        self.invoicingPeriod = invoicingPeriod
        self.paymentInstructions = paymentInstructions
        self.paymentTerms = paymentTerms
        self.dueDate = dueDate
        self.lines = lines
        self.allowancesAndCharges = allowancesAndCharges
        self.vatBreakdown = vatBreakdown
        self.totals = totals
    }

    /// The EN 16931 core specification identifier (BT-24), the Factur-X « EN 16931 » profile's.
    public static let en16931 = "urn:cen.eu:en16931:2017"
}

/// BT-3: the kind of document (UNTDID 1001).
public struct InvoiceTypeCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A commercial invoice.
    public static let invoice = InvoiceTypeCode(rawValue: "380")
    /// A credit note.
    public static let creditNote = InvoiceTypeCode(rawValue: "381")
    /// A corrected invoice.
    public static let corrected = InvoiceTypeCode(rawValue: "384")
    /// A prepayment (deposit) invoice.
    public static let prepayment = InvoiceTypeCode(rawValue: "386")

    /// The credit-note codes of UNTDID 1001 EN 16931 accepts (a UBL CreditNote carries one of them).
    public var isCreditNote: Bool { ["81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"].contains(rawValue) }

    public var description: String { rawValue }
}

/// BG-3: an invoice this one follows, by its number (BT-25) and, when stated, its date (BT-26).
public struct PrecedingInvoice: Sendable, Hashable {
    public var number: String
    public var date: CalendarDate?
    public init(number: String, date: CalendarDate?) {
        self.number = number
        self.date = date
    }
    public init(_ reference: DocumentReference) {
        self.init(number: reference.number, date: reference.date)
    }
}

/// BG-1: a note, with its subject (UNTDID 4451: PMT, PMD, AAB…).
public struct EInvoiceNote: Sendable, Hashable {
    public var subjectCode: String?
    public var text: String
    public init(subjectCode: String?, text: String) {
        self.subjectCode = subjectCode
        self.text = text
    }
}

/// BG-14 / BG-26: a period with a first and a last day.
public struct EInvoicePeriod: Sendable, Hashable {
    public var start: CalendarDate?
    public var end: CalendarDate?
    public init(start: CalendarDate?, end: CalendarDate?) {
        self.start = start
        self.end = end
    }
}

/// BG-13: delivery.
public struct EInvoiceDelivery: Sendable, Hashable {
    /// BT-70.
    public var partyName: String?
    /// BT-72.
    public var date: CalendarDate?
    /// BG-15.
    public var address: EInvoiceAddress?
    public init(partyName: String? = nil, date: CalendarDate? = nil, address: EInvoiceAddress? = nil) {
        self.partyName = partyName
        self.date = date
        self.address = address
    }
}

/// BG-16: how to pay.
public struct PaymentInstructions: Sendable, Hashable {
    /// BT-81 (UNTDID 4461): 30 credit transfer, 58 SEPA credit transfer, 59 SEPA direct debit, 48 card, 20 cheque.
    public var meansCode: String
    /// BT-82.
    public var meansText: String?
    /// BT-83: the reference the payer quotes.
    public var remittanceInformation: String?
    /// BT-84.
    public var accountIdentifier: String?
    /// BT-85.
    public var accountName: String?
    /// BT-86.
    public var serviceProvider: String?
    public init(meansCode: String, meansText: String? = nil, remittanceInformation: String? = nil,
                accountIdentifier: String? = nil, accountName: String? = nil, serviceProvider: String? = nil) {
        self.meansCode = meansCode
        self.meansText = meansText
        self.remittanceInformation = remittanceInformation
        self.accountIdentifier = accountIdentifier
        self.accountName = accountName
        self.serviceProvider = serviceProvider
    }
}
