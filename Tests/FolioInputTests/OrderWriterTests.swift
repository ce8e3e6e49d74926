import FolioCore
import FolioInput
import Foundation
import Testing

/// `OrderWriter` writes an order in the canonical form `OrderReader` reads back to the same order:
/// every example order, and orders built in code with every optional field.
@Suite("Order data: writing and reading back")
struct OrderWriterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every example order: `examples/orders/*` and `examples/seeds/*/orders/*` (not `examples/invalid`).
    static let exampleOrders: [String] = {
        let manager = FileManager.default
        let examples = root.appendingPathComponent("examples")
        func orders(in folder: URL) -> [String] {
            let names = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }.sorted()
                .map { folder.appendingPathComponent($0).path.replacingOccurrences(of: root.path + "/", with: "") }
        }
        var files = orders(in: examples.appendingPathComponent("orders"))
        let seeds = examples.appendingPathComponent("seeds")
        for seed in ((try? manager.contentsOfDirectory(atPath: seeds.path)) ?? []).sorted() {
            files += orders(in: seeds.appendingPathComponent(seed).appendingPathComponent("orders"))
        }
        return files
    }()

    @Test func theExamplesAreFound() {
        #expect(Self.exampleOrders.count >= 25, "\(Self.exampleOrders)")
        #expect(Self.exampleOrders.contains("examples/orders/10-credit-note.json"))
        #expect(!Self.exampleOrders.contains { $0.contains("/invalid/") })
    }

    @Test(arguments: exampleOrders)
    func everyExampleRoundTrips(_ file: String) throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
        let order = try OrderReader.read(text)
        let written = OrderWriter.input(order)
        #expect(try OrderReader.read(written) == order)
        // Written as canonical JSON and parsed as text again, as the ledger keeps it.
        #expect(try OrderReader.read(written.json) == order)
        // Canonical: writing the order read back gives the same data.
        #expect(try OrderWriter.input(OrderReader.read(written)) == written)
    }

    // MARK: - Orders built in code

    static func date(_ text: String) -> CalendarDate {
        guard let date = CalendarDate(text) else { fatalError("bad date \(text)") }
        return date
    }

    static func decimal(_ text: String) -> ExactDecimal {
        guard let value = ExactDecimal(text) else { fatalError("bad decimal \(text)") }
        return value
    }

    static func seller() throws -> Party {
        Party(name: "Atelier Numérique SAS", siren: try SIREN("912 345 618"), siret: try SIRET("91234561800017"),
              vatNumber: try VATNumber("FR 88 912345618"), country: "FR",
              address: Address(lines: ["12 rue des Imprimeurs", "Bâtiment B"], postcode: "75011", city: "Paris", country: "FR"),
              vatOnDebits: true, iban: try IBAN("FR76 3000 6000 0112 3456 7890 189"))
    }

    /// An order with every optional field the order data has.
    static func everyField() throws -> Order {
        let buyer = Party(name: "Client SARL", siren: try SIREN("552100554"), vatNumber: try VATNumber("FR96552100554"),
                          country: "FR", address: Address(lines: ["4 rue Vieille du Temple"], postcode: "75004", city: "Paris", country: "FR"),
                          iban: try IBAN("FR7630003018300002045128744"))
        return Order(
            kind: .invoice, date: date("2026-03-16"), deliveryDate: date("2026-03-10"), currency: .euro,
            taxCurrency: TaxCurrency(currency: .euro, exchangeRate: decimal("1.0000")),
            seller: try seller(), buyer: buyer,
            lines: [
                OrderLine(id: "AUD-1", description: "Audit", quantity: decimal("2.5"), unitCode: "HUR", unitPrice: decimal("450.10"),
                          baseQuantity: decimal("1"), vatRate: 20, nature: .services,
                          allowancesAndCharges: [
                              AllowanceCharge(kind: .allowance, value: .percent(10, base: decimal("1000.00")), reason: "Remise fidélité"),
                              AllowanceCharge(kind: .allowance, value: .amount(decimal("5.00")), reason: nil),
                              AllowanceCharge(kind: .charge, value: .percent(decimal("2.5"), base: nil), reason: "Urgence"),
                              AllowanceCharge(kind: .charge, value: .amount(decimal("12.50")), reason: "Déplacement"),
                          ]),
                OrderLine(description: "Livres", quantity: 3, unitCode: "C62", unitPrice: decimal("7.35"), baseQuantity: 10,
                          vatRate: decimal("5.5")),
                OrderLine(description: "Formation professionnelle", quantity: 1, unitPrice: 900, vatCategory: .exempt,
                          exemptionReason: "Exonération article 261-4-4° du CGI", nature: .services),
                OrderLine(description: "Export", quantity: decimal("0.000001"), unitPrice: decimal("0"), vatCategory: .zeroRated),
            ],
            allowancesAndCharges: [
                OrderAdjustment(kind: .allowance, value: .percent(5, base: decimal("900.20")), vatRate: 20, nature: .services,
                                reason: "Remise commerciale"),
                OrderAdjustment(kind: .allowance, value: .amount(decimal("10.00"))),
                OrderAdjustment(kind: .charge, value: .amount(decimal("15.00")), vatRate: decimal("5.5"), nature: .goods, reason: "Port"),
                OrderAdjustment(kind: .charge, value: .percent(decimal("1.25"), base: nil), reason: "Emballage"),
            ],
            pricesIncludeVAT: false, paidAmount: decimal("100.00"),
            deposits: [
                DeductedDeposit(invoice: DocumentReference(number: "FA-2026-0001", date: date("2026-02-01")), amount: .amount(decimal("360.00"))),
                DeductedDeposit(invoice: DocumentReference(number: "FA-2026-0002", date: date("2026-02-15")), amount: .percent(decimal("12.5"))),
            ],
            paymentTerms: .endOfMonth(days: 45, method: .endOfMonthThenDays),
            penaltyRule: PenaltyRule(rate: .higherOf([.legalRateMultiple(3), .ecbPlus(points: 10), .annual(decimal("12.5"))]),
                                     counting: .perMonthStarted, daysInYear: 360),
            earlyPaymentDiscount: "2 % pour paiement sous 8 jours",
            validity: .days(45), depositPercent: 30, paymentMethod: .directDebit, rejectedDirectDebits: 2,
            priceRevision: try PriceRevision(index: "SYNTEC", baseIndex: decimal("296.3"), newIndex: decimal("302.5")),
            creditedInvoice: DocumentReference(number: "F-2026-0031", date: date("2026-03-01")),
            quote: DocumentReference(number: "D-2026-0007", date: date("2026-01-20")))
    }

    /// The other choices of each field: an individual buyer abroad, a foreign currency, the other terms and rates.
    static func otherChoices() throws -> [Order] {
        let individual = Party(name: "Jeanne Martin", country: "FR", address: Address(lines: [], postcode: nil, city: "Lyon", country: "FR"),
                               isBusiness: false)
        let german = Party(name: "Muster GmbH", vatNumber: try VATNumber("DE136695976"), country: "DE",
                           address: Address(lines: ["Hauptstraße 1"], postcode: "10115", city: "Berlin", country: "DE"))
        let franchise = Party(name: "Jean Dupont EI", siren: try SIREN("912345618"), country: "FR", vatFranchise: true)
        let line = OrderLine(description: "Conseil", quantity: 1, unitPrice: decimal("100.00"), vatRate: 20, nature: .services)
        let base = Order(kind: .quote, date: date("2026-05-04"), currency: .euro, seller: try seller(), buyer: individual, lines: [line])
        var orders: [Order] = []
        for terms: PaymentTerms in [.onReceipt, .net(days: 30, from: .invoiceDate), .net(days: 0, from: .deliveryDate),
                                    .endOfMonth(days: 30, method: .daysThenEndOfMonth), .fixedDate(date("2026-06-30"))] {
            var order = base
            order.paymentTerms = terms
            orders.append(order)
        }
        for rate: PenaltyRate in [.annual(decimal("10.5")), .monthly(decimal("1.2")), .legalRateMultiple(decimal("3.5")),
                                  .ecbPlus(points: 0), .higherOf([.monthly(1), .higherOf([.annual(8), .ecbPlus(points: 7)])])] {
            var order = base
            order.penaltyRule = PenaltyRule(rate: rate)
            orders.append(order)
        }
        var until = base
        until.validity = .until(date("2026-06-04"))
        until.pricesIncludeVAT = true
        until.paymentMethod = .card
        orders.append(until)
        var foreign = base
        foreign.kind = .creditNote
        foreign.currency = try #require(Currency(code: "GBP"))
        foreign.taxCurrency = TaxCurrency(currency: .euro, exchangeRate: decimal("1.1937"))
        foreign.buyer = german
        foreign.creditedInvoice = DocumentReference(number: "F/2026/0042", date: date("2026-04-30"))
        orders.append(foreign)
        var deposit = base
        deposit.kind = .depositInvoice
        deposit.seller = franchise
        deposit.depositPercent = decimal("33.3333")
        deposit.quote = DocumentReference(number: "D-2026-0001", date: date("2026-04-01"))
        for method in PaymentMethod.allCases {
            var order = deposit
            order.paymentMethod = method
            orders.append(order)
        }
        return orders
    }

    @Test func anOrderWithEveryFieldRoundTrips() throws {
        let order = try Self.everyField()
        let written = OrderWriter.input(order)
        #expect(try OrderReader.read(written) == order)
        #expect(try OrderReader.read(written.json) == order)
        // Every optional field of the order data is written.
        for field in ["deliveryDate", "taxCurrency", "allowances", "charges", "pricesIncludeVAT", "paid", "paymentTerms",
                      "latePayment", "earlyPaymentDiscount", "validity", "deposit", "paymentMethod", "rejectedDirectDebits",
                      "priceRevision", "creditedInvoice", "quote", "deposits"] {
            #expect(written[field] != nil, "\(field) not written")
        }
    }

    @Test func theOtherChoicesRoundTrip() throws {
        for order in try Self.otherChoices() {
            let written = OrderWriter.input(order)
            #expect(try OrderReader.read(written) == order, "\(written.json)")
            #expect(try OrderReader.read(written.json) == order, "\(written.json)")
        }
    }

    @Test func chargesTheTermsOfSaleAddAreNotWritten() throws {
        var order = try Self.everyField()
        let written = OrderWriter.input(order)
        order.allowancesAndCharges.append(OrderAdjustment(kind: .charge, value: .amount(Self.decimal("5.00")), vatRate: 20,
                                                          origin: .smallOrder(below: Self.decimal("50.00"))))
        #expect(OrderWriter.input(order) == written)
    }
}
