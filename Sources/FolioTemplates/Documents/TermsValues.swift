import FolioCore

/// The values of a terms-of-sale template: the company's legal identity, the rules of its terms
/// in words, and the version's effective date. Terms never type a company fact or a rate.
public struct TermsValues {
    public let company: CompanyProfile
    public let language: DocumentLanguage

    public init(company: CompanyProfile, language: DocumentLanguage) {
        self.company = company
        self.language = language
    }

    public func values(version: TemplateVersion) -> [String: Any] {
        let format = LocalizedFormat(language)
        let wording = TermsWording(language)
        let rules = company.salesRules
        var companyValues: [String: Any] = [
            "legalName": company.legalName, "legalForm": company.legalForm, "address": Self.oneLine(company.address),
        ]
        if let siren = company.siren { companyValues["siren"] = siren.description }
        companyValues.merge(DocumentValues.germanIdentity(company)) { _, german in german }
        if let capital = company.capital { companyValues["capital"] = format.amount(capital) }
        if let city = company.rcsCity, let siren = company.siren { companyValues["rcs"] = "RCS \(city) \(siren)" }
        if let vat = company.vatNumber { companyValues["vatNumber"] = vat.description }
        for (key, value) in [("court", company.court), ("email", company.email), ("website", company.website),
                             ("phone", company.phone)] {
            if let value { companyValues[key] = value }
        }
        // C. consom. L616-1, R616-1: the consumer mediator the company belongs to.
        if let mediator = company.consumerMediator {
            companyValues["consumerMediator"] = ["name": mediator.name, "website": mediator.website, "address": Self.oneLine(mediator.address)]
        }
        func amount(_ value: ExactDecimal) -> String { format.amount(Money(rounding: value, in: .euro)) }
        var ruleValues: [String: Any] = [
            "paymentTerms": wording.paymentTerms(rules.paymentTerms ?? company.law.statutoryPaymentTerms),
            "penaltyRate": wording.penalty(company.law.penaltyRule(agreed: rules.penaltyRule, businessDebtor: true)),
        ]
        // C. com. D441-5, § 288 Abs. 5 BGB: the indemnity in force on the version's date, from the core's dated table.
        if let indemnity = try? company.law.recoveryIndemnity(in: .builtIn).amount(dueOn: version.effective) {
            ruleValues["recoveryIndemnity"] = format.amount(indemnity)
        }
        if let percent = rules.depositPercent { ruleValues["depositPercent"] = format.percent(percent) }
        if let maximum = rules.maxQuantityPerProduct { ruleValues["maxQuantityPerProduct"] = format.number(maximum) }
        if let small = rules.smallOrderCharge {
            ruleValues["smallOrderCharge"] = ["amount": amount(small.fee.amount), "below": amount(small.below)]
        }
        let fees = PaymentMethod.allCases.compactMap { method in
            rules.paymentMethodFees[method].map { fee -> [String: Any] in
                // `includesVAT`: the amount is « TTC » (the client pays exactly that), else net of VAT.
                ["method": wording.paymentMethod(method), "amount": amount(fee.amount), "includesVAT": fee.includesVAT]
            }
        }
        if !fees.isEmpty { ruleValues["paymentMethodFees"] = fees }
        if let fee = rules.rejectedDirectDebitFee { ruleValues["rejectedDirectDebitFee"] = amount(fee.amount) }
        if !rules.priceList.isEmpty {
            // The terms' fixed prices, each with its label and the unit the price is for (« heure », "hour").
            ruleValues["priceList"] = rules.priceList.map { item -> [String: Any] in
                var entry: [String: Any] = ["id": item.id, "label": item.label.text(language), "unitPrice": amount(item.unitPrice)]
                if item.unitCode != "C62", let unit = company.units.name(of: item.unitCode, quantity: 1, in: language) {
                    entry["unit"] = unit
                }
                return entry
            }
        }
        if !rules.depreciation.isEmpty {
            ruleValues["depreciation"] = rules.depreciation.map { grade -> [String: Any] in
                ["id": grade.id, "label": grade.label.text(language), "percent": format.percent(grade.percent)]
            }
        }
        return [
            "company": companyValues,
            "rules": ruleValues,
            "terms": ["effectiveDate": format.date(version.effective), "identity": version.identity],
        ]
    }

    /// The values of a terms template this company's profile cannot fill: printed outside a section of
    /// their own name, and absent from the values (`company.website` without a website).
    public func missingValues(of filler: TemplateFiller, version: TemplateVersion) -> [TemplateValueUse] {
        missingValues(of: filler.valueUses, version: version)
    }

    /// The same for the values a template's text prints (``TemplateCatalog/valueUses(_:language:)``).
    public func missingValues(of uses: [TemplateValueUse], version: TemplateVersion) -> [TemplateValueUse] {
        let values = values(version: version)
        return uses.filter { use in
            // Inside a section, a plain name is one of its items' fields (`{{method}}` in `{{#rules.paymentMethodFees}}`).
            let relative = !use.sections.isEmpty && values[String(use.name.prefix { $0 != "." })] == nil
            return !use.guarded && !relative && !TemplateValueUse.isPresent(use.name, in: values)
        }
    }

    /// The profile field a terms value comes from (`company.website` → `website`, `rules.depositPercent`
    /// → `salesRules.depositPercent`); nil for a name terms templates are not given.
    public static func profileField(of name: String) -> String? {
        let parts = name.split(separator: ".").map(String.init)
        guard parts.count >= 2 else { return nil }
        switch parts[0] {
        case "company":
            let fields = ["legalName": "legalName", "legalForm": "legalForm", "capital": "capital", "rcs": "rcsCity",
                          "siren": "siren", "address": "address", "court": "court", "email": "email",
                          "website": "website", "phone": "phone", "vatNumber": "vatNumber", "taxNumber": "taxNumber",
                          "commercialRegister": "commercialRegister", "managingDirectors": "managingDirectors"]
            return fields[parts[1]]
        case "rules":
            let fields = ["paymentTerms": "salesRules.paymentTerms", "penaltyRate": "salesRules.latePayment",
                          "depositPercent": "salesRules.depositPercent",
                          "maxQuantityPerProduct": "salesRules.maxQuantityPerProduct",
                          "smallOrderCharge": "salesRules.smallOrderCharge",
                          "paymentMethodFees": "salesRules.paymentMethodFees",
                          "rejectedDirectDebitFee": "salesRules.rejectedDirectDebitFee",
                          "priceList": "salesRules.priceList", "depreciation": "salesRules.depreciation"]
            return fields[parts[1]]
        default:
            return nil
        }
    }

    /// « 12 rue des Imprimeurs, 75011 Paris ».
    static func oneLine(_ address: Address) -> String {
        (address.lines + [[address.postcode, address.city].compactMap { $0 }.joined(separator: " ")])
            .joined(separator: ", ")
    }
}
