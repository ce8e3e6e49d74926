/// The mentions every seller's law words the same way in each language, with the source its law gives.
extension Mention {
    /// The VAT regime's mention of each VAT category present, in category order (the legal basis of an
    /// exemption, the reverse charge, the small-business scheme).
    static func vatRegime(of facts: RequiredMentions.Facts) -> [Mention] {
        Set(facts.totals.vatBreakdown.map(\.vat.category)).sorted().compactMap { facts.treatments[$0]?.mention }
    }

    /// The VAT of a foreign-currency invoice in euros with the rate applied (BT-111), nil in euros.
    static func vatInEuros(_ totals: InvoiceTotals, source: String) -> Mention? {
        guard let euros = totals.taxTotalInTaxCurrency, let rate = totals.taxCurrencyExchangeRate else { return nil }
        let code = euros.currency.code, rateText = "(1 \(totals.currency.code) = \(rate) \(code))"
        return Mention(id: .vatInEuros, french: "Montant de la TVA en \(code) : \(euros.amount) \(rateText)",
                       english: "VAT amount in \(code): \(euros.amount) \(rateText)",
                       german: "Umsatzsteuerbetrag in \(code): \(euros.amount) \(rateText)", source: source)
    }

    /// A date in words, for a value-like mention (the due date).
    static func date(_ id: MentionID, _ date: CalendarDate, source: String) -> Mention {
        Mention(id: id, french: LocalizedFormat(.french).date(date), english: LocalizedFormat(.english).date(date),
                german: LocalizedFormat(.german).date(date), source: source)
    }

    /// An amount, for a value-like mention (the recovery indemnity, the lump sum).
    static func amount(_ id: MentionID, _ money: Money, source: String) -> Mention {
        Mention(id: id, french: LocalizedFormat(.french).amount(money), english: LocalizedFormat(.english).amount(money),
                german: LocalizedFormat(.german).amount(money), source: source)
    }

    /// The payment terms in words.
    static func paymentTerms(_ terms: PaymentTerms, source: String) -> Mention {
        Mention(id: .paymentTerms, french: TermsWording(.french).paymentTerms(terms),
                english: TermsWording(.english).paymentTerms(terms), german: TermsWording(.german).paymentTerms(terms),
                source: source)
    }

    /// The early-payment discount agreed, as the order states it.
    static func earlyPaymentDiscount(_ discount: String, source: String) -> Mention {
        Mention(id: .earlyPaymentDiscount, french: "Escompte pour paiement anticipé : \(discount)",
                english: "Early-payment discount: \(discount)", german: "Skonto bei vorzeitiger Zahlung: \(discount)", source: source)
    }
}
