import FolioCore

/// Writes an ``EInvoice`` as a UN/CEFACT Cross Industry Invoice (D16B), the XML of Factur-X, in the
/// element order of the Factur-X EN 16931 profile's schema.
public enum CIIWriter {
    /// The namespaces of a Cross Industry Invoice.
    static let namespaces: KeyValuePairs<String, String> = [
        "xmlns:rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
        "xmlns:qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
        "xmlns:ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
        "xmlns:udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    ]

    /// The XML bytes (UTF-8) of `invoice`.
    public static func xml(_ invoice: EInvoice) -> [UInt8] {
        var xml = XMLWriter()
        let money = AmountFormat(currency: invoice.currency)
        xml.element("rsm:CrossIndustryInvoice", namespaces) { xml in
            xml.element("rsm:ExchangedDocumentContext") { xml in
                if let process = invoice.businessProcess {
                    xml.element("ram:BusinessProcessSpecifiedDocumentContextParameter") { $0.element("ram:ID", process) }
                }
                xml.element("ram:GuidelineSpecifiedDocumentContextParameter") { $0.element("ram:ID", invoice.specification) }
            }
            xml.element("rsm:ExchangedDocument") { xml in
                xml.element("ram:ID", invoice.number)
                xml.element("ram:TypeCode", invoice.typeCode.rawValue)
                xml.element("ram:IssueDateTime") { date(&$0, invoice.issueDate) }
                for note in invoice.notes {
                    xml.element("ram:IncludedNote") { xml in
                        xml.element("ram:Content", note.text)
                        xml.element("ram:SubjectCode", note.subjectCode)
                    }
                }
            }
            xml.element("rsm:SupplyChainTradeTransaction") { xml in
                for line in invoice.lines { self.line(&xml, line, money: money) }
                agreement(&xml, invoice)
                xml.element("ram:ApplicableHeaderTradeDelivery") { xml in
                    if let delivery = invoice.delivery {
                        if delivery.address != nil || delivery.partyName != nil {
                            xml.element("ram:ShipToTradeParty") { xml in
                                xml.element("ram:Name", delivery.partyName)
                                if let address = delivery.address { self.address(&xml, address) }
                            }
                        }
                        if let day = delivery.date {
                            xml.element("ram:ActualDeliverySupplyChainEvent") { xml in
                                xml.element("ram:OccurrenceDateTime") { date(&$0, day) }
                            }
                        }
                    }
                }
                settlement(&xml, invoice, money: money)
            }
        }
        return Array(xml.text.utf8)
    }

    private static func line(_ xml: inout XMLWriter, _ line: EInvoiceLine, money: AmountFormat) {
        xml.element("ram:IncludedSupplyChainTradeLineItem") { xml in
            xml.element("ram:AssociatedDocumentLineDocument") { xml in
                xml.element("ram:LineID", line.id)
                if let note = line.note { xml.element("ram:IncludedNote") { $0.element("ram:Content", note) } }
            }
            xml.element("ram:SpecifiedTradeProduct") { xml in
                xml.element("ram:SellerAssignedID", line.sellerItemID)
                xml.element("ram:Name", line.name)
                xml.element("ram:Description", line.description)
            }
            xml.element("ram:SpecifiedLineTradeAgreement") { xml in
                if let gross = line.grossPrice {
                    xml.element("ram:GrossPriceProductTradePrice") { xml in
                        xml.element("ram:ChargeAmount", decimal(gross))
                        if let base = line.baseQuantity { xml.element("ram:BasisQuantity", decimal(base), ["unitCode": line.unitCode]) }
                        if let discount = line.priceDiscount {
                            xml.element("ram:AppliedTradeAllowanceCharge") { xml in
                                indicator(&xml, charge: false)
                                xml.element("ram:ActualAmount", decimal(discount))
                            }
                        }
                    }
                }
                xml.element("ram:NetPriceProductTradePrice") { xml in
                    xml.element("ram:ChargeAmount", decimal(line.netPrice))
                    if let base = line.baseQuantity { xml.element("ram:BasisQuantity", decimal(base), ["unitCode": line.unitCode]) }
                }
            }
            xml.element("ram:SpecifiedLineTradeDelivery") { xml in
                xml.element("ram:BilledQuantity", decimal(line.quantity), ["unitCode": line.unitCode])
            }
            xml.element("ram:SpecifiedLineTradeSettlement") { xml in
                tax(&xml, line.vat)
                if let period = line.period { self.period(&xml, period) }
                for adjustment in line.allowancesAndCharges { allowanceCharge(&xml, adjustment, money: money) }
                xml.element("ram:SpecifiedTradeSettlementLineMonetarySummation") { xml in
                    xml.element("ram:LineTotalAmount", money(line.netAmount))
                }
            }
        }
    }

    private static func agreement(_ xml: inout XMLWriter, _ invoice: EInvoice) {
        xml.element("ram:ApplicableHeaderTradeAgreement") { xml in
            xml.element("ram:BuyerReference", invoice.buyerReference)
            party(&xml, "ram:SellerTradeParty", invoice.seller)
            party(&xml, "ram:BuyerTradeParty", invoice.buyer)
            if let reference = invoice.purchaseOrderReference {
                xml.element("ram:BuyerOrderReferencedDocument") { $0.element("ram:IssuerAssignedID", reference) }
            }
            if let reference = invoice.contractReference {
                xml.element("ram:ContractReferencedDocument") { $0.element("ram:IssuerAssignedID", reference) }
            }
        }
    }

    private static func settlement(_ xml: inout XMLWriter, _ invoice: EInvoice, money: AmountFormat) {
        xml.element("ram:ApplicableHeaderTradeSettlement") { xml in
            xml.element("ram:PaymentReference", invoice.paymentInstructions?.remittanceInformation)
            xml.element("ram:TaxCurrencyCode", invoice.taxCurrency?.code)
            xml.element("ram:InvoiceCurrencyCode", invoice.currency.code)
            if let payment = invoice.paymentInstructions {
                xml.element("ram:SpecifiedTradeSettlementPaymentMeans") { xml in
                    xml.element("ram:TypeCode", payment.meansCode)
                    xml.element("ram:Information", payment.meansText)
                    if let account = payment.accountIdentifier {
                        xml.element("ram:PayeePartyCreditorFinancialAccount") { xml in
                            xml.element("ram:IBANID", account)
                            xml.element("ram:AccountName", payment.accountName)
                        }
                        if let bic = payment.serviceProvider {
                            xml.element("ram:PayeeSpecifiedCreditorFinancialInstitution") { $0.element("ram:BICID", bic) }
                        }
                    }
                }
            }
            for entry in invoice.vatBreakdown {
                xml.element("ram:ApplicableTradeTax") { xml in
                    xml.element("ram:CalculatedAmount", money(entry.taxAmount))
                    xml.element("ram:TypeCode", "VAT")
                    xml.element("ram:ExemptionReason", entry.exemptionReason)
                    xml.element("ram:BasisAmount", money(entry.taxableAmount))
                    xml.element("ram:CategoryCode", entry.vat.category.code)
                    xml.element("ram:ExemptionReasonCode", entry.exemptionReasonCode)
                    // BR-DE-14: an XRechnung states a rate in every breakdown, 0 outside the scope of VAT.
                    xml.element("ram:RateApplicablePercent", rate(entry.vat) ?? (invoice.isXRechnung ? "0" : nil))
                }
            }
            if let period = invoice.invoicingPeriod { self.period(&xml, period) }
            for adjustment in invoice.allowancesAndCharges { allowanceCharge(&xml, adjustment, money: money) }
            if invoice.paymentTerms != nil || invoice.dueDate != nil {
                xml.element("ram:SpecifiedTradePaymentTerms") { xml in
                    xml.element("ram:Description", invoice.paymentTerms)
                    if let due = invoice.dueDate { xml.element("ram:DueDateDateTime") { date(&$0, due) } }
                }
            }
            let totals = invoice.totals
            xml.element("ram:SpecifiedTradeSettlementHeaderMonetarySummation") { xml in
                xml.element("ram:LineTotalAmount", money(totals.lineTotal))
                xml.element("ram:ChargeTotalAmount", totals.chargeTotal.map(money.callAsFunction))
                xml.element("ram:AllowanceTotalAmount", totals.allowanceTotal.map(money.callAsFunction))
                xml.element("ram:TaxBasisTotalAmount", money(totals.taxExclusiveTotal))
                xml.element("ram:TaxTotalAmount", totals.taxTotal.map(money.callAsFunction), ["currencyID": invoice.currency.code])
                if let other = invoice.taxCurrency, let amount = invoice.taxTotalInTaxCurrency {
                    xml.element("ram:TaxTotalAmount", AmountFormat(currency: other)(amount), ["currencyID": other.code])
                }
                xml.element("ram:RoundingAmount", totals.roundingAmount.map(money.callAsFunction))
                xml.element("ram:GrandTotalAmount", money(totals.grandTotal))
                xml.element("ram:TotalPrepaidAmount", totals.paidAmount.map(money.callAsFunction))
                xml.element("ram:DuePayableAmount", money(totals.amountDue))
            }
            for preceding in invoice.precedingInvoices {
                xml.element("ram:InvoiceReferencedDocument") { xml in
                    xml.element("ram:IssuerAssignedID", preceding.number)
                    if let date = preceding.date {
                        xml.element("ram:FormattedIssueDateTime") { xml in
                            xml.element("qdt:DateTimeString", compact(date), ["format": "102"])
                        }
                    }
                }
            }
        }
    }

    private static func party(_ xml: inout XMLWriter, _ name: String, _ party: EInvoiceParty) {
        xml.element(name) { xml in
            for identifier in party.identifiers {
                if let scheme = identifier.scheme {
                    xml.element("ram:GlobalID", identifier.value, ["schemeID": scheme])
                } else {
                    xml.element("ram:ID", identifier.value)
                }
            }
            xml.element("ram:Name", party.name)
            xml.element("ram:Description", party.legalInformation)
            if party.legalRegistration != nil || party.tradingName != nil {
                xml.element("ram:SpecifiedLegalOrganization") { xml in
                    if let registration = party.legalRegistration {
                        if let scheme = registration.scheme {
                            xml.element("ram:ID", registration.value, ["schemeID": scheme])
                        } else {
                            xml.element("ram:ID", registration.value)
                        }
                    }
                    xml.element("ram:TradingBusinessName", party.tradingName)
                }
            }
            if let contact = party.contact {
                xml.element("ram:DefinedTradeContact") { xml in
                    xml.element("ram:PersonName", contact.name)
                    if let phone = contact.phone {
                        xml.element("ram:TelephoneUniversalCommunication") { $0.element("ram:CompleteNumber", phone) }
                    }
                    if let email = contact.email {
                        xml.element("ram:EmailURIUniversalCommunication") { $0.element("ram:URIID", email) }
                    }
                }
            }
            if let address = party.address { self.address(&xml, address) }
            if let electronic = party.electronicAddress {
                xml.element("ram:URIUniversalCommunication") { xml in
                    xml.element("ram:URIID", electronic.value, ["schemeID": electronic.scheme ?? "EM"])
                }
            }
            if let vatNumber = party.vatNumber {
                xml.element("ram:SpecifiedTaxRegistration") { $0.element("ram:ID", vatNumber, ["schemeID": "VA"]) }
            }
            if let registration = party.taxRegistration {
                xml.element("ram:SpecifiedTaxRegistration") { $0.element("ram:ID", registration, ["schemeID": "FC"]) }
            }
        }
    }

    private static func address(_ xml: inout XMLWriter, _ address: EInvoiceAddress) {
        xml.element("ram:PostalTradeAddress") { xml in
            xml.element("ram:PostcodeCode", address.postcode)
            for (index, line) in address.lines.prefix(3).enumerated() {
                xml.element(["ram:LineOne", "ram:LineTwo", "ram:LineThree"][index], line)
            }
            xml.element("ram:CityName", address.city)
            xml.element("ram:CountryID", address.countryCode)
            xml.element("ram:CountrySubDivisionName", address.subdivision)
        }
    }

    private static func tax(_ xml: inout XMLWriter, _ vat: VATClassification) {
        xml.element("ram:ApplicableTradeTax") { xml in
            xml.element("ram:TypeCode", "VAT")
            xml.element("ram:CategoryCode", vat.category.code)
            xml.element("ram:RateApplicablePercent", rate(vat))
        }
    }

    private static func allowanceCharge(_ xml: inout XMLWriter, _ adjustment: EInvoiceAllowanceCharge, money: AmountFormat) {
        xml.element("ram:SpecifiedTradeAllowanceCharge") { xml in
            indicator(&xml, charge: adjustment.kind == .charge)
            xml.element("ram:CalculationPercent", adjustment.percent.map(decimal))
            xml.element("ram:BasisAmount", adjustment.baseAmount.map(money.callAsFunction))
            xml.element("ram:ActualAmount", money(adjustment.amount))
            xml.element("ram:ReasonCode", adjustment.reasonCode)
            xml.element("ram:Reason", adjustment.reason)
            if let vat = adjustment.vat {
                xml.element("ram:CategoryTradeTax") { xml in
                    xml.element("ram:TypeCode", "VAT")
                    xml.element("ram:CategoryCode", vat.category.code)
                    xml.element("ram:RateApplicablePercent", rate(vat))
                }
            }
        }
    }

    private static func indicator(_ xml: inout XMLWriter, charge: Bool) {
        xml.element("ram:ChargeIndicator") { $0.element("udt:Indicator", charge ? "true" : "false") }
    }

    private static func period(_ xml: inout XMLWriter, _ period: EInvoicePeriod) {
        xml.element("ram:BillingSpecifiedPeriod") { xml in
            if let start = period.start { xml.element("ram:StartDateTime") { date(&$0, start) } }
            if let end = period.end { xml.element("ram:EndDateTime") { date(&$0, end) } }
        }
    }

    private static func date(_ xml: inout XMLWriter, _ date: CalendarDate) {
        xml.element("udt:DateTimeString", compact(date), ["format": "102"])
    }
}
