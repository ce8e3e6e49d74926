import FolioCore
import Testing

@Suite("VAT regimes")
struct VATRegimeTests {
    func treatment(_ nature: SupplyNature, buyer: String, vat: String? = nil, business: Bool = true,
                   franchise: Bool = false, seller: String = "FR", on date: String = "2026-03-01") -> VATTreatment {
        VATRegime.treatment(of: nature, in: VATSituation(sellerCountry: seller, sellerInFranchise: franchise, buyerCountry: buyer,
                                                         buyerVATNumber: vat, buyerIsBusiness: business, date: day(date)))
    }

    @Test func chosenFromTheParties() {
        #expect(treatment(.goods, buyer: "FR").category == .standard)
        #expect(treatment(.services, buyer: "DE", vat: "DE136695976").category == .reverseCharge)
        #expect(treatment(.services, buyer: "DE", vat: "DE136695976").exemptionReasonCode == "VATEX-EU-AE")
        #expect(treatment(.services, buyer: "DE", vat: "DE136695976").mention?.french.hasPrefix("Autoliquidation") == true)
        #expect(treatment(.goods, buyer: "BE", vat: "BE0403019261").category == .intraCommunity)
        #expect(treatment(.goods, buyer: "BE", business: false).category == .standard)
        #expect(treatment(.goods, buyer: "US").category == .export)
        #expect(treatment(.services, buyer: "US").category == .notSubject)
        #expect(treatment(.services, buyer: "US", business: false).category == .standard)
        #expect(treatment(.services, buyer: "FR", franchise: true).exemptionReasonCode == "VATEX-FR-FRANCHISE")
        #expect(treatment(.services, buyer: "MQ", seller: "MQ").category == .standard)
    }

    @Test func brexitIsDated() {
        #expect(treatment(.goods, buyer: "GB", vat: "GB123456789", on: "2020-12-31").category == .intraCommunity)
        #expect(treatment(.goods, buyer: "GB", vat: "GB123456789", on: "2021-01-01").category == .export)
    }

    @Test func ratesAreDated() {
        let table = VATRateTable.metropolitanFrance
        #expect(table.isInForce(20, on: day("2014-01-01")))
        #expect(!table.isInForce(20, on: day("2013-12-31")))
        #expect(table.isInForce(d("19.6"), on: day("2013-12-31")))
        #expect(table.rates(on: day("2026-01-01")) == [20, 10, d("5.5"), d("2.1")])
        #expect(VATRateTable.frenchOverseas.isInForce(d("8.5"), on: day("2026-01-01")))
        #expect(!VATRateTable.frenchOverseas.isInForce(20, on: day("2026-01-01")))
    }
}
