import FolioCore
import FolioInput
import Testing

@Suite("Order data: reading and refusing")
struct OrderReaderTests {
    static let valid = """
        date: 2026-03-16
        currency: EUR
        seller: {name: Atelier SAS, siren: "912345618", vatNumber: FR88912345618, country: FR}
        buyer: {name: Client SARL, siren: "552100554", vatNumber: FR96552100554, country: FR, address: {lines: [1 rue de la Paix], postcode: "75002", city: Paris, country: FR}}
        lines:
          - {description: Audit, quantity: 2, unitPrice: 450.10, vatRate: 20, nature: services}
          - {description: Books, quantity: 3, unitPrice: 7.35, vatRate: 5.5}
        paymentTerms: {kind: net, days: 30}
        """

    /// The order with one line of text replaced.
    static func variant(_ old: String, _ new: String) -> String {
        valid.replacingOccurrences(of: old, with: new)
    }

    static func failure(_ text: String) -> InvalidField? {
        do {
            _ = try OrderComputation.compute(OrderReader.read(text))
            return nil
        } catch {
            return error
        }
    }

    @Test func readsAndComputes() throws {
        let computed = try OrderComputation.compute(OrderReader.read(Self.valid))
        #expect(computed.totals.lineTotal.amount == ExactDecimal("922.25"))
        #expect(computed.totals.grandTotal.amount == ExactDecimal("1103.50"))  // 922.25 + 180.04 (20 % of 900.20) + 1.21 (5.5 % of 22.05)
        #expect(computed.dueDate == CalendarDate("2026-04-15"))
    }

    @Test func jsonIsReadToo() throws {
        let json = """
            {"date": "2026-03-16", "currency": "EUR",
             "seller": {"name": "Atelier SAS", "siren": "912345618", "vatNumber": "FR88912345618", "country": "FR"},
             "buyer": {"name": "Client", "kind": "individual", "country": "FR", "address": {"lines": ["2 rue Haute"], "postcode": "75002", "city": "Paris", "country": "FR"}},
             "lines": [{"description": "Audit", "quantity": 2, "unitPrice": 450.10, "vatRate": 20}]}
            """
        let order = try OrderReader.read(json)
        #expect(order.lines.first?.unitPrice == ExactDecimal("450.10"))
    }

    @Test(arguments: [
        ("currency: EUR", "currency: EUX", "currency", "ISO 4217"),
        ("currency: EUR", "currency: EUR\ncolour: blue", "colour", "unknown field"),
        ("quantity: 2,", "quantity: 0,", "lines[0].quantity", "more than 0"),
        ("quantity: 2,", "quantity: -1,", "lines[0].quantity", "more than 0"),
        ("quantity: 2,", "quantity: two,", "lines[0].quantity", "not a decimal"),
        ("quantity: 2,", "quantiy: 2,", "lines[0].quantiy", "did you mean \"quantity\""),
        ("date: 2026-03-16", "date: 2026-02-30", "date", "calendar date"),
        ("vatRate: 5.5}", "vatRate: 7}", "lines[1].vatRate", "not a VAT rate in force"),
        ("vatRate: 5.5}", "vatRate: 5.5, vatCategory: XX}", "lines[1].vatCategory", "VAT category"),
        ("siren: \"552100554\"", "siren: \"552100555\"", "buyer.siren", "Luhn"),
        ("vatNumber: FR96552100554", "vatNumber: FR97552100554", "buyer.vatNumber", "check digits"),
        ("vatNumber: FR88912345618", "vatNumber: FR44732829320", "seller.vatNumber", "does not belong to SIREN"),
        ("{kind: net, days: 30}", "{kind: net, days: 75}", "paymentTerms", "60 days"),
        ("{kind: net, days: 30}", "{kind: end-of-month, days: 50}", "paymentTerms", "45 days end of month"),
        ("unitPrice: 450.10", "unitPrice: 450.1234567", "lines[0].unitPrice", "more than 6 decimals"),
        ("currency: EUR", "currency: KWD", "currency", "BR-DEC"),
        ("currency: EUR", "currency: GBP", "taxCurrency", "euros"),
        ("address: {lines: [1 rue de la Paix], postcode: \"75002\", city: Paris, country: FR}", "kind: business", "buyer.address", "mandatory"),
        ("buyer: {name: Client SARL, siren: \"552100554\", vatNumber: FR96552100554, country: FR, address: {lines: [1 rue de la Paix], postcode: \"75002\", city: Paris, country: FR}}",
         "buyer: {name: Kunde GmbH, country: DE}", "buyer.vatNumber", "required"),
    ])
    func refusedWithPathAndReason(_ change: (String, String, String, String)) throws {
        let text = Self.variant(change.0, change.1)
        #expect(text != Self.valid, "the variant must change the order")
        let error = try #require(Self.failure(text), "expected \(change.1) to be refused")
        #expect(error.path == change.2)
        #expect(error.reason.contains(change.3), "\(error)")
    }

    @Test func theSIRENRuleIsDated() throws {
        // Before the reform, an invoice to a French business without its SIREN is accepted.
        let text = Self.variant("buyer: {name: Client SARL, siren: \"552100554\", vatNumber: FR96552100554, country: FR, address: {lines: [1 rue de la Paix], postcode: \"75002\", city: Paris, country: FR}}",
                                "buyer: {name: Client SARL, country: FR, address: {lines: [1 rue de la Paix], postcode: \"75002\", city: Paris, country: FR}}")
        #expect(Self.failure(text.replacingOccurrences(of: "date: 2026-03-16", with: "date: 2026-08-31")) == nil)
        let after = Self.failure(text.replacingOccurrences(of: "date: 2026-03-16", with: "date: 2026-09-01"))
        #expect(after?.path == "buyer.siren")
        #expect(after?.reason.contains("2026-09-01") == true)
    }

    @Test func duplicateAndMissingFields() throws {
        let duplicate = Self.failure(Self.valid + "\ncurrency: USD")
        #expect(duplicate != nil, "a field given twice is refused")
        #expect(duplicate?.description.contains("currency") == true, "\(String(describing: duplicate))")
        #expect(Self.failure(Self.variant("date: 2026-03-16\n", ""))?.path == "date")
        #expect(Self.failure("")?.reason.contains("empty") == true)
        #expect(Self.failure("lines: [")?.reason.contains("YAML") == true)
    }
}
