import FolioCore

extension UBLWriter {
    /// BG-25 as an `InvoiceLine` or `CreditNoteLine`: ID, Note, the quantity, LineExtensionAmount,
    /// InvoicePeriod, AllowanceCharge, Item, Price.
    static func line(_ xml: inout XMLWriter, _ line: EInvoiceLine, _ document: UBLDocument, money: AmountFormat) {
        let currency: KeyValuePairs<String, String> = ["currencyID": money.currency.code]
        xml.element(document.lineElement) { xml in
            xml.element("cbc:ID", line.id)
            xml.element("cbc:Note", line.note)
            xml.element(document.quantityElement, decimal(line.quantity), ["unitCode": line.unitCode])
            xml.element("cbc:LineExtensionAmount", money(line.netAmount), currency)
            if let period = line.period { self.period(&xml, period) }
            // A line's allowances and charges take the line's VAT (BG-27, BG-28 have no category).
            for adjustment in line.allowancesAndCharges {
                allowanceCharge(&xml, EInvoiceAllowanceCharge(
                    kind: adjustment.kind, amount: adjustment.amount, baseAmount: adjustment.baseAmount,
                    percent: adjustment.percent, reason: adjustment.reason, reasonCode: adjustment.reasonCode), money: money)
            }
            xml.element("cac:Item") { xml in
                xml.element("cbc:Description", line.description)
                xml.element("cbc:Name", line.name)
                if let sellerID = line.sellerItemID {
                    xml.element("cac:SellersItemIdentification") { $0.element("cbc:ID", sellerID) }
                }
                taxCategory(&xml, "cac:ClassifiedTaxCategory", line.vat)
            }
            xml.element("cac:Price") { xml in
                xml.element("cbc:PriceAmount", decimal(line.netPrice), currency)
                if let base = line.baseQuantity { xml.element("cbc:BaseQuantity", decimal(base), ["unitCode": line.unitCode]) }
                if line.grossPrice != nil || line.priceDiscount != nil {
                    // BT-147 is the allowance's Amount, which UBL requires: zero when only the gross price is stated.
                    xml.element("cac:AllowanceCharge") { xml in
                        xml.element("cbc:ChargeIndicator", "false")
                        xml.element("cbc:Amount", decimal(line.priceDiscount ?? .zero), currency)
                        xml.element("cbc:BaseAmount", line.grossPrice.map(decimal), currency)
                    }
                }
            }
        }
    }

    /// BG-20, BG-21, BG-27 or BG-28: ChargeIndicator, reason code and reason, the percent
    /// (MultiplierFactorNumeric), Amount, BaseAmount and, on the document, the VAT category.
    static func allowanceCharge(_ xml: inout XMLWriter, _ adjustment: EInvoiceAllowanceCharge, money: AmountFormat) {
        let currency: KeyValuePairs<String, String> = ["currencyID": money.currency.code]
        xml.element("cac:AllowanceCharge") { xml in
            xml.element("cbc:ChargeIndicator", adjustment.kind == .charge ? "true" : "false")
            xml.element("cbc:AllowanceChargeReasonCode", adjustment.reasonCode)
            xml.element("cbc:AllowanceChargeReason", adjustment.reason)
            xml.element("cbc:MultiplierFactorNumeric", adjustment.percent.map(decimal))
            xml.element("cbc:Amount", money(adjustment.amount), currency)
            xml.element("cbc:BaseAmount", adjustment.baseAmount.map(money.callAsFunction), currency)
            if let vat = adjustment.vat { taxCategory(&xml, "cac:TaxCategory", vat) }
        }
    }

    /// A VAT category with its rate (none for O, BR-O-05…BR-O-07, BR-O-14) and, in the breakdown, the
    /// exemption reason; its scheme is always VAT.
    static func taxCategory(_ xml: inout XMLWriter, _ name: String, _ vat: VATClassification,
                            exemptionReasonCode: String? = nil, exemptionReason: String? = nil) {
        xml.element(name) { xml in
            xml.element("cbc:ID", vat.category.code)
            xml.element("cbc:Percent", rate(vat))
            xml.element("cbc:TaxExemptionReasonCode", exemptionReasonCode)
            xml.element("cbc:TaxExemptionReason", exemptionReason)
            xml.element("cac:TaxScheme") { $0.element("cbc:ID", "VAT") }
        }
    }
}
