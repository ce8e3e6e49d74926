import FolioCore
import Testing

@Suite("Mentions a document must carry, from the core")
struct RequiredMentionsTests {
    static let seller = Party(name: "Atelier Numérique SAS", siren: try? SIREN("912345618"), vatNumber: try? VATNumber("FR88912345618"), country: "FR",
                              address: Address(lines: ["12 rue des Imprimeurs"], postcode: "75011", city: "Paris", country: "FR"))

    static func order(_ kind: Order.Kind, nature: SupplyNature = .goods, business: Bool = true, discount: String? = nil) -> Order {
        let buyer = Party(name: "Client", siren: business ? try? SIREN("732829320") : nil, country: "FR",
                          address: Address(lines: ["1 rue A"], postcode: "69002", city: "Lyon", country: "FR"), isBusiness: business)
        var order = Order(kind: kind, date: day("2026-03-16"), currency: .euro, seller: seller, buyer: buyer,
                          lines: [OrderLine(description: "Item", quantity: 2, unitPrice: d("100.00"), vatRate: 20, nature: nature)],
                          earlyPaymentDiscount: discount)
        // A consumer's contract says how it is concluded (required on a quote).
        if !business { order.saleChannel = .onPremises }
        return order
    }

    static func ids(_ order: Order) throws -> [MentionID] {
        try OrderComputation.compute(order).mentions.map(\.id)
    }

    @Test("An invoice of goods to a business: category, due date, terms, no discount, penalties, indemnity, retention of title")
    func businessInvoiceOfGoods() throws {
        let computed = try OrderComputation.compute(Self.order(.invoice))
        #expect(computed.mentions.map(\.id) == [.operationCategory, .dueDate, .paymentTerms, .noEarlyPaymentDiscount,
                                                .latePaymentPenalties, .recoveryIndemnity, .retentionOfTitle])
        let indemnity = try #require(computed.mentions.first { $0.id == .recoveryIndemnity })
        #expect(indemnity.french == "40,00\u{A0}€" && indemnity.english == "€40.00")
        let penalties = try #require(computed.mentions.first { $0.id == .latePaymentPenalties })
        #expect(penalties.french.contains("indemnité forfaitaire pour frais de recouvrement de 40,00\u{A0}€"))
        #expect(penalties.source.contains("L441-10"))
    }

    @Test("A consumer's document carries no business-only mention (C. com. L441-9, L441-10); services carry no retention of title")
    func consumerAndServices() throws {
        let ids = try Self.ids(Self.order(.invoice, nature: .services, business: false))
        #expect(ids == [.operationCategory, .dueDate, .paymentTerms])
        let goods = try Self.ids(Self.order(.invoice, business: false))
        #expect(goods == [.operationCategory, .dueDate, .paymentTerms, .retentionOfTitle])
        // An agreed early-payment discount is still stated.
        #expect(try Self.ids(Self.order(.quote, business: false, discount: "2 %")).contains(.earlyPaymentDiscount))
    }

    @Test("A quote states the payment mentions its invoices will carry, with no due date; an agreed discount replaces « Pas d'escompte »")
    func quote() throws {
        let ids = try Self.ids(Self.order(.quote, discount: "2 % pour paiement sous 8 jours"))
        #expect(ids.contains(.paymentTerms) && ids.contains(.latePaymentPenalties) && ids.contains(.earlyPaymentDiscount))
        #expect(!ids.contains(.dueDate) && !ids.contains(.noEarlyPaymentDiscount))
    }

    @Test("Every mention id has a template key; labels exist in both languages or not at all")
    func identifiers() {
        #expect(MentionID.latePaymentPenalties.templateKey == "latePaymentPenalties")
        #expect(MentionID.vatOnDebits.templateKey == "vatOnDebits")
        #expect(Set(MentionID.allCases.map(\.templateKey)).count == MentionID.allCases.count)
        #expect(MentionID.allCases.filter(\.isVATRegime).allSatisfy { $0.rawValue.hasPrefix("vat-") })
    }
}
