import FolioCore

/// Reads a received UBL 2.1 `Invoice` or `CreditNote` into an ``EInvoice``: every term the model has,
/// amounts as stated (exact decimals, never recomputed), with the EN 16931 UBL binding.
///
/// Optional elements may be absent and elements the model does not carry are skipped. A missing
/// mandatory term, a malformed amount or date, an unknown currency or VAT category is an
/// ``EInvoiceReadError`` naming the business term and the element path: « BT-1 (cbc:ID): missing ».
enum UBLReader {
    /// The invoice `root` (the document's root element) states; `source` names it in errors.
    static func read(_ root: XMLTree, source: String) throws(EInvoiceReadError) -> EInvoice {
        guard let document = UBLDocument(rootName: root.name) else {
            throw EInvoiceReadError(source: source, "the root element is \(root.name), not a UBL Invoice or CreditNote")
        }
        if let namespace = root.namespace, !namespace.isEmpty, namespace != document.namespace {
            throw EInvoiceReadError(source: source, "the root element \(root.name) is in the namespace \(namespace), not \(document.namespace)")
        }
        let node = UBLNode(tree: root, path: "", source: source)
        let currency = try Self.currency(node, "BT-5", "cbc:DocumentCurrencyCode")
        guard let currency else { throw node.error("BT-5", "cbc:DocumentCurrencyCode", "missing") }
        let taxCurrency = try Self.currency(node, "BT-6", "cbc:TaxCurrencyCode")
        let taxTotals = try Self.taxTotals(node, currency: currency, taxCurrency: taxCurrency)

        var invoice = EInvoice(
            number: try node.required("BT-1", "cbc:ID"),
            issueDate: try node.requiredDate("BT-2", "cbc:IssueDate"),
            typeCode: InvoiceTypeCode(rawValue: try node.required("BT-3", document.typeCodeElement)),
            currency: currency,
            taxCurrency: taxCurrency, taxTotalInTaxCurrency: taxTotals.inTaxCurrency,
            businessProcess: node.text("cbc:ProfileID"),
            specification: try node.required("BT-24", "cbc:CustomizationID"),
            notes: node.children("cbc:Note").compactMap { $0.text() }.map(UBLNote.note),
            buyerReference: node.text("cbc:BuyerReference"),
            contractReference: node.text("cac:ContractDocumentReference/cbc:ID"),
            purchaseOrderReference: node.text("cac:OrderReference/cbc:ID"),
            precedingInvoices: try precedingInvoices(node),
            seller: try party(node, .seller),
            buyer: try party(node, .buyer),
            delivery: try delivery(node),
            invoicingPeriod: try period(node.first("cac:InvoicePeriod"), start: "BT-73", end: "BT-74"),
            paymentInstructions: try paymentInstructions(node),
            paymentTerms: node.text("cac:PaymentTerms/cbc:Note"),
            dueDate: try dueDate(node),
            lines: [],
            vatBreakdown: taxTotals.breakdown,
            totals: try totals(node, taxTotal: taxTotals.total))
        for line in node.children(document.lineElement) { invoice.lines.append(try self.line(line)) }
        for adjustment in node.children("cac:AllowanceCharge") {
            invoice.allowancesAndCharges.append(try allowanceCharge(adjustment, onLine: false))
        }
        return invoice
    }

    /// An ISO 4217 currency code Folio knows, nil when absent.
    static func currency(_ node: UBLNode, _ term: String, _ path: String) throws(EInvoiceReadError) -> Currency? {
        guard let code = node.text(path) else { return nil }
        guard let currency = Currency(code: code) else { throw node.error(term, path, "\"\(code)\" is not an ISO 4217 currency code") }
        return currency
    }

    /// BG-3: the invoices this one refers to, each with its number (BT-25) and date (BT-26).
    private static func precedingInvoices(_ node: UBLNode) throws(EInvoiceReadError) -> [PrecedingInvoice] {
        var references: [PrecedingInvoice] = []
        for reference in node.all("cac:BillingReference/cac:InvoiceDocumentReference") {
            let number = try reference.required("BT-25", "cbc:ID")
            // BT-26 is optional (0..1 in EN 16931).
            references.append(PrecedingInvoice(number: number, date: try reference.date("BT-26", "cbc:IssueDate")))
        }
        return references
    }

    /// BG-13, from the first `cac:Delivery`; nil when it states none of BT-70, BT-72 and BG-15.
    private static func delivery(_ node: UBLNode) throws(EInvoiceReadError) -> EInvoiceDelivery? {
        guard let delivery = node.first("cac:Delivery") else { return nil }
        var address: EInvoiceAddress?
        if let location = delivery.first("cac:DeliveryLocation/cac:Address") { address = try Self.address(location, country: "BT-80") }
        let result = EInvoiceDelivery(partyName: delivery.text("cac:DeliveryParty/cac:PartyName/cbc:Name"),
                                      date: try delivery.date("BT-72", "cbc:ActualDeliveryDate"), address: address)
        return result == EInvoiceDelivery() ? nil : result
    }

    /// BG-14 or BG-26; nil when neither day is stated.
    static func period(_ node: UBLNode?, start: String, end: String) throws(EInvoiceReadError) -> EInvoicePeriod? {
        guard let node else { return nil }
        let period = EInvoicePeriod(start: try node.date(start, "cbc:StartDate"), end: try node.date(end, "cbc:EndDate"))
        return period.start == nil && period.end == nil ? nil : period
    }

    /// BG-16 from the first `cac:PaymentMeans` (EN 16931 has one). Nil when there is none, or when it
    /// only carries code 1 (instrument not defined) and a due date: how ``UBLWriter`` places a credit
    /// note's due date when there is nothing to pay by.
    private static func paymentInstructions(_ node: UBLNode) throws(EInvoiceReadError) -> PaymentInstructions? {
        guard let means = node.first("cac:PaymentMeans") else { return nil }
        let code = try means.required("BT-81", "cbc:PaymentMeansCode")
        let account = means.first("cac:PayeeFinancialAccount")
        let instructions = PaymentInstructions(
            meansCode: code, meansText: means.attribute("name", at: "cbc:PaymentMeansCode"),
            remittanceInformation: means.text("cbc:PaymentID"),
            accountIdentifier: account?.text("cbc:ID"), accountName: account?.text("cbc:Name"),
            serviceProvider: account?.text("cac:FinancialInstitutionBranch/cbc:ID"))
        return instructions == PaymentInstructions(meansCode: UBLWriter.undefinedPaymentMeans) ? nil : instructions
    }

    /// BT-9: an invoice's `cbc:DueDate`, else (a credit note's place for it) the payment means' due date.
    private static func dueDate(_ node: UBLNode) throws(EInvoiceReadError) -> CalendarDate? {
        if let due = try node.date("BT-9", "cbc:DueDate") { return due }
        for means in node.children("cac:PaymentMeans") {
            if let due = try means.date("BT-9", "cbc:PaymentDueDate") { return due }
        }
        return nil
    }

    /// BG-22, with BT-110 from the tax totals.
    private static func totals(_ node: UBLNode, taxTotal: ExactDecimal?) throws(EInvoiceReadError) -> EInvoiceTotals {
        let path = "cac:LegalMonetaryTotal/"
        return EInvoiceTotals(
            lineTotal: try node.requiredDecimal("BT-106", path + "cbc:LineExtensionAmount"),
            allowanceTotal: try node.decimal("BT-107", path + "cbc:AllowanceTotalAmount"),
            chargeTotal: try node.decimal("BT-108", path + "cbc:ChargeTotalAmount"),
            taxExclusiveTotal: try node.requiredDecimal("BT-109", path + "cbc:TaxExclusiveAmount"),
            taxTotal: taxTotal,
            grandTotal: try node.requiredDecimal("BT-112", path + "cbc:TaxInclusiveAmount"),
            paidAmount: try node.decimal("BT-113", path + "cbc:PrepaidAmount"),
            roundingAmount: try node.decimal("BT-114", path + "cbc:PayableRoundingAmount"),
            amountDue: try node.requiredDecimal("BT-115", path + "cbc:PayableAmount"))
    }
}
