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
            "legalName": company.legalName, "legalForm": company.legalForm, "siren": company.siren.description,
            "address": Self.oneLine(company.address),
        ]
        if let capital = company.capital { companyValues["capital"] = format.amount(capital) }
        if let city = company.rcsCity { companyValues["rcs"] = "RCS \(city) \(company.siren)" }
        if let vat = company.vatNumber { companyValues["vatNumber"] = vat.description }
        for (key, value) in [("court", company.court), ("email", company.email), ("website", company.website),
                             ("phone", company.phone)] {
            if let value { companyValues[key] = value }
        }
        func amount(_ value: ExactDecimal) -> String { format.amount(Money(rounding: value, in: .euro)) }
        var ruleValues: [String: Any] = [
            "paymentTerms": wording.paymentTerms(rules.paymentTerms ?? .statutoryDefault),
            "penaltyRate": wording.penalty(PenaltyRule.applying(rules.penaltyRule, businessDebtor: true)),
        ]
        // C. com. D441-5: the indemnity in force on the version's date, from the core's dated table.
        if let indemnity = try? RecoveryIndemnity.amount(dueOn: version.effective) {
            ruleValues["recoveryIndemnity"] = format.amount(indemnity)
        }
        if let percent = rules.depositPercent { ruleValues["depositPercent"] = format.percent(percent) }
        if let maximum = rules.maxQuantityPerProduct { ruleValues["maxQuantityPerProduct"] = format.number(maximum) }
        if let small = rules.smallOrderCharge {
            ruleValues["smallOrderCharge"] = ["amount": amount(small.fee.amount), "below": amount(small.below)]
        }
        let fees = PaymentMethod.allCases.compactMap { method in
            rules.paymentMethodFees[method].map { ["method": wording.paymentMethod(method), "amount": amount($0.amount)] }
        }
        if !fees.isEmpty { ruleValues["paymentMethodFees"] = fees }
        if let fee = rules.rejectedDirectDebitFee { ruleValues["rejectedDirectDebitFee"] = amount(fee.amount) }
        return [
            "company": companyValues,
            "rules": ruleValues,
            "terms": ["effectiveDate": format.date(version.effective), "identity": version.identity],
        ]
    }

    /// « 12 rue des Imprimeurs, 75011 Paris ».
    static func oneLine(_ address: Address) -> String {
        (address.lines + [[address.postcode, address.city].compactMap { $0 }.joined(separator: " ")])
            .joined(separator: ", ")
    }
}
