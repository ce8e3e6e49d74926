import FolioCore

/// The values a contract notice's template places: the seller, the client, the contract, and the
/// dates and amounts the core computed for the notice, formatted in the letter's language.
public struct ContractNoticeValues {
    public let notice: ContractNotice
    public let company: CompanyProfile
    public let language: DocumentLanguage
    /// The terms the contract was signed under, as the letter names them (« Conditions générales de
    /// vente, version du 1er janvier 2026 »); nil when the contract names none.
    public var terms: String?

    public init(notice: ContractNotice, company: CompanyProfile, language: DocumentLanguage, terms: String? = nil) {
        self.notice = notice
        self.company = company
        self.language = language
        self.terms = terms
    }

    private var format: LocalizedFormat { LocalizedFormat(language) }
    private func words(fr french: String, en english: String) -> String { language.words(fr: french, en: english, de: english) }

    /// « Non-reconduction du contrat MC-2025-014 »: the letter's name in its language.
    public var title: String {
        let reference = notice.contract.reference
        return switch notice.kind {
        case .terminationAcknowledgement: words(fr: "Accusé de résiliation du contrat \(reference)", en: "Termination acknowledgement, contract \(reference)")
        case .nonRenewal: words(fr: "Non-reconduction du contrat \(reference)", en: "Non-renewal of contract \(reference)")
        case .renewalInformation: words(fr: "Information sur la reconduction du contrat \(reference)", en: "Renewal information, contract \(reference)")
        case .suspension: words(fr: "Suspension des prestations, contrat \(reference)", en: "Suspension of services, contract \(reference)")
        case .priceRevision: words(fr: "Révision du prix du contrat \(reference)", en: "Price revision, contract \(reference)")
        }
    }

    /// The values, as nested dictionaries and lists for Mustache.
    public func values() -> [String: Any] {
        let contract = notice.contract
        let format = self.format
        let sellerParty = (try? company.seller(agreeingWith: nil)) ?? Party(name: company.legalName, country: company.address.country)
        let crossBorder = (contract.client.address?.country ?? contract.client.country) != company.address.country
        var contractValues: [String: Any] = [
            "reference": contract.reference, "start": format.date(contract.start),
            "object": contract.lines.map(\.description).joined(separator: words(fr: " ; ", en: "; ")),
        ]
        if contract.lines.isEmpty { contractValues["object"] = contract.reference }
        if case .tacit(let period) = contract.renewal { contractValues["renewalPeriod"] = span(period) }
        if let terms { contractValues["terms"] = terms }
        var noticeValues: [String: String] = [
            "date": format.date(notice.date), "effective": format.date(notice.effective),
            "lastDay": format.date(notice.lastDay),
        ]
        if let received = notice.received { noticeValues["received"] = format.date(received) }
        if let deadline = notice.deadline { noticeValues["deadline"] = format.date(deadline) }
        if let period = notice.noticePeriod { noticeValues["period"] = span(period) }
        if let period = notice.renewalPeriod { noticeValues["renewalPeriod"] = span(period) }
        var values: [String: Any] = [
            "seller": DocumentValues.seller(sellerParty, of: company, language: language, crossBorder: crossBorder),
            "client": DocumentValues.party(contract.client, language: language, crossBorder: crossBorder),
            "contract": contractValues,
            "notice": noticeValues,
            "logo": company.logo != nil,
        ]
        // Notices that end or suspend a contract go by registered letter, the proof of their date of receipt.
        if notice.kind == .nonRenewal || notice.kind == .suspension { values["registered"] = true }
        if contract.isConsumer { values["consumer"] = true }
        if notice.informedLate { values["informedLate"] = true }
        if let renewal = notice.uninformedRenewal {
            values["uninformedRenewal"] = format.date(renewal)
        } else if notice.kind == .terminationAcknowledgement {
            values[contract.terminationNotice != nil ? "fromReceipt" : "atAnniversary"] = true
        }
        if !notice.unpaid.isEmpty {
            values["unpaid"] = notice.unpaid.map { invoice in
                ["number": invoice.number, "date": format.date(invoice.date), "dueDate": format.date(invoice.dueDate),
                 "amountDue": format.amount(invoice.amountDue), "stillDue": format.amount(invoice.stillDue)]
            }
            if let total = notice.unpaidTotal { values["unpaidTotal"] = format.amount(total) }
        }
        if let revision = notice.revision {
            var revisionValues: [String: Any] = [
                "index": revision.index, "baseValue": format.number(revision.baseValue), "newValue": format.number(revision.newValue),
                "change": (revision.indexChange > .zero ? "+" : revision.indexChange < .zero ? "−" : "")
                    + format.percent(revision.indexChange.magnitude),
                "totalBefore": format.amount(revision.totalBefore), "totalAfter": format.amount(revision.totalAfter),
                "lines": revision.lines.map { line in
                    ["description": line.description, "before": format.amount(line.before), "after": format.amount(line.after)]
                },
            ]
            if let month = revision.baseMonth { revisionValues["baseMonth"] = month }
            if let month = revision.newMonth { revisionValues["newMonth"] = month }
            values["revision"] = revisionValues
        }
        return values
    }

    /// « 3 mois », « 1 an », « 8 jours » / "3 months", "1 year", "8 days".
    private func span(_ span: ContractSpan) -> String {
        let count = span.count
        return switch span.unit {
        case .days: words(fr: "\(count) jour\(count > 1 ? "s" : "")", en: "\(count) day\(count == 1 ? "" : "s")")
        case .months: words(fr: "\(count) mois", en: "\(count) month\(count == 1 ? "" : "s")")
        case .years: words(fr: "\(count) an\(count > 1 ? "s" : "")", en: "\(count) year\(count == 1 ? "" : "s")")
        }
    }
}
