import FolioCore
import FolioInput
import Testing

/// The rules of a company's terms of sale, read from a profile and applied to orders: what the
/// seed companies' terms impose, computed, never typed.
@Suite("Sales rules from the company profile")
struct SalesRulesTests {
    static let profile = """
        legalName: Atelier
        legalForm: SAS
        siren: "912345618"
        address: {lines: [1 rue A], postcode: "75011", city: Paris, country: FR}
        salesRules:
          paymentTerms: {kind: net, days: 30}
          latePayment: {rate: {higherOf: [{monthlyPercent: 1.2}, {legalRateMultiple: 3}]}, counting: per-month-started}
          depositPercent: 30
          maxQuantityPerProduct: 3
          smallOrderCharge: {below: 50.00, amount: 5.00, vatRate: 20, clients: business}
          paymentMethodFees: [{method: transfer, amount: 45.00, vatRate: 20}]
          rejectedDirectDebitFee: {amount: 15.00, vatRate: 20}
        """

    static func order(_ body: String, kind: String = "invoice", buyerKind: String = "business") -> String {
        """
        kind: \(kind)
        date: 2026-03-16
        currency: EUR
        seller: {name: Atelier SAS, siren: "912345618", vatNumber: FR88912345618, country: FR}
        buyer: {name: Client SARL, kind: \(buyerKind), siren: "552100554", vatNumber: FR96552100554, country: FR, address: {lines: [1 rue de la Paix], postcode: "75002", city: Paris, country: FR}}
        \(body)
        """
    }

    static func compute(_ text: String) throws -> ComputedOrder {
        let rules = try CompanyProfileReader.read(profile).salesRules
        return try OrderComputation.compute(OrderReader.read(text), rules: rules)
    }

    @Test("At most 3 items of one product per order: the fourth is refused, naming the line (seed 000)")
    func maximumQuantity() throws {
        let text = Self.order("""
            lines:
              - {id: MUG-1, description: Mug, quantity: 2, unitPrice: 12, vatRate: 20}
              - {id: MUG-1, description: Mug (gift box), quantity: 2, unitPrice: 12, vatRate: 20}
            """)
        #expect(throws: InvalidField("lines[1].quantity", "the terms of sale allow at most 3 items of one product per order; \"MUG-1\" comes to 4")) {
            try Self.compute(text)
        }
        _ = try Self.compute(text.replacingOccurrences(of: "Mug (gift box), quantity: 2", with: "Mug (gift box), quantity: 1"))
    }

    @Test("Small-order charge: 5 € net with its VAT under 50 € net for a business, not for a consumer nor at 50 € (seed 002)")
    func smallOrderCharge() throws {
        let small = Self.order("lines: [{description: Cable, quantity: 2, unitPrice: 23.50, vatRate: 20}]")
        let computed = try Self.compute(small)
        #expect(computed.totals.chargeTotal.amount == ExactDecimal("5.00"))
        #expect(computed.totals.lineTotal.amount == ExactDecimal("47.00"))
        #expect(computed.totals.taxExclusiveTotal.amount == ExactDecimal("52.00"))
        #expect(computed.totals.grandTotal.amount == ExactDecimal("62.40"))
        #expect(computed.order.allowancesAndCharges.last?.origin == .smallOrder(below: 50))
        let consumer = try Self.compute(Self.order("lines: [{description: Cable, quantity: 2, unitPrice: 23.50, vatRate: 20}]",
                                                   buyerKind: "individual"))
        #expect(consumer.totals.chargeTotal.isZero)
        let fifty = try Self.compute(Self.order("lines: [{description: Cable, quantity: 2, unitPrice: 25.00, vatRate: 20}]"))
        #expect(fifty.totals.chargeTotal.isZero)
    }

    @Test("Small-order charge stays 5 € net when the order's prices include VAT")
    func smallOrderChargeOnGrossPrices() throws {
        let computed = try Self.compute(Self.order("""
            pricesIncludeVAT: true
            lines: [{description: Cable, quantity: 1, unitPrice: 24.00, vatRate: 20}]
            """))
        #expect(computed.totals.lineTotal.amount == ExactDecimal("20.00"))
        #expect(computed.totals.chargeTotal.amount == ExactDecimal("5.00"))
        #expect(computed.totals.grandTotal.amount == ExactDecimal("30.00"))
        #expect(computed.totals.amountDue.amount == ExactDecimal("30.00"))
    }

    @Test("Payment by transfer costs 45 € and two rejected direct debits 2 × 15 €, with VAT (seed 003)")
    func paymentFees() throws {
        let computed = try Self.compute(Self.order("""
            lines: [{description: Audit, quantity: 1, unitPrice: 900, vatRate: 20, nature: services}]
            paymentMethod: transfer
            rejectedDirectDebits: 2
            """))
        #expect(computed.totals.chargeTotal.amount == ExactDecimal("75.00"))
        #expect(computed.totals.taxTotal.amount == ExactDecimal("195.00"))
        #expect(computed.order.allowancesAndCharges.map(\.origin) == [.paymentMethod(.transfer), .rejectedDirectDebits(count: 2, each: 15)])
    }

    @Test("SYNTEC revision: P1 = P0 × S1 / S0 on every unit price, rounded to the cent (seed 003)")
    func syntecRevision() throws {
        let computed = try Self.compute(Self.order("""
            lines: [{description: Maintenance, quantity: 3, unit: MON, unitPrice: 89.00, vatRate: 20, nature: services}]
            priceRevision: {index: SYNTEC, base: 296.3, current: 302.5}
            """))
        // 89.00 × 302.5 / 296.3 = 90.862…
        #expect(computed.totals.lines[0].netUnitPrice == ExactDecimal("90.86"))
        #expect(computed.totals.lineTotal.amount == ExactDecimal("272.58"))
    }

    @Test("The profile's deposit and terms apply when the order says nothing; the quote's deposit is what the deposit invoice bills (seed 001)")
    func depositAndDefaults() throws {
        let lines = """
            lines:
              - {description: Design, quantity: 1, unitPrice: 1234.57, vatRate: 20, nature: services}
              - {description: Books, quantity: 3, unitPrice: 7.35, vatRate: 5.5}
            """
        let quote = try Self.compute(Self.order(lines, kind: "quote"))
        let deposit = try #require(quote.deposit)
        #expect(deposit.percent == 30)
        let depositInvoice = try Self.compute(Self.order(lines + "\nquote: {number: D-1, date: 2026-03-16}", kind: "deposit-invoice"))
        #expect(depositInvoice.totals.grandTotal == deposit.deposit)
        #expect(depositInvoice.totals.vatBreakdown.count == 2)
        #expect(depositInvoice.order.natures == [.goods, .services])
        // 30 % of each rate's base: 370.37 at 20 % (+74.07) and 6.62 at 5.5 % (+0.36).
        #expect(deposit.deposit.amount == ExactDecimal("451.42"))
        #expect(deposit.deposit + deposit.balance == quote.totals.grandTotal)
        let invoice = try Self.compute(Self.order(lines))
        #expect(invoice.paymentTerms == .net(days: 30, from: .invoiceDate))
        #expect(invoice.penaltyRule?.counting == .perMonthStarted)
        let balance = try Self.compute(Self.order(lines + "\ndeposits: [{number: FA-1, date: 2026-03-16, percent: 30}]"))
        #expect(balance.totals.paidAmount == deposit.deposit)
        #expect(balance.totals.amountDue == deposit.balance)
    }

    @Test("A credit note must cite its invoice, dated on or before it")
    func creditNoteReference() throws {
        let lines = "lines: [{description: Books, quantity: 1, unitPrice: 7.35, vatRate: 5.5}]"
        #expect(throws: InvalidField("creditedInvoice", "required: a credit note cites the invoice it corrects (number and date)")) {
            try Self.compute(Self.order(lines, kind: "credit-note"))
        }
        #expect(throws: InvalidField.self) {
            try Self.compute(Self.order(lines + "\ncreditedInvoice: {number: F-9, date: 2026-03-17}", kind: "credit-note"))
        }
        let note = try Self.compute(Self.order(lines + "\ncreditedInvoice: {number: F-9, date: 2026-03-02}", kind: "credit-note"))
        #expect(note.order.creditedInvoice == DocumentReference(number: "F-9", date: CalendarDate("2026-03-02")!))
    }

    @Test("A fee rule the profile lacks is refused, naming the field")
    func missingFee() throws {
        let rules = SalesRules()
        let text = Self.order("lines: [{description: A, quantity: 1, unitPrice: 10, vatRate: 20}]\nrejectedDirectDebits: 1")
        #expect(throws: InvalidField.self) { try OrderComputation.compute(OrderReader.read(text), rules: rules) }
    }
}
