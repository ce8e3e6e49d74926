import FolioCore
import Testing

/// A consumer buyer (issue 13 §1): interest at the legal rate from a formal notice only, prices
/// including VAT, the fields only a consumer's order has. Every amount is computed by hand.
@Suite("Consumers: interest from the formal notice, prices including VAT, consumer fields")
struct ConsumerTests {
    static let seller = RequiredMentionsTests.seller

    static func consumer() -> Party {
        Party(name: "Jeanne Martin", country: "FR",
              address: Address(lines: ["5 rue des Lilas"], postcode: "69003", city: "Lyon", country: "FR"), isBusiness: false)
    }

    /// 1 000,00 € HT at 20 % = 1 200,00 € TTC, due 15 days after 2026-03-02: 2026-03-17.
    static func invoice(business: Bool = false) throws -> ComputedOrder {
        var buyer = consumer()
        if business {
            buyer = Party(name: "Client SARL", siren: try SIREN("552100554"), country: "FR", address: buyer.address)
        }
        return try OrderComputation.compute(Order(
            kind: .invoice, date: day("2026-03-02"), currency: .euro, seller: seller, buyer: buyer,
            lines: [OrderLine(description: "Ordinateur", quantity: 1, unitPrice: d("1000.00"), vatRate: 20)],
            paymentTerms: .net(days: 15, from: .invoiceDate)))
    }

    // MARK: - Interest at the legal rate from the formal notice

    @Test("The consumer's rule: the legal rate, « all other cases » column (the creditor is a business), from the formal notice, no floor, no indemnity")
    func consumerRule() {
        let rule = PenaltyRule.applying(PenaltyRule(rate: .monthly(d("1.5"))), businessDebtor: false)
        #expect(rule == .consumerLegalInterest)
        #expect(rule.rate == .legalRateMultiple(1) && rule.start == .formalNotice && !rule.businessDebtor)
        // A business keeps the rule agreed, from the day after the due date.
        let business = PenaltyRule.applying(PenaltyRule(rate: .monthly(d("1.5"))), businessDebtor: true)
        #expect(business.rate == .monthly(d("1.5")) && business.start == .dayAfterDueDate)
    }

    @Test("Nothing runs before a formal notice; on its own day nothing yet; from it, the legal rate of the creditor's column")
    func interestFromTheFormalNotice() throws {
        let balance = OutstandingBalance(eur("1200.00"))
        let rule = PenaltyRule.consumerLegalInterest
        let none = try LatePaymentPenalty.compute(balance: balance, dueDate: day("2026-03-17"), through: day("2026-05-15"),
                                                  rule: rule, rates: .builtIn)
        #expect(none.periods.isEmpty && none.interest == eur("0.00") && none.recoveryIndemnity == nil)
        #expect(none.daysLate == 59)
        let sameDay = try LatePaymentPenalty.compute(balance: balance, dueDate: day("2026-03-17"), through: day("2026-04-15"),
                                                     rule: rule, rates: .builtIn, formalNotice: day("2026-04-15"))
        #expect(sameDay.interest == eur("0.00") && sameDay.periods.isEmpty)
        // From the notice of 15 April to 15 May: 16 April – 15 May, 30 days at 2.62 % (2026 H1, all other cases):
        // 1 200 × 2.62 % × 30 / 365 = 2.584… → 2.58. The individual-creditor column (6.67 %) would give 6.58.
        let month = try LatePaymentPenalty.compute(balance: balance, dueDate: day("2026-03-17"), through: day("2026-05-15"),
                                                   rule: rule, rates: .builtIn, formalNotice: day("2026-04-15"))
        #expect(month.periods.map(\.from) == [day("2026-04-16")])
        #expect(month.periods.map(\.units) == [30])
        #expect(month.periods.map(\.annualRate) == [d("2.62")])
        #expect(month.interest == eur("2.58"))
        #expect(month.recoveryIndemnity == nil)
    }

    @Test("Across a half-year the rate of each half-year applies; a payment lowers the balance the day after")
    func interestAcrossHalfYearsAndPayments() throws {
        // Notice 2025-06-20, letter 2025-07-10: 21–30 June, 10 days at 3.71 % → 1 200 × 3.71 % × 10 / 365 = 1.219… → 1.22;
        // 1–10 July, 10 days at 2.76 % → 0.907… → 0.91. Total 2.13.
        let crossing = try LatePaymentPenalty.compute(balance: OutstandingBalance(eur("1200.00")), dueDate: day("2025-05-31"),
                                                      through: day("2025-07-10"), rule: .consumerLegalInterest, rates: .builtIn,
                                                      formalNotice: day("2025-06-20"))
        #expect(crossing.periods.map(\.annualRate) == [d("3.71"), d("2.76")])
        #expect(crossing.periods.map(\.amount) == [eur("1.22"), eur("0.91")])
        #expect(crossing.interest == eur("2.13"))
        // 500.00 paid on 30 April: 16–30 April on 1 200 (15 days) → 1 200 × 2.62 % × 15 / 365 = 1.292… → 1.29;
        // 1–15 May on 700 (15 days) → 700 × 2.62 % × 15 / 365 = 0.753… → 0.75. Total 2.04.
        var balance = OutstandingBalance(eur("1200.00"))
        balance.reduce(by: eur("500.00"), on: day("2026-04-30"))
        let paid = try LatePaymentPenalty.compute(balance: balance, dueDate: day("2026-03-17"), through: day("2026-05-15"),
                                                  rule: .consumerLegalInterest, rates: .builtIn, formalNotice: day("2026-04-15"))
        #expect(paid.periods.map(\.principal) == [eur("1200.00"), eur("700.00")])
        #expect(paid.periods.map(\.amount) == [eur("1.29"), eur("0.75")])
        #expect(paid.interest == eur("2.04"))
    }

    @Test("A consumer's reminder claims the principal; a formal notice after an earlier one claims the interest between them")
    func consumerNotices() throws {
        let invoice = try Self.invoice()
        #expect(invoice.penaltyRule == .consumerLegalInterest)
        let reminder = try PaymentNotice(invoice: invoice, on: day("2026-04-01"), deadlineDays: 15,
                                         balance: OutstandingBalance(eur("1200.00")), credited: eur("0"), paid: eur("0"))
        #expect(reminder.isToConsumer && reminder.earlierFormalNotice == nil)
        #expect(reminder.penalty.interest == eur("0.00") && reminder.penalty.recoveryIndemnity == nil)
        #expect(reminder.total == eur("1200.00"))
        // The first formal notice, on 15 April: the principal alone.
        let first = try PaymentNotice(invoice: invoice, on: day("2026-04-15"), deadlineDays: 8,
                                      balance: OutstandingBalance(eur("1200.00")), credited: eur("0"), paid: eur("0"),
                                      formalNotice: day("2026-04-15"))
        #expect(first.earlierFormalNotice == nil && first.total == eur("1200.00"))
        // A second one on 15 May: 2.58 of interest since the first (see above).
        let second = try PaymentNotice(invoice: invoice, on: day("2026-05-15"), deadlineDays: 8,
                                       balance: OutstandingBalance(eur("1200.00")), credited: eur("0"), paid: eur("0"),
                                       formalNotice: day("2026-04-15"))
        #expect(second.earlierFormalNotice == day("2026-04-15"))
        #expect(second.penalty.interest == eur("2.58") && second.total == eur("1202.58"))
        // A business's penalties run from the day after the due date whatever the notices: ECB 2.15 + 10 = 12.15 %,
        // above 3 × 2.62 = 7.86 %; 18 March – 15 May, 59 days: 1 200 × 12.15 % × 59 / 365 = 23.568… → 23.57, and 40 €.
        let business = try PaymentNotice(invoice: try Self.invoice(business: true), on: day("2026-05-15"), deadlineDays: 8,
                                         balance: OutstandingBalance(eur("1200.00")), credited: eur("0"), paid: eur("0"),
                                         formalNotice: day("2026-04-15"))
        #expect(!business.isToConsumer && business.earlierFormalNotice == nil)
        #expect(business.penalty.interest == eur("23.57") && business.penalty.recoveryIndemnity == eur("40.00"))
    }

    // MARK: - Prices including VAT

    @Test("Prices excluding VAT: each price and amount with its VAT, rounded on its own (C. consom. L112-1)")
    func pricesFromNetPrices() throws {
        let computed = try OrderComputation.compute(Order(
            kind: .invoice, date: day("2026-03-02"), currency: .euro, seller: Self.seller, buyer: Self.consumer(),
            lines: [
                OrderLine(description: "Ordinateur", quantity: 1, unitPrice: d("450.10"), vatRate: 20),
                OrderLine(description: "Livres", quantity: 3, unitPrice: d("19.99"), vatRate: d("5.5"),
                          allowancesAndCharges: [AllowanceCharge(kind: .allowance, value: .percent(10, base: nil), reason: "Remise")]),
            ],
            allowancesAndCharges: [OrderAdjustment(kind: .charge, value: .amount(d("5.00")), vatRate: 20, reason: "Port")]))
        let prices = try #require(computed.consumerPrices)
        // 450.10 × 1.2 = 540.12; 19.99 × 1.055 = 21.089… → 21.09; 3 × 19.99 = 59.97 → 63.268… → 63.27;
        // 10 % of 59.97 = 6.00 → 6.33; 63.27 − 6.33 = 56.94; the charge 5.00 → 6.00.
        #expect(prices.lines.map(\.unitPrice) == [d("540.12"), d("21.09")])
        #expect(prices.lines.map(\.grossAmount) == [eur("540.12"), eur("63.27")])
        #expect(prices.lines[1].allowancesAndCharges == [eur("6.33")])
        #expect(prices.lines.map(\.netAmount) == [eur("540.12"), eur("56.94")])
        #expect(prices.allowancesAndCharges == [eur("6.00")])
        #expect(prices.lineTotal == eur("597.06"))
        // The totals are EN 16931's: 455.10 × 20 % = 91.02, 53.97 × 5.5 % = 2.97; 509.07 + 93.99 = 603.06 = 597.06 + 6.00.
        #expect(computed.totals.taxExclusiveTotal == eur("509.07") && computed.totals.grandTotal == eur("603.06"))
    }

    @Test("Prices including VAT: the order's prices as written, adding up to the amount due")
    func pricesAsWritten() throws {
        var order = Order(
            kind: .invoice, date: day("2026-09-14"), currency: .euro, seller: Self.seller, buyer: Self.consumer(),
            lines: [OrderLine(description: "Carnet", quantity: 3, unitPrice: d("19.99"), vatRate: 20),
                    OrderLine(description: "Livre", quantity: 2, unitPrice: d("8.45"), vatRate: d("5.5"))],
            allowancesAndCharges: [OrderAdjustment(kind: .charge, value: .amount(d("4.90")), vatRate: 20, reason: "Livraison")],
            pricesIncludeVAT: true)
        let computed = try OrderComputation.compute(order)
        let prices = try #require(computed.consumerPrices)
        #expect(prices.lines.map(\.unitPrice) == [d("19.99"), d("8.45")])
        #expect(prices.lines.map(\.netAmount) == [eur("59.97"), eur("16.90")])
        #expect(prices.allowancesAndCharges == [eur("4.90")])
        // 59.97 + 16.90 + 4.90 = 81.77 = 81.76 + 0.01 of rounding (BT-114).
        #expect(prices.lineTotal == eur("76.87"))
        #expect(computed.totals.amountDue == eur("81.77") && computed.totals.roundingAmount == eur("0.01"))
        // A business is shown prices excluding VAT: nothing here.
        order.buyer = Party(name: "Client SARL", siren: try SIREN("552100554"), country: "FR", address: Self.consumer().address)
        #expect(try OrderComputation.compute(order).consumerPrices == nil)
    }

    // MARK: - The fields only a consumer's order has

    @Test("saleChannel: required on a consumer's quote, refused for a business; latePayment refused for a consumer")
    func consumerFields() throws {
        func failure(_ order: Order) -> InvalidField? {
            do { _ = try OrderComputation.compute(order); return nil } catch { return error }
        }
        let line = OrderLine(description: "Conseil", quantity: 1, unitPrice: d("100.00"), vatRate: 20, nature: .services)
        var quote = Order(kind: .quote, date: day("2026-03-02"), currency: .euro, seller: Self.seller, buyer: Self.consumer(), lines: [line])
        #expect(failure(quote)?.path == "saleChannel")
        #expect(failure(quote)?.reason.contains("required on a quote to a consumer") == true)
        quote.saleChannel = .distance
        #expect(failure(quote) == nil)
        #expect(SaleChannel.distance.givesRightOfWithdrawal && SaleChannel.offPremises.givesRightOfWithdrawal)
        #expect(!SaleChannel.onPremises.givesRightOfWithdrawal)
        quote.penaltyRule = PenaltyRule(rate: .monthly(d("1.5")))
        #expect(failure(quote)?.path == "latePayment")
        #expect(failure(quote)?.reason.contains("1231-6") == true)
        var business = quote
        business.penaltyRule = nil
        business.buyer = Party(name: "Client SARL", siren: try SIREN("552100554"), country: "FR", address: Self.consumer().address)
        #expect(failure(business)?.path == "saleChannel")
        business.saleChannel = nil
        #expect(failure(business) == nil)
    }

    @Test("Terms admit their audience: business, consumer, or all")
    func termsAudience() {
        #expect(TermsAudience.business.admits(buyerIsBusiness: true) && !TermsAudience.business.admits(buyerIsBusiness: false))
        #expect(TermsAudience.consumer.admits(buyerIsBusiness: false) && !TermsAudience.consumer.admits(buyerIsBusiness: true))
        #expect(TermsAudience.all.admits(buyerIsBusiness: true) && TermsAudience.all.admits(buyerIsBusiness: false))
        #expect(TermsAudience.undeclared == .business)
    }
}
