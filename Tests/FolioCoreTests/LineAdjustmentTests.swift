import FolioCore
import Testing

/// A line's allowances and charges are stated with what they apply to, so that quantity × price,
/// each discount and the line's amount reconcile (CGI ann. II art. 242 nonies A, I-6°).
@Suite("Line allowances and charges, resolved")
struct LineAdjustmentTests {
    @Test("5 % of 200 × 7,35 € is −73,50 €, the line 1 396,50 €; a fixed 12,00 € charge added")
    func percentAndAmount() throws {
        let line = InvoiceLine(id: "1", name: "Livres", quantity: 200, unitPrice: d("7.35"),
                               allowancesAndCharges: [.allowance(.percent(5, base: nil), reason: "Remise quantité"),
                                                      .charge(.amount(12), reason: "Emballage")],
                               vat: .standard(d("5.5")))
        let totals = try TotalsCalculator.totals(of: InvoiceContent(currency: .euro, lines: [line]))
        let computed = try #require(totals.lines.first)
        #expect(computed.grossAmount == eur("1470.00"))
        #expect(computed.allowancesAndCharges.count == 2)
        let allowance = computed.allowancesAndCharges[0], charge = computed.allowancesAndCharges[1]
        #expect(allowance.kind == .allowance && allowance.amount == eur("73.50"))
        #expect(allowance.percent == 5 && allowance.baseAmount == eur("1470.00") && allowance.reason == "Remise quantité")
        #expect(charge.kind == .charge && charge.amount == eur("12.00") && charge.percent == nil && charge.baseAmount == nil)
        #expect(computed.netAmount == eur("1408.50"))   // 1 470,00 − 73,50 + 12,00
    }

    @Test("A percentage of a stated base: 10 % of 300,00 € on a 450,00 € line")
    func statedBase() throws {
        let line = InvoiceLine(id: "1", name: "Audit", quantity: 3, unitPrice: 150,
                               allowancesAndCharges: [.allowance(.percent(10, base: 300))], vat: .standard(20))
        let computed = try #require(try TotalsCalculator.totals(of: InvoiceContent(currency: .euro, lines: [line])).lines.first)
        #expect(computed.allowancesAndCharges.first?.baseAmount == eur("300.00"))
        #expect(computed.allowancesAndCharges.first?.amount == eur("30.00"))
        #expect(computed.netAmount == eur("420.00"))
    }
}
