import FolioCore

/// Writes an ``EInvoice`` as a UBL 2.1 `Invoice`, or a `CreditNote` for a credit-note type code, in the
/// element order of the UBL 2.1 schemas (UBL is order-sensitive) and with the EN 16931 UBL binding.
///
/// Note subject codes lead their note's text (``UBLNote``); a credit note's due date (BT-9) goes in
/// its payment means, since a UBL 2.1 `CreditNote` has no `DueDate`.
public enum UBLWriter {
    /// The XML bytes (UTF-8) of `invoice`.
    public static func xml(_ invoice: EInvoice) -> [UInt8] {
        let document = UBLDocument(invoice.typeCode)
        let money = AmountFormat(currency: invoice.currency)
        var xml = XMLWriter()
        let namespaces: KeyValuePairs<String, String> = [
            "xmlns": document.namespace,
            "xmlns:cac": UBLDocument.aggregateNamespace,
            "xmlns:cbc": UBLDocument.basicNamespace,
        ]
        xml.element(document.rootName, namespaces) { xml in
            header(&xml, invoice, document)
            references(&xml, invoice)
            xml.element("cac:AccountingSupplierParty") { party(&$0, invoice.seller) }
            xml.element("cac:AccountingCustomerParty") { party(&$0, invoice.buyer) }
            if let delivery = invoice.delivery { self.delivery(&xml, delivery) }
            payment(&xml, invoice, document)
            for adjustment in invoice.allowancesAndCharges { allowanceCharge(&xml, adjustment, money: money) }
            taxTotals(&xml, invoice, money: money)
            monetaryTotal(&xml, invoice.totals, money: money)
            for line in invoice.lines { self.line(&xml, line, document, money: money) }
        }
        return Array(xml.text.utf8)
    }

    /// From the specification identifier to the buyer reference: CustomizationID, ProfileID, ID,
    /// IssueDate, DueDate, the type code, Note, DocumentCurrencyCode, TaxCurrencyCode, BuyerReference.
    private static func header(_ xml: inout XMLWriter, _ invoice: EInvoice, _ document: UBLDocument) {
        xml.element("cbc:CustomizationID", invoice.specification)
        xml.element("cbc:ProfileID", invoice.businessProcess)
        xml.element("cbc:ID", invoice.number)
        xml.element("cbc:IssueDate", iso(invoice.issueDate))
        if document == .invoice { xml.element("cbc:DueDate", invoice.dueDate.map(iso)) }
        xml.element(document.typeCodeElement, invoice.typeCode.rawValue)
        for note in invoice.notes { xml.element("cbc:Note", UBLNote.text(note)) }
        xml.element("cbc:DocumentCurrencyCode", invoice.currency.code)
        xml.element("cbc:TaxCurrencyCode", invoice.taxCurrency?.code)
        xml.element("cbc:BuyerReference", invoice.buyerReference)
    }

    /// BG-14, BT-13, BG-3 and BT-12, in that order.
    private static func references(_ xml: inout XMLWriter, _ invoice: EInvoice) {
        if let period = invoice.invoicingPeriod { self.period(&xml, period) }
        if let order = invoice.purchaseOrderReference {
            xml.element("cac:OrderReference") { $0.element("cbc:ID", order) }
        }
        for preceding in invoice.precedingInvoices {
            xml.element("cac:BillingReference") { xml in
                xml.element("cac:InvoiceDocumentReference") { xml in
                    xml.element("cbc:ID", preceding.number)
                    xml.element("cbc:IssueDate", preceding.date.map(iso))
                }
            }
        }
        if let contract = invoice.contractReference {
            xml.element("cac:ContractDocumentReference") { $0.element("cbc:ID", contract) }
        }
    }

    /// BG-13: the delivery date, the place (BG-15) and the name of the party delivered to (BT-70).
    private static func delivery(_ xml: inout XMLWriter, _ delivery: EInvoiceDelivery) {
        xml.element("cac:Delivery") { xml in
            xml.element("cbc:ActualDeliveryDate", delivery.date.map(iso))
            if let address = delivery.address {
                xml.element("cac:DeliveryLocation") { self.address(&$0, "cac:Address", address) }
            }
            if let name = delivery.partyName {
                xml.element("cac:DeliveryParty") { xml in
                    xml.element("cac:PartyName") { $0.element("cbc:Name", name) }
                }
            }
        }
    }

    /// BG-16 and BT-20; a credit note's due date (BT-9) too.
    private static func payment(_ xml: inout XMLWriter, _ invoice: EInvoice, _ document: UBLDocument) {
        let dueDate = document == .creditNote ? invoice.dueDate : nil
        if let payment = invoice.paymentInstructions {
            xml.element("cac:PaymentMeans") { xml in
                if let text = payment.meansText {
                    xml.element("cbc:PaymentMeansCode", payment.meansCode, ["name": text])
                } else {
                    xml.element("cbc:PaymentMeansCode", payment.meansCode)
                }
                xml.element("cbc:PaymentDueDate", dueDate.map(iso))
                xml.element("cbc:PaymentID", payment.remittanceInformation)
                if let account = payment.accountIdentifier {
                    xml.element("cac:PayeeFinancialAccount") { xml in
                        xml.element("cbc:ID", account)
                        xml.element("cbc:Name", payment.accountName)
                        if let bic = payment.serviceProvider {
                            xml.element("cac:FinancialInstitutionBranch") { $0.element("cbc:ID", bic) }
                        }
                    }
                }
            }
        } else if let dueDate {
            // A credit note's due date needs payment means to sit in: « 1 », instrument not defined.
            // UNTDID 4461, code 1.
            xml.element("cac:PaymentMeans") { xml in
                xml.element("cbc:PaymentMeansCode", UBLWriter.undefinedPaymentMeans)
                xml.element("cbc:PaymentDueDate", iso(dueDate))
            }
        }
        if let terms = invoice.paymentTerms {
            xml.element("cac:PaymentTerms") { $0.element("cbc:Note", terms) }
        }
    }

    /// The payment means code written only to carry a credit note's due date (UNTDID 4461: instrument
    /// not defined); the reader gives no payment instructions for it when it has nothing else.
    static let undefinedPaymentMeans = "1"

    /// BT-110 with the VAT breakdown (BG-23) in the document's currency, then BT-111 in the tax currency.
    private static func taxTotals(_ xml: inout XMLWriter, _ invoice: EInvoice, money: AmountFormat) {
        let currency: KeyValuePairs<String, String> = ["currencyID": invoice.currency.code]
        // UBL needs a TaxAmount over the breakdown: without BT-110 it is the sum BR-CO-14 requires.
        let total = invoice.totals.taxTotal ?? invoice.vatBreakdown.reduce(ExactDecimal.zero) { $0 + $1.taxAmount }
        xml.element("cac:TaxTotal") { xml in
            xml.element("cbc:TaxAmount", money(total), currency)
            for entry in invoice.vatBreakdown {
                xml.element("cac:TaxSubtotal") { xml in
                    xml.element("cbc:TaxableAmount", money(entry.taxableAmount), currency)
                    xml.element("cbc:TaxAmount", money(entry.taxAmount), currency)
                    taxCategory(&xml, "cac:TaxCategory", entry.vat,
                                exemptionReasonCode: entry.exemptionReasonCode, exemptionReason: entry.exemptionReason)
                }
            }
        }
        if let other = invoice.taxCurrency, let amount = invoice.taxTotalInTaxCurrency {
            xml.element("cac:TaxTotal") { xml in
                xml.element("cbc:TaxAmount", AmountFormat(currency: other)(amount), ["currencyID": other.code])
            }
        }
    }

    /// BG-22.
    private static func monetaryTotal(_ xml: inout XMLWriter, _ totals: EInvoiceTotals, money: AmountFormat) {
        let currency: KeyValuePairs<String, String> = ["currencyID": money.currency.code]
        xml.element("cac:LegalMonetaryTotal") { xml in
            xml.element("cbc:LineExtensionAmount", money(totals.lineTotal), currency)
            xml.element("cbc:TaxExclusiveAmount", money(totals.taxExclusiveTotal), currency)
            xml.element("cbc:TaxInclusiveAmount", money(totals.grandTotal), currency)
            xml.element("cbc:AllowanceTotalAmount", totals.allowanceTotal.map(money.callAsFunction), currency)
            xml.element("cbc:ChargeTotalAmount", totals.chargeTotal.map(money.callAsFunction), currency)
            xml.element("cbc:PrepaidAmount", totals.paidAmount.map(money.callAsFunction), currency)
            xml.element("cbc:PayableRoundingAmount", totals.roundingAmount.map(money.callAsFunction), currency)
            xml.element("cbc:PayableAmount", money(totals.amountDue), currency)
        }
    }

    /// BG-14 / BG-26.
    static func period(_ xml: inout XMLWriter, _ period: EInvoicePeriod) {
        xml.element("cac:InvoicePeriod") { xml in
            xml.element("cbc:StartDate", period.start.map(iso))
            xml.element("cbc:EndDate", period.end.map(iso))
        }
    }
}
