/// Payment terms and penalty rates said in words, in the document's language.
public struct TermsWording: Sendable {
    public let format: LocalizedFormat
    var language: DocumentLanguage { format.language }

    public init(_ language: DocumentLanguage) {
        format = LocalizedFormat(language)
    }

    private func words(fr french: String, en english: String, de german: String) -> String {
        language.words(fr: french, en: english, de: german)
    }

    /// « à 45 jours fin de mois » / « 45 days end of month » / « 45 Tage zum Monatsende ».
    public func paymentTerms(_ terms: PaymentTerms) -> String {
        switch terms {
        case .onReceipt:
            return words(fr: "à réception de facture", en: "on receipt of the invoice", de: "sofort nach Erhalt der Rechnung")
        case .net(let days, .invoiceDate):
            return words(fr: "à \(days) jours à compter de la date de facture", en: "\(days) days from the invoice date",
                         de: "innerhalb von \(days) Tagen ab Rechnungsdatum")
        case .net(let days, .deliveryDate):
            return words(fr: "à \(days) jours à compter de la livraison", en: "\(days) days from delivery",
                         de: "innerhalb von \(days) Tagen ab Lieferung")
        case .endOfMonth(let days, .daysThenEndOfMonth):
            return words(fr: "à \(days) jours fin de mois", en: "\(days) days end of month",
                         de: "\(days) Tage, dann zum Monatsende")
        case .endOfMonth(let days, .endOfMonthThenDays):
            return words(fr: "fin de mois, puis \(days) jours", en: "end of month, then \(days) days",
                         de: "zum Monatsende, dann \(days) Tage")
        case .fixedDate(let date):
            return words(fr: "le \(format.date(date))", en: "on \(format.date(date))", de: "am \(format.date(date))")
        }
    }

    /// « trois fois le taux de l'intérêt légal, par mois commencé » and the like.
    public func penalty(_ rule: PenaltyRule) -> String {
        let counting: String
        switch rule.counting {
        case .daily:
            counting = words(fr: "au prorata des jours de retard", en: "pro rata to the days late", de: "taggenau berechnet")
        case .perMonthStarted:
            counting = words(fr: "tout mois de retard commencé étant dû en entier", en: "each month of delay started being due in full",
                             de: "jeder angefangene Monat des Verzugs voll berechnet")
        }
        // C. com. L441-10 II: a clause below the legal floor is stated as the floor, never with a correction;
        // § 288 Abs. 3 BGB: a German clause below the statutory rate as the higher of the two.
        return rate(rule.lawful.rate) + ", " + counting
    }

    func rate(_ rate: PenaltyRate) -> String {
        switch rate {
        case .annual(let percent):
            return words(fr: "\(format.percent(percent)) par an", en: "\(format.percent(percent)) a year",
                         de: "\(format.percent(percent)) jährlich")
        case .monthly(let percent):
            return words(fr: "\(format.percent(percent)) par mois", en: "\(format.percent(percent)) a month",
                         de: "\(format.percent(percent)) monatlich")
        case .legalRateMultiple(let multiple):
            let times = format.number(multiple)
            return words(fr: "\(times) fois le taux de l'intérêt légal", en: "\(times) times the French legal interest rate",
                         de: "das \(times)-Fache des französischen gesetzlichen Zinssatzes")
        case .ecbPlus(let points):
            let value = format.number(points)
            return words(fr: "le taux de refinancement de la BCE majoré de \(value) points",
                         en: "the ECB main refinancing rate plus \(value) points",
                         de: "der Hauptrefinanzierungssatz der EZB zuzüglich \(value) Prozentpunkte")
        case .baseRatePlus(let points):
            let value = format.number(points)
            return words(fr: "le taux de base allemand (§ 247 BGB) majoré de \(value) points",
                         en: "\(value) percentage points above the German base rate (§ 247 BGB)",
                         de: "\(value) Prozentpunkte über dem Basiszinssatz (§ 247 BGB)")
        case .higherOf(let rates):
            let parts = rates.map(self.rate)
            return words(fr: "le plus élevé des taux suivants : " + parts.joined(separator: " ; "),
                         en: "the highest of: " + parts.joined(separator: "; "),
                         de: "der höchste der folgenden Sätze: " + parts.joined(separator: "; "))
        }
    }
}

extension TermsWording {
    /// « virement bancaire » / « bank transfer » / « Überweisung ».
    public func paymentMethod(_ method: PaymentMethod) -> String {
        switch method {
        case .transfer: words(fr: "virement bancaire", en: "bank transfer", de: "Überweisung")
        case .directDebit: words(fr: "prélèvement", en: "direct debit", de: "Lastschrift")
        case .card: words(fr: "carte bancaire", en: "payment card", de: "Kartenzahlung")
        case .cheque: words(fr: "chèque", en: "cheque", de: "Scheck")
        case .cashOnDelivery: words(fr: "paiement à la livraison", en: "cash on delivery", de: "Nachnahme")
        }
    }
}
