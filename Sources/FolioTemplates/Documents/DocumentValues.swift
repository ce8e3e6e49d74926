import FolioCore

/// The values a document template places, built from the core's computed order and the company
/// profile, formatted in the document's language. Templates never compute: every figure here comes
/// from the core; this only chooses words and formats numbers and dates.
public struct DocumentValues {
    public let computed: ComputedOrder
    public let company: CompanyProfile
    public let language: DocumentLanguage
    /// The document's number (given by the ledger), or nil for a draft.
    public let number: String?
    /// The identity of the terms version in force, e.g. `terms/goods-and-software@2026-01-01`.
    public let termsReference: String?

    public init(computed: ComputedOrder, company: CompanyProfile, language: DocumentLanguage, number: String?,
                termsReference: String? = nil) {
        self.computed = computed
        self.company = company
        self.language = language
        self.number = number
        self.termsReference = termsReference
    }

    var format: LocalizedFormat { LocalizedFormat(language) }
    var french: Bool { language == .french }

    /// The values, as nested dictionaries and lists for Mustache.
    public func values() -> [String: Any] {
        let order = computed.order
        let totals = computed.totals
        let format = self.format
        var values: [String: Any] = [
            "title": title(order.kind),
            "number": number ?? (french ? "BROUILLON (non numéroté)" : "DRAFT (not numbered)"),
            "date": format.date(order.date),
            "supplyDate": format.date(order.taxPointDate),
            "seller": seller(),
            "buyer": party(order.buyer),
            "lines": lines(),
            "vatBreakdown": totals.vatBreakdown.map { entry in
                ["label": vatLabel(entry.vat), "taxable": format.amount(entry.taxableAmount), "tax": format.amount(entry.taxAmount)]
            },
            "lineTotal": format.amount(totals.lineTotal),
            "netTotal": format.amount(totals.taxExclusiveTotal),
            "vatTotal": format.amount(totals.taxTotal),
            "grandTotal": format.amount(totals.grandTotal),
            "amountDue": format.amount(totals.amountDue),
            // The VAT regime's mentions as the core chose them; payment mentions are placed by the
            // template with their formatted values (due date, penalty rate, indemnity).
            "mentions": computed.mentions.filter { $0.id.hasPrefix("vat-") && $0.id != "vat-in-euros" }
                .map { french ? $0.french : $0.english },
            "operationCategory": operationCategory(),
            "recoveryIndemnity": format.amount(Money(rounding: 40, in: .euro)),
        ]
        if !totals.allowancesAndCharges.isEmpty {
            values["adjustments"] = totals.allowancesAndCharges.map { adjustment -> [String: String] in
                let sign = adjustment.kind == .allowance ? "−" : ""
                var label = adjustment.reason ?? (adjustment.kind == .allowance ? (french ? "Remise" : "Allowance")
                                                                            : (french ? "Frais" : "Charge"))
                if let percent = adjustment.percent { label += " (\(format.percent(percent)))" }
                return ["label": label, "amount": sign + format.amount(adjustment.amount)]
            }
        }
        if !totals.paidAmount.isZero { values["paid"] = format.amount(totals.paidAmount) }
        if let inEuros = totals.taxTotalInTaxCurrency {
            values["vatTotalInEuros"] = format.amount(inEuros)
            if let rate = totals.taxCurrencyExchangeRate { values["exchangeRate"] = format.number(rate) }
        }
        if let due = computed.dueDate { values["dueDate"] = format.date(due) }
        let wording = TermsWording(language)
        if let terms = computed.paymentTerms { values["paymentTerms"] = wording.paymentTerms(terms) }
        if let penalty = computed.penaltyRule { values["penaltyRate"] = wording.penalty(penalty) }
        if let validUntil = computed.validUntil { values["validUntil"] = format.date(validUntil) }
        if let deposit = computed.deposit {
            values["deposit"] = ["amount": format.amount(deposit.deposit), "dueDate": format.date(deposit.depositDueDate),
                                 "balance": format.amount(deposit.balance)]
        }
        if let termsReference { values["terms"] = termsReference }
        if let discount = computed.mentions.first(where: { $0.id == "early-payment-discount" || $0.id == "no-early-payment-discount" }) {
            values["earlyPaymentDiscount"] = french ? discount.french : discount.english
        }
        return values
    }

    private func title(_ kind: Order.Kind) -> String {
        switch kind {
        case .quote: return french ? "Devis" : "Quote"
        case .invoice: return french ? "Facture" : "Invoice"
        case .depositInvoice: return french ? "Facture d'acompte" : "Deposit invoice"
        case .creditNote: return french ? "Avoir" : "Credit note"
        }
    }

    private func seller() -> [String: Any] {
        var values = party(computed.order.seller)
        values["legalName"] = company.legalName
        values["legalForm"] = company.legalForm
        if let capital = company.capital { values["capital"] = format.amount(capital) }
        if let city = company.rcsCity { values["rcs"] = "RCS \(city) \(company.siren)" }
        if let ape = company.apeCode { values["ape"] = ape }
        if let bic = company.bic { values["bic"] = bic }
        if let iban = company.iban ?? computed.order.seller.iban { values["iban"] = iban.description }
        for (key, value) in [("email", company.email), ("phone", company.phone), ("website", company.website)] {
            if let value { values[key] = value }
        }
        return values
    }

    private func party(_ party: Party) -> [String: Any] {
        var values: [String: Any] = ["name": party.name]
        if let siren = party.siren { values["siren"] = siren.description }
        if let siret = party.siret { values["siret"] = siret.description }
        if let vat = party.vatNumber { values["vatNumber"] = vat.description }
        if let address = party.address {
            var lines = address.lines
            lines.append([address.postcode, address.city].compactMap { $0 }.joined(separator: " "))
            if address.country != "FR" || party.country != "FR" { lines.append(address.country) }
            values["address"] = lines.joined(separator: "\n")
        }
        return values
    }

    private func lines() -> [[String: String]] {
        let format = self.format
        return zip(computed.order.lines, computed.totals.lines).map { source, line in
            [
                "description": source.description,
                "quantity": format.number(source.quantity),
                "unitPrice": format.number(line.netUnitPrice, places: max(2, min(line.netUnitPrice.places, 4))),
                "vatRate": vatLabel(line.vat),
                "netAmount": format.amount(line.netAmount),
            ]
        }
    }

    private func vatLabel(_ vat: VATClassification) -> String {
        switch vat.category {
        case .standard: return format.percent(vat.rate)
        case .reverseCharge: return french ? "Autoliq." : "Rev. charge"
        case .intraCommunity, .export, .exempt, .zeroRated: return french ? "Exonéré (\(vat.category.rawValue))" : "Exempt (\(vat.category.rawValue))"
        case .notSubject: return french ? "Hors champ" : "Out of scope"
        case .canaryIslands, .ceutaMelilla: return vat.category.rawValue
        }
    }

    /// Goods, services or both (mention required by the 2026 e-invoicing reform, décret 2022-1299).
    private func operationCategory() -> String {
        let natures = Set(computed.order.lines.map(\.nature))
        switch (natures.contains(.goods), natures.contains(.services)) {
        case (true, true): return french ? "Livraison de biens et prestation de services" : "Supply of goods and services"
        case (false, true): return french ? "Prestation de services" : "Supply of services"
        default: return french ? "Livraison de biens" : "Supply of goods"
        }
    }
}
