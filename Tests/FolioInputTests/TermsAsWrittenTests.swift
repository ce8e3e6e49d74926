import FolioCore
import FolioInput
import Testing

/// The rules of the seeds' terms as they are written, computed by the core: a fee stated including
/// VAT, the prices and the depreciation grid the terms print, the order value of the small-order
/// rule, and a penalty clause below the legal floor. Every figure is computed by hand in the comments.
@Suite("The seeds' rules as written")
struct TermsAsWrittenTests {
    static let profile = """
        legalName: Baie
        legalForm: SARL
        siren: "876951757"
        vatNumber: FR40876951757
        address: {lines: [12 boulevard du Général de Gaulle], postcode: "97200", city: Fort-de-France, country: MQ}
        salesRules:
          paymentTerms: {kind: on-receipt}
          latePayment: {rate: {legalRateMultiple: 1.5}, counting: daily}
          paymentMethodFees: [{method: transfer, amountIncludingVAT: 45.00, vatRate: 8.5}]
          rejectedDirectDebitFee: {amount: 15.00, vatRate: 8.5}
          smallOrderCharge: {below: 50.00, amount: 5.00, vatRate: 8.5}
          priceList:
            - {id: labour, label: {fr: Heure de main-d'œuvre, en: Labour hour}, unitPrice: 89.00, unit: HUR}
            - {id: travel-central, label: {fr: Déplacement zone centre, en: Travel central area}, unitPrice: 19.00}
            - {id: unreturned-equipment, label: {fr: Équipement non restitué, en: Equipment not returned}, unitPrice: 499.00, unit: H87}
          depreciation:
            - {id: impeccable, label: {fr: État impeccable, en: Impeccable condition}, percent: 0}
            - {id: light-scratches, label: {fr: Rayures légères, en: Light scratches}, percent: 15}
            - {id: functional-degradation, label: {fr: Dégradation fonctionnelle, en: Functional degradation}, percent: 50}
        """

    static func order(_ body: String, buyerKind: String = "business") -> String {
        """
        kind: invoice
        date: 2026-06-09
        currency: EUR
        seller: {name: Baie SARL, siren: "876951757", vatNumber: FR40876951757, country: MQ}
        buyer: {name: Hôtel SAS, kind: \(buyerKind), siren: "464954098", vatNumber: FR75464954098, country: MQ, address: {lines: [Route de Pointe Marin], postcode: "97227", city: Sainte-Anne, country: MQ}}
        \(body)
        """
    }

    static func compute(_ text: String, profile: String = profile) throws -> ComputedOrder {
        try OrderComputation.compute(OrderReader.read(text), rules: CompanyProfileReader.read(profile).salesRules)
    }

    static func decimal(_ text: String) -> ExactDecimal { ExactDecimal(text)! }

    @Test("A transfer fee of 45 € including VAT: the client pays exactly 45,00 € more, the VAT rounding cent as BT-114 (seed 003)")
    func feeIncludingVAT() throws {
        let lines = """
            lines:
              - {description: Service Wi-Fi, quantity: 1, unitPrice: 2004.47, vatRate: 8.5, nature: services}
              - {description: Maintenance, quantity: 1, unitPrice: 546.67, vatRate: 8.5, nature: services}
            """
        // Without the fee: 2 551,14 € net, VAT 2 551,14 × 8,5 % = 216,8469 → 216,85 €, 2 767,99 €.
        let card = try Self.compute(Self.order(lines + "\npaymentMethod: card"))
        #expect(card.totals.amountDue.amount == Self.decimal("2767.99"))
        // With it: net part 45 × 100 / 108,5 = 41,4746… → 41,47 €; 2 592,61 € at 8,5 % = 220,371… → 220,37 €;
        // 2 812,98 €, and the client owes 2 767,99 + 45,00 = 2 812,99 €: +0,01 € of rounding.
        let transfer = try Self.compute(Self.order(lines + "\npaymentMethod: transfer"))
        #expect(transfer.totals.chargeTotal.amount == Self.decimal("41.47"))
        #expect(transfer.totals.taxTotal.amount == Self.decimal("220.37"))
        #expect(transfer.totals.grandTotal.amount == Self.decimal("2812.98"))
        #expect(transfer.totals.roundingAmount.amount == Self.decimal("0.01"))
        #expect(transfer.totals.amountDue.amount == Self.decimal("2812.99"))
        #expect(transfer.totals.amountDue.amount - card.totals.amountDue.amount == Self.decimal("45.00"))
        // A smaller order: 100,00 € net → 8,50 € VAT, 108,50 €; with the fee 141,47 € → 12,02 € VAT (12,02495),
        // 153,49 €, and 108,50 + 45,00 = 153,50 €: +0,01 €.
        let small = try Self.compute(Self.order("lines: [{description: Audit, quantity: 1, unitPrice: 100, vatRate: 8.5, nature: services}]\npaymentMethod: transfer"))
        #expect(small.totals.grandTotal.amount == Self.decimal("153.49"))
        #expect(small.totals.amountDue.amount == Self.decimal("153.50"))
    }

    @Test("A fee including VAT in a VAT-inclusive order is one more price the client was shown")
    func feeIncludingVATWithGrossPrices() throws {
        // 108,50 € TTC of lines and the 45,00 € fee, both including VAT: the client pays 153,50 €.
        let computed = try Self.compute(Self.order("""
            pricesIncludeVAT: true
            lines: [{description: Audit, quantity: 1, unitPrice: 108.50, vatRate: 8.5, nature: services}]
            paymentMethod: transfer
            """))
        #expect(computed.totals.lineTotal.amount == Self.decimal("100.00"))
        #expect(computed.totals.chargeTotal.amount == Self.decimal("41.47"))
        #expect(computed.totals.amountDue.amount == Self.decimal("153.50"))
    }

    @Test("The profile reads amount or amountIncludingVAT, not both, not neither")
    func feeAmounts() throws {
        let rules = try CompanyProfileReader.read(Self.profile).salesRules
        #expect(rules.paymentMethodFees[.transfer] == SalesFee(amount: 45, vatRate: Self.decimal("8.5"), includesVAT: true))
        #expect(rules.rejectedDirectDebitFee == SalesFee(amount: 15, vatRate: Self.decimal("8.5")))
        let both = Self.profile.replacingOccurrences(of: "amountIncludingVAT: 45.00,", with: "amount: 41.47, amountIncludingVAT: 45.00,")
        #expect(throws: InvalidField("salesRules.paymentMethodFees[0]", "give exactly one of: amount, amountIncludingVAT")) {
            try CompanyProfileReader.read(both)
        }
    }

    @Test("Lines priced by the terms: labour and travel from the price list (seed 003's out-of-contract rates)")
    func priceList() throws {
        let computed = try Self.compute(Self.order("""
            lines:
              - {description: Remise en service, quantity: 2.5, priceListItem: labour, vatRate: 8.5, nature: services}
              - {description: Déplacement, quantity: 1, priceListItem: travel-central, vatRate: 8.5, nature: services}
              - {description: Boîtier non restitué, quantity: 1, priceListItem: unreturned-equipment, vatRate: 8.5, nature: services}
            """))
        // 2,5 × 89,00 = 222,50; 19,00; 499,00: 740,50 € net, VAT 62,9425 → 62,94 €, 803,44 €.
        #expect(computed.totals.lines.map(\.netAmount.amount) == [Self.decimal("222.50"), Self.decimal("19.00"), Self.decimal("499.00")])
        #expect(computed.order.lines.map(\.unitCode) == ["HUR", "C62", "H87"])
        #expect(computed.totals.grandTotal.amount == Self.decimal("803.44"))
    }

    @Test("A price list item or a grade the terms do not have is refused, naming the line and what the terms have")
    func unknownTermsNames() throws {
        #expect(throws: InvalidField("lines[0].priceListItem", "\"labor\" is not in the terms' price list (salesRules.priceList has: labour, travel-central, unreturned-equipment)")) {
            try Self.compute(Self.order("lines: [{description: Labour, quantity: 1, priceListItem: labor, vatRate: 8.5}]"))
        }
        #expect(throws: InvalidField("lines[0].depreciation.grade", "\"scratched\" is not a grade of the terms' depreciation grid (salesRules.depreciation has: impeccable, light-scratches, functional-degradation)")) {
            try Self.compute(Self.order("lines: [{description: Box, quantity: 1, depreciation: {grade: scratched, flatRatePrice: 420}, vatRate: 8.5}]"))
        }
        // Without a company's rules, nothing prices the line.
        #expect(throws: InvalidField.self) {
            try OrderComputation.compute(OrderReader.read(Self.order("lines: [{description: Labour, quantity: 1, priceListItem: labour, vatRate: 8.5}]")))
        }
    }

    @Test("A line priced by the terms gives no unitPrice nor unit, and not both a price list item and a depreciation")
    func pricedLinesAreStrict() throws {
        #expect(throws: InvalidField("lines[0].unitPrice", "the price comes from the terms' price list (priceListItem): leave unitPrice out")) {
            try OrderReader.read(Self.order("lines: [{description: Labour, quantity: 1, priceListItem: labour, unitPrice: 80, vatRate: 8.5}]"))
        }
        #expect(throws: InvalidField("lines[0].unit", "the unit comes from the price list item: leave unit out")) {
            try OrderReader.read(Self.order("lines: [{description: Labour, quantity: 1, priceListItem: labour, unit: DAY, vatRate: 8.5}]"))
        }
        #expect(throws: InvalidField("lines[0].depreciation", "a line takes its price from the price list (priceListItem) or from the depreciation grid, not both")) {
            try OrderReader.read(Self.order("lines: [{description: Box, quantity: 1, priceListItem: labour, depreciation: {grade: unusable, flatRatePrice: 420}}]"))
        }
        #expect(throws: InvalidField("lines[0].unitPrice", "required")) {
            try OrderReader.read(Self.order("lines: [{description: Box, quantity: 1, vatRate: 8.5}]"))
        }
    }

    @Test("Depreciation: the grade's percentage of the flat-rate price, to the cent (15 % and 50 % of 420 €; 15 % of 333,33 €)")
    func depreciation() throws {
        let computed = try Self.compute(Self.order("""
            lines:
              - {description: Boîtier n° 20418, quantity: 1, depreciation: {grade: light-scratches, flatRatePrice: 420.00}, vatRate: 8.5, nature: services}
              - {description: Boîtier n° 20419, quantity: 1, depreciation: {grade: functional-degradation, flatRatePrice: 420.00}, vatRate: 8.5, nature: services}
              - {description: Borne n° 7, quantity: 2, depreciation: {grade: light-scratches, flatRatePrice: 333.33}, vatRate: 8.5, nature: services}
              - {description: Borne n° 8, quantity: 1, depreciation: {grade: impeccable, flatRatePrice: 690.00}, vatRate: 8.5, nature: services}
            """))
        // 420 × 15 % = 63,00; 420 × 50 % = 210,00; 333,33 × 15 % = 49,9995 → 50,00 each, × 2 = 100,00; 0 % → 0,00.
        #expect(computed.order.lines.map(\.unitPrice) == [Self.decimal("63.00"), Self.decimal("210.00"), Self.decimal("50.00"), Self.decimal("0.00")])
        #expect(computed.totals.lineTotal.amount == Self.decimal("373.00"))
        #expect(computed.order.lines[0].depreciation?.applied?.label.french == "Rayures légères")
        let over = Self.profile.replacingOccurrences(of: "percent: 50}", with: "percent: 150}")
        #expect(throws: InvalidField("salesRules.depreciation[2].percent", "a depreciation is at most 100 % of the price, not 150")) {
            try CompanyProfileReader.read(over)
        }
    }

    @Test("The small-order threshold compares the order value: shipping and fees left out, allowances deducted (seed 002)")
    func smallOrderValue() throws {
        // 45,00 € of goods below 50,00 €: charged, though the 9,90 € shipping takes the net total to 54,90 €.
        let shipped = try Self.compute(Self.order("""
            lines: [{description: Câbles, quantity: 3, unitPrice: 15.00, vatRate: 8.5}]
            charges: [{amount: 9.90, vatRate: 8.5, reason: Expédition}]
            paymentMethod: card
            """))
        #expect(shipped.order.allowancesAndCharges.last?.origin == .smallOrder(below: 50))
        #expect(shipped.totals.chargeTotal.amount == Self.decimal("14.90"))
        // 60,00 € of goods less a 12,00 € allowance: an order value of 48,00 €, charged.
        let discounted = try Self.compute(Self.order("""
            lines: [{description: Câbles, quantity: 4, unitPrice: 15.00, vatRate: 8.5}]
            allowances: [{amount: 12.00, vatRate: 8.5, reason: Bon de réduction}]
            """))
        #expect(discounted.order.allowancesAndCharges.last?.origin == .smallOrder(below: 50))
        // 50,00 € of goods: not below, no charge, whatever the fees (the transfer fee is not goods).
        let exactly = try Self.compute(Self.order("""
            lines: [{description: Câbles, quantity: 2, unitPrice: 25.00, vatRate: 8.5}]
            paymentMethod: transfer
            """))
        #expect(!exactly.order.allowancesAndCharges.contains { $0.origin == .smallOrder(below: 50) })
    }

    @Test("1.5 × the legal rate between businesses is stated and applied as 3 ×, the floor; a consumer's clause is left as written")
    func lawfulPenaltyRate() throws {
        let lines = "lines: [{description: Audit, quantity: 1, unitPrice: 100, vatRate: 8.5, nature: services}]"
        let business = try Self.compute(Self.order(lines))
        #expect(business.penaltyRule?.rate == .legalRateMultiple(3))
        let french = TermsWording(.french).penalty(try #require(business.penaltyRule))
        #expect(french == "3 fois le taux de l'intérêt légal, au prorata des jours de retard")
        #expect(TermsWording(.english).penalty(try #require(business.penaltyRule)) == "3 times the French legal interest rate, pro rata to the days late")
        #expect(business.mentions.contains { $0.french.contains("au taux suivant : 3 fois le taux de l'intérêt légal") })
        #expect(!business.mentions.contains { $0.french.contains("1,5") || $0.french.contains("porté") })
        // Within a « higher of », the multiple below 3 gives way to 3; a monthly rate stays, compared each period.
        let higher = PenaltyRate.higherOf([.monthly(Self.decimal("1.2")), .legalRateMultiple(Self.decimal("1.5"))])
        #expect(higher.atLeastLegalFloorMultiple == .higherOf([.monthly(Self.decimal("1.2")), .legalRateMultiple(3)]))
        #expect(PenaltyRate.higherOf([.legalRateMultiple(2), .legalRateMultiple(3)]).atLeastLegalFloorMultiple == .legalRateMultiple(3))
        #expect(PenaltyRate.legalRateMultiple(4).atLeastLegalFloorMultiple == .legalRateMultiple(4))
        // A consumer debtor owes neither the clause nor the floor (C. com. L441-10 is between businesses only),
        // but interest at the legal rate from a formal notice (C. civ. 1231-6, 1344-1).
        let consumer = PenaltyRule.applying(PenaltyRule(rate: .legalRateMultiple(Self.decimal("1.5"))), businessDebtor: false)
        #expect(consumer == PenaltyRule.consumerLegalInterest)
    }
}
