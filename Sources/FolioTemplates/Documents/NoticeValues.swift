import FolioCore

extension DocumentValues {
    /// The values of a reminder or a formal notice: the invoice's values, plus what is claimed.
    public func values(notice: PaymentNotice) -> [String: Any] {
        let format = self.format
        var values = self.values()
        var invoice: [String: String] = [
            "number": number ?? words(fr: "(non numérotée)", en: "(unnumbered)", de: "(ohne Nummer)"),
            "date": format.date(notice.invoice.order.date), "dueDate": format.date(notice.dueDate),
            "amount": format.amount(notice.invoiceAmount),
        ]
        if let terms = notice.invoice.paymentTerms { invoice["paymentTerms"] = TermsWording(language).paymentTerms(terms) }
        values["invoice"] = invoice
        // What credit notes and payments took off the invoice, when anything did.
        var account: [String: Any] = [:]
        if !notice.credited.isZero { account["credited"] = format.amount(notice.credited) }
        if !notice.paid.isZero { account["paid"] = format.amount(notice.paid) }
        if notice.principal != notice.invoiceAmount {
            account["reduced"] = true
            account["principal"] = format.amount(notice.principal)
        }
        values["account"] = account
        if notice.issuedElsewhere { values["issuedElsewhere"] = true }
        values["notice"] = ["date": format.date(notice.date), "deadline": format.date(notice.deadline),
                            "deadlineDays": days(notice.deadlineDays), "principal": format.amount(notice.principal)]
        values["daysLate"] = days(notice.penalty.daysLate)
        values["periods"] = notice.penalty.periods.map { period -> [String: String] in
            let unit: String
            switch period.unit {
            case .days:
                unit = period.units > 1 ? words(fr: "jours", en: "days", de: "Tage") : words(fr: "jour", en: "day", de: "Tag")
            case .months:
                unit = period.units > 1 ? words(fr: "mois", en: "months", de: "Monate") : words(fr: "mois", en: "month", de: "Monat")
            }
            return ["from": format.date(period.from), "through": format.date(period.through),
                    "units": "\(period.units) \(unit)", "rate": format.percent(period.annualRate),
                    "principal": format.amount(period.principal),
                    "amount": format.amount(period.amount)]
        }
        if !notice.penalty.periods.isEmpty { values["hasPeriods"] = true }
        if notice.penalty.periods.contains(where: \.raisedToLegalFloor) { values["raisedToLegalFloor"] = true }
        // German law: a request for payment sent before the 30 days put the debtor in default from it (§ 286 Abs. 1 BGB).
        if let since = notice.defaultSinceEarlierNotice { values["inDefaultSince"] = format.date(since) }
        // A consumer: interest at the legal rate, from the first formal notice only (C. civ. 1231-6, 1344-1).
        if notice.isToConsumer, let since = notice.earlierFormalNotice { values["interestSince"] = format.date(since) }
        var penalty: [String: String] = ["interest": format.amount(notice.penalty.interest), "total": format.amount(notice.total)]
        if let indemnity = notice.penalty.recoveryIndemnity { penalty["indemnity"] = format.amount(indemnity) }
        values["penalty"] = penalty
        return values
    }

    /// « 1 jour », « 45 jours » / "1 day", "45 days" / « 1 Tag », « 45 Tage ».
    private func days(_ count: Int) -> String {
        words(fr: "\(count) jour\(count > 1 ? "s" : "")", en: "\(count) day\(count == 1 ? "" : "s")",
              de: "\(count) Tag\(count == 1 ? "" : "e")")
    }
}
