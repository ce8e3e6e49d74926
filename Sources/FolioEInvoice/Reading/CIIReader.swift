import FolioCore

/// Reads a UN/CEFACT Cross Industry Invoice (Factur-X, ZUGFeRD, XRechnung CII) into the model.
///
/// Elements are found by local name along their CII path, so prefixes do not matter; optional terms
/// may be absent. Amounts are read as stated, never recomputed.
enum CIIReader {
    static func read(_ root: XMLTree, source: String) throws(EInvoiceReadError) -> EInvoice {
        var fields = FieldReader(source: source, syntax: "rsm:CrossIndustryInvoice")
        let document = root.first("ExchangedDocument")
        let transaction = root.first("SupplyChainTradeTransaction")
        let agreement = transaction?.first("ApplicableHeaderTradeAgreement")
        let delivery = transaction?.first("ApplicableHeaderTradeDelivery")
        let settlement = transaction?.first("ApplicableHeaderTradeSettlement")

        let number = try fields.required("BT-1", document, "ID")
        let issueDate = try fields.requiredDate("BT-2", document, "IssueDateTime/DateTimeString")
        let typeCode = InvoiceTypeCode(rawValue: try fields.required("BT-3", document, "TypeCode"))
        let currencyCode = try fields.required("BT-5", settlement, "InvoiceCurrencyCode")
        let currency = try fields.currency("BT-5", currencyCode)
        let taxCurrency = try fields.optional(settlement, "TaxCurrencyCode").map { code throws(EInvoiceReadError) in try fields.currency("BT-6", code) }

        var lines: [EInvoiceLine] = []
        for (index, item) in (transaction?.children("IncludedSupplyChainTradeLineItem") ?? []).enumerated() {
            lines.append(try line(item, index: index, fields: &fields))
        }

        var allowancesAndCharges: [EInvoiceAllowanceCharge] = []
        for node in settlement?.children("SpecifiedTradeAllowanceCharge") ?? [] {
            allowancesAndCharges.append(try allowanceCharge(node, level: "BG-20/BG-21", fields: &fields))
        }
        var breakdown: [EInvoiceVATBreakdown] = []
        for node in settlement?.children("ApplicableTradeTax") ?? [] {
            breakdown.append(EInvoiceVATBreakdown(
                vat: try fields.vat("BT-118", node, category: "CategoryCode", rate: "RateApplicablePercent"),
                taxableAmount: try fields.requiredDecimal("BT-116", node, "BasisAmount"),
                taxAmount: try fields.requiredDecimal("BT-117", node, "CalculatedAmount"),
                exemptionReason: node.text("ExemptionReason"), exemptionReasonCode: node.text("ExemptionReasonCode")))
        }

        let summation = settlement?.first("SpecifiedTradeSettlementHeaderMonetarySummation")
        var taxTotal: ExactDecimal?
        var taxTotalInTaxCurrency: ExactDecimal?
        for node in summation?.children("TaxTotalAmount") ?? [] {
            let value = try fields.decimal("BT-110", node.text(""), path: "TaxTotalAmount")
            let id = node.attribute("currencyID")
            if let taxCurrency, id == taxCurrency.code, taxCurrency != currency { taxTotalInTaxCurrency = value } else if taxTotal == nil { taxTotal = value }
        }
        let totals = EInvoiceTotals(
            lineTotal: try fields.requiredDecimal("BT-106", summation, "LineTotalAmount"),
            allowanceTotal: try fields.optionalDecimal("BT-107", summation, "AllowanceTotalAmount"),
            chargeTotal: try fields.optionalDecimal("BT-108", summation, "ChargeTotalAmount"),
            taxExclusiveTotal: try fields.requiredDecimal("BT-109", summation, "TaxBasisTotalAmount"),
            taxTotal: taxTotal,
            grandTotal: try fields.requiredDecimal("BT-112", summation, "GrandTotalAmount"),
            paidAmount: try fields.optionalDecimal("BT-113", summation, "TotalPrepaidAmount"),
            roundingAmount: try fields.optionalDecimal("BT-114", summation, "RoundingAmount"),
            amountDue: try fields.requiredDecimal("BT-115", summation, "DuePayableAmount"))

        var notes: [EInvoiceNote] = []
        for note in document?.children("IncludedNote") ?? [] {
            if let text = note.text("Content") { notes.append(EInvoiceNote(subjectCode: note.text("SubjectCode"), text: text)) }
        }
        var preceding: [PrecedingInvoice] = []
        for node in settlement?.children("InvoiceReferencedDocument") ?? [] {
            guard let id = node.text("IssuerAssignedID") else { continue }
            let date = try fields.optionalDate("BT-26", node, "FormattedIssueDateTime/DateTimeString")
            preceding.append(PrecedingInvoice(number: id, date: date))
        }

        var shipTo: EInvoiceDelivery?
        if let delivery {
            let party = delivery.first("ShipToTradeParty")
            let date = try fields.optionalDate("BT-72", delivery, "ActualDeliverySupplyChainEvent/OccurrenceDateTime/DateTimeString")
            let address = party?.first("PostalTradeAddress").map(Self.address)
            if party != nil || date != nil { shipTo = EInvoiceDelivery(partyName: party?.text("Name"), date: date, address: address) }
        }
        let terms = settlement?.first("SpecifiedTradePaymentTerms")
        let means = settlement?.first("SpecifiedTradeSettlementPaymentMeans")
        let payment = means.flatMap { means -> PaymentInstructions? in
            guard let code = means.text("TypeCode") else { return nil }
            let account = means.first("PayeePartyCreditorFinancialAccount")
            return PaymentInstructions(meansCode: code, meansText: means.text("Information"),
                                       remittanceInformation: settlement?.text("PaymentReference"),
                                       accountIdentifier: account?.text("IBANID") ?? account?.text("ProprietaryID"),
                                       accountName: account?.text("AccountName"),
                                       serviceProvider: means.text("PayeeSpecifiedCreditorFinancialInstitution/BICID"))
        }

        return EInvoice(
            number: number, issueDate: issueDate, typeCode: typeCode, currency: currency,
            taxCurrency: taxCurrency == currency ? nil : taxCurrency, taxTotalInTaxCurrency: taxTotalInTaxCurrency,
            businessProcess: root.text("ExchangedDocumentContext/BusinessProcessSpecifiedDocumentContextParameter/ID"),
            specification: root.text("ExchangedDocumentContext/GuidelineSpecifiedDocumentContextParameter/ID") ?? "",
            notes: notes, buyerReference: agreement?.text("BuyerReference"),
            contractReference: agreement?.text("ContractReferencedDocument/IssuerAssignedID"),
            purchaseOrderReference: agreement?.text("BuyerOrderReferencedDocument/IssuerAssignedID"),
            precedingInvoices: preceding,
            seller: try party(agreement?.first("SellerTradeParty"), term: "BG-4", fields: &fields),
            buyer: try party(agreement?.first("BuyerTradeParty"), term: "BG-7", fields: &fields),
            delivery: shipTo,
            invoicingPeriod: try settlement?.first("BillingSpecifiedPeriod").map { node throws(EInvoiceReadError) in try period(node, fields: &fields) },
            paymentInstructions: payment,
            paymentTerms: terms?.text("Description"),
            dueDate: try fields.optionalDate("BT-9", terms, "DueDateDateTime/DateTimeString"),
            lines: lines, allowancesAndCharges: allowancesAndCharges, vatBreakdown: breakdown, totals: totals)
    }

    private static func line(_ item: XMLTree, index: Int, fields: inout FieldReader) throws(EInvoiceReadError) -> EInvoiceLine {
        let place = "line \(index + 1)"
        let agreement = item.first("SpecifiedLineTradeAgreement")
        let settlement = item.first("SpecifiedLineTradeSettlement")
        let net = agreement?.first("NetPriceProductTradePrice")
        let gross = agreement?.first("GrossPriceProductTradePrice")
        var adjustments: [EInvoiceAllowanceCharge] = []
        for node in settlement?.children("SpecifiedTradeAllowanceCharge") ?? [] {
            adjustments.append(try allowanceCharge(node, level: "BG-27/BG-28 (\(place))", fields: &fields))
        }
        guard let tax = settlement?.first("ApplicableTradeTax") else {
            throw fields.error("BT-151 (\(place), SpecifiedLineTradeSettlement/ApplicableTradeTax): missing")
        }
        let quantity = item.first("SpecifiedLineTradeDelivery/BilledQuantity")
        return EInvoiceLine(
            id: item.text("AssociatedDocumentLineDocument/LineID") ?? String(index + 1),
            note: item.text("AssociatedDocumentLineDocument/IncludedNote/Content"),
            name: item.text("SpecifiedTradeProduct/Name") ?? "",
            description: item.text("SpecifiedTradeProduct/Description"),
            sellerItemID: item.text("SpecifiedTradeProduct/SellerAssignedID"),
            quantity: try fields.requiredDecimal("BT-129 (\(place))", item, "SpecifiedLineTradeDelivery/BilledQuantity"),
            unitCode: quantity?.attribute("unitCode") ?? "C62",
            netPrice: try fields.requiredDecimal("BT-146 (\(place))", net, "ChargeAmount"),
            grossPrice: try fields.optionalDecimal("BT-148 (\(place))", gross, "ChargeAmount"),
            priceDiscount: try fields.optionalDecimal("BT-147 (\(place))", gross, "AppliedTradeAllowanceCharge/ActualAmount"),
            baseQuantity: try fields.optionalDecimal("BT-149 (\(place))", net, "BasisQuantity"),
            netAmount: try fields.requiredDecimal("BT-131 (\(place))", settlement, "SpecifiedTradeSettlementLineMonetarySummation/LineTotalAmount"),
            allowancesAndCharges: adjustments,
            vat: try fields.vat("BT-151 (\(place))", tax, category: "CategoryCode", rate: "RateApplicablePercent"),
            period: try settlement?.first("BillingSpecifiedPeriod").map { node throws(EInvoiceReadError) in try period(node, fields: &fields) })
    }

    private static func allowanceCharge(_ node: XMLTree, level: String, fields: inout FieldReader) throws(EInvoiceReadError) -> EInvoiceAllowanceCharge {
        let indicator = node.text("ChargeIndicator/Indicator")?.lowercased()
        guard indicator == "true" || indicator == "false" else {
            throw fields.error("\(level) ChargeIndicator/Indicator: \(indicator.map { "« \($0) »" } ?? "missing"), expected true or false")
        }
        let tax = node.first("CategoryTradeTax")
        return EInvoiceAllowanceCharge(
            kind: indicator == "true" ? .charge : .allowance,
            amount: try fields.requiredDecimal("\(level) amount", node, "ActualAmount"),
            baseAmount: try fields.optionalDecimal("\(level) base amount", node, "BasisAmount"),
            percent: try fields.optionalDecimal("\(level) percentage", node, "CalculationPercent"),
            vat: try tax.map { tax throws(EInvoiceReadError) in try fields.vat("\(level) VAT", tax, category: "CategoryCode", rate: "RateApplicablePercent") },
            reason: node.text("Reason"), reasonCode: node.text("ReasonCode"))
    }

    private static func party(_ node: XMLTree?, term: String, fields: inout FieldReader) throws(EInvoiceReadError) -> EInvoiceParty {
        guard let node else { throw fields.error("\(term): missing") }
        var identifiers: [SchemedIdentifier] = []
        for id in node.children("ID") { if let value = id.text("") { identifiers.append(SchemedIdentifier(scheme: nil, value: value)) } }
        for id in node.children("GlobalID") {
            if let value = id.text("") { identifiers.append(SchemedIdentifier(scheme: id.attribute("schemeID"), value: value)) }
        }
        let legal = node.first("SpecifiedLegalOrganization")
        var vatNumber: String?
        var taxRegistration: String?
        for registration in node.children("SpecifiedTaxRegistration") {
            guard let id = registration.first("ID"), let value = id.text("") else { continue }
            if id.attribute("schemeID") == "FC" { taxRegistration = value } else { vatNumber = value }
        }
        let contact = node.first("DefinedTradeContact").map {
            EInvoiceContact(name: $0.text("PersonName") ?? $0.text("DepartmentName"), phone: $0.text("TelephoneUniversalCommunication/CompleteNumber"),
                            email: $0.text("EmailURIUniversalCommunication/URIID"))
        }
        let uri = node.first("URIUniversalCommunication/URIID")
        return EInvoiceParty(
            name: try fields.required("\(term) name", node, "Name"),
            tradingName: legal?.text("TradingBusinessName"),
            identifiers: identifiers,
            legalRegistration: legal?.first("ID").flatMap { id in id.text("").map { SchemedIdentifier(scheme: id.attribute("schemeID"), value: $0) } },
            vatNumber: vatNumber, taxRegistration: taxRegistration,
            legalInformation: node.text("Description"),
            electronicAddress: uri.flatMap { uri in uri.text("").map { SchemedIdentifier(scheme: uri.attribute("schemeID"), value: $0) } },
            address: node.first("PostalTradeAddress").map(Self.address),
            contact: contact)
    }

    private static func address(_ node: XMLTree) -> EInvoiceAddress {
        EInvoiceAddress(lines: ["LineOne", "LineTwo", "LineThree"].compactMap { node.text($0) },
                        city: node.text("CityName"), postcode: node.text("PostcodeCode"),
                        subdivision: node.text("CountrySubDivisionName"), countryCode: node.text("CountryID") ?? "")
    }

    private static func period(_ node: XMLTree, fields: inout FieldReader) throws(EInvoiceReadError) -> EInvoicePeriod {
        EInvoicePeriod(start: try fields.optionalDate("BT-73/BT-134", node, "StartDateTime/DateTimeString"),
                       end: try fields.optionalDate("BT-74/BT-135", node, "EndDateTime/DateTimeString"))
    }
}
