import FolioCore
import PropertyBased
import Testing

/// The EN 16931 identities hold for thousands of random invoices.
@Suite("EN 16931 identities (property-based)")
struct TotalsPropertyTests {
    static let rates: [VATClassification] = [
        .standard(20), .standard(10), .standard(d("5.5")), .standard(d("2.1")),
        VATClassification(category: .exempt, rate: 0), VATClassification(category: .reverseCharge, rate: 0),
    ]

    /// Builds an invoice from random integers: each one gives a line (quantity, price, VAT, discount),
    /// every third one a document allowance or charge too.
    static func invoice(from seeds: [Int], currency: Currency, includingVAT: Bool) -> InvoiceContent {
        var lines: [InvoiceLine] = []
        var adjustments: [AllowanceCharge] = []
        for (index, seed) in seeds.enumerated() {
            let quantity = ExactDecimal(significand: Int128(seed % 50_000 + 1), places: seed % 4)
            let price = ExactDecimal(significand: Int128((seed / 7) % 10_000_000), places: (seed / 3) % 7)
            let vat = rates[(seed / 11) % rates.count]
            var lineAdjustments: [AllowanceCharge] = []
            if seed % 5 == 0 { lineAdjustments.append(.allowance(.percent(ExactDecimal(seed % 30 + 1), base: nil))) }
            if seed % 7 == 0 { lineAdjustments.append(.charge(.amount(ExactDecimal(significand: Int128(seed % 999), places: 2)))) }
            lines.append(InvoiceLine(id: "\(index + 1)", name: "line", quantity: quantity, unitPrice: price,
                                     allowancesAndCharges: lineAdjustments, vat: vat))
            if index % 3 == 0 {
                let amount = ExactDecimal(significand: Int128(seed % 100_000), places: 2)
                adjustments.append(seed % 2 == 0 ? .allowance(.amount(amount), vat: vat) : .charge(.percent(ExactDecimal(seed % 12 + 1), base: nil), vat: vat))
            }
        }
        let paid = ExactDecimal(significand: Int128((seeds.first ?? 0) % 50_000), places: 2)
        return InvoiceContent(currency: currency, lines: lines, allowancesAndCharges: adjustments,
                              pricesIncludeVAT: includingVAT, paidAmount: paid)
    }

    static let seeds = Gen.int(in: 0...Int(Int32.max)).array(of: 1...25)
    static let currencies = Gen.element(of: ["EUR", "GBP", "USD", "JPY", "CHF"])

    @Test func identitiesHold() async {
        await propertyCheck(count: 3000, input: Self.seeds, Self.currencies, Gen.bool()) { seeds, code, includingVAT in
            guard let code, let currency = Currency(code: code) else { return }
            let content = Self.invoice(from: seeds, currency: currency, includingVAT: includingVAT)
            let totals = try TotalsCalculator.totals(of: content)
            let places = currency.minorUnit
            // BR-CO-10: Σ BT-131 = BT-106.
            #expect(totals.lines.map(\.netAmount).sum(in: currency) == totals.lineTotal)
            // BR-CO-11 / BR-CO-12: document allowances and charges add up.
            #expect(totals.allowancesAndCharges.filter { $0.kind == .allowance }.map(\.amount).sum(in: currency) == totals.allowanceTotal)
            #expect(totals.allowancesAndCharges.filter { $0.kind == .charge }.map(\.amount).sum(in: currency) == totals.chargeTotal)
            // BR-CO-13: BT-109 = BT-106 − BT-107 + BT-108.
            #expect(totals.taxExclusiveTotal == totals.lineTotal - totals.allowanceTotal + totals.chargeTotal)
            // BR-CO-14: BT-110 = Σ BT-117.
            #expect(totals.vatBreakdown.map(\.taxAmount).sum(in: currency) == totals.taxTotal)
            // BR-CO-15: BT-112 = BT-109 + BT-110.
            #expect(totals.grandTotal == totals.taxExclusiveTotal + totals.taxTotal)
            // BR-CO-16: BT-115 = BT-112 − BT-113 + BT-114.
            #expect(totals.amountDue == totals.grandTotal - totals.paidAmount + totals.roundingAmount)
            // BR-S-08 and BR-CO-17 per category and rate; Σ BT-116 = BT-109.
            #expect(totals.vatBreakdown.map(\.taxableAmount).sum(in: currency) == totals.taxExclusiveTotal)
            for entry in totals.vatBreakdown {
                let base = totals.lines.filter { $0.vat == entry.vat }.map(\.netAmount).sum(in: currency)
                    + totals.allowancesAndCharges.filter { $0.vat == entry.vat && $0.kind == .charge }.map(\.amount).sum(in: currency)
                    - totals.allowancesAndCharges.filter { $0.vat == entry.vat && $0.kind == .allowance }.map(\.amount).sum(in: currency)
                #expect(entry.taxableAmount == base)
                #expect(entry.taxAmount.amount == (entry.taxableAmount.amount * entry.vat.rate).divided(by: 100, toPlaces: places))
            }
            // Every amount has exactly the currency's number of decimals.
            let amounts = [totals.lineTotal, totals.allowanceTotal, totals.chargeTotal, totals.taxExclusiveTotal,
                           totals.taxTotal, totals.grandTotal, totals.paidAmount, totals.roundingAmount, totals.amountDue]
                + totals.lines.map(\.netAmount) + totals.vatBreakdown.flatMap { [$0.taxableAmount, $0.taxAmount] }
            #expect(amounts.allSatisfy { $0.amount.places == places && $0.currency == currency })
            // Prices including VAT: the customer pays exactly what was shown, the difference is explicit.
            if !includingVAT { #expect(totals.roundingAmount.isZero) }
        }
    }

    @Test func pricesIncludingVATPayWhatWasShown() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 1...20), Gen.int(in: 1...99_999), Gen.int(in: 0...3)) { quantity, cents, rateIndex in
            let gross = ExactDecimal(significand: Int128(cents), places: 2)
            let vat = Self.rates[rateIndex]
            let content = InvoiceContent(currency: .euro, lines: [
                InvoiceLine(id: "1", name: "item", quantity: ExactDecimal(quantity), unitPrice: gross, vat: vat),
            ], pricesIncludeVAT: true)
            let totals = try TotalsCalculator.totals(of: content)
            #expect(totals.amountDue.amount == gross * ExactDecimal(quantity))
            #expect(totals.roundingAmount.amount.magnitude <= d("0.05"))
        }
    }
}
