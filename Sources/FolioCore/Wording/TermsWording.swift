/// Payment terms and penalty rates said in words, in the document's language.
public struct TermsWording: Sendable {
    public let format: LocalizedFormat
    var french: Bool { format.language == .french }

    public init(_ language: DocumentLanguage) {
        format = LocalizedFormat(language)
    }

    /// « à 45 jours fin de mois » / « 45 days end of month ».
    public func paymentTerms(_ terms: PaymentTerms) -> String {
        switch terms {
        case .onReceipt:
            return french ? "à réception de facture" : "on receipt of the invoice"
        case .net(let days, .invoiceDate):
            return french ? "à \(days) jours à compter de la date de facture" : "\(days) days from the invoice date"
        case .net(let days, .deliveryDate):
            return french ? "à \(days) jours à compter de la livraison" : "\(days) days from delivery"
        case .endOfMonth(let days, .daysThenEndOfMonth):
            return french ? "à \(days) jours fin de mois" : "\(days) days end of month"
        case .endOfMonth(let days, .endOfMonthThenDays):
            return french ? "fin de mois, puis \(days) jours" : "end of month, then \(days) days"
        case .fixedDate(let date):
            return french ? "le \(format.date(date))" : "on \(format.date(date))"
        }
    }

    /// « trois fois le taux de l'intérêt légal, par mois commencé » and the like.
    public func penalty(_ rule: PenaltyRule) -> String {
        let counting: String
        switch rule.counting {
        case .daily: counting = french ? "au prorata des jours de retard" : "pro rata to the days late"
        case .perMonthStarted:
            counting = french ? "tout mois de retard commencé étant dû en entier" : "each month of delay started being due in full"
        }
        // C. com. L441-10 II: a clause below the legal floor is stated as the floor, never with a correction;
        // § 288 Abs. 3 BGB: a German clause below the statutory rate as the higher of the two.
        return rate(rule.lawful.rate) + ", " + counting
    }

    func rate(_ rate: PenaltyRate) -> String {
        switch rate {
        case .annual(let percent):
            return french ? "\(format.percent(percent)) par an" : "\(format.percent(percent)) a year"
        case .monthly(let percent):
            return french ? "\(format.percent(percent)) par mois" : "\(format.percent(percent)) a month"
        case .legalRateMultiple(let multiple):
            let times = format.number(multiple)
            return french ? "\(times) fois le taux de l'intérêt légal" : "\(times) times the French legal interest rate"
        case .ecbPlus(let points):
            let value = format.number(points)
            return french ? "le taux de refinancement de la BCE majoré de \(value) points"
                : "the ECB main refinancing rate plus \(value) points"
        case .baseRatePlus(let points):
            let value = format.number(points)
            return french ? "le taux de base allemand (§ 247 BGB) majoré de \(value) points"
                : "\(value) percentage points above the German base rate (§ 247 BGB)"
        case .higherOf(let rates):
            let parts = rates.map(self.rate)
            return french ? "le plus élevé des taux suivants : " + parts.joined(separator: " ; ")
                : "the highest of: " + parts.joined(separator: "; ")
        }
    }
}

extension TermsWording {
    /// « virement bancaire » / « bank transfer ».
    public func paymentMethod(_ method: PaymentMethod) -> String {
        switch method {
        case .transfer: french ? "virement bancaire" : "bank transfer"
        case .directDebit: french ? "prélèvement" : "direct debit"
        case .card: french ? "carte bancaire" : "payment card"
        case .cheque: french ? "chèque" : "cheque"
        }
    }
}
