import FolioCore
import Testing

/// A deposit of P % is P % of the total including VAT, to the cent as the client computes it,
/// split over the VAT rates by largest remainder so that the parts add up exactly. Every figure here
/// was computed by hand.
@Suite("Deposits: P % of the total including VAT, split over the VAT rates")
struct DepositAllocationTests {
    static let seller = Party(name: "Atelier Numérique SAS", siren: try? SIREN("912345618"),
                              vatNumber: try? VATNumber("FR88912345618"), country: "FR")
    static let buyer = Party(name: "Éditions de la Presqu'île SAS", siren: try? SIREN("732829320"),
                             vatNumber: try? VATNumber("FR44732829320"), country: "FR",
                             address: Address(lines: ["3 quai Saint-Antoine"], postcode: "69002", city: "Lyon", country: "FR"))

    /// Net amounts at VAT rates, as one line each.
    static func totals(_ lines: [(String, String)]) throws -> InvoiceTotals {
        try TotalsCalculator.totals(of: InvoiceContent(currency: .euro, lines: lines.enumerated().map { index, line in
            InvoiceLine(id: "\(index + 1)", name: "line", quantity: 1, unitPrice: d(line.0), vat: .standard(d(line.1)))
        }))
    }

    static func order(kind: Order.Kind, _ lines: [OrderLine]) -> Order {
        var order = Order(kind: kind, date: day("2026-10-05"), currency: .euro, seller: seller, buyer: buyer, lines: lines,
                          depositPercent: 30)
        if kind != .quote { order.quote = DocumentReference(number: "D-2026-0001", date: day("2026-10-05")) }
        return order
    }

    /// 5 days at 600,10 € (20 %) and 100 books at 24,0938 € (5,5 %): 3 000,50 € + 600,10 € VAT and
    /// 2 409,38 € + 132,52 € VAT (132,5159), so 6 142,50 € including VAT.
    static let twoRates = [
        OrderLine(description: "Conception graphique", quantity: 5, unitCode: "DAY", unitPrice: d("600.10"), vatRate: 20,
                  nature: .services),
        OrderLine(description: "Livres imprimés", quantity: 100, unitPrice: d("24.0938"), vatRate: d("5.5")),
    ]

    @Test("30 % of 6 142,50 € is 1 842,75 €, where per-rate rounding gives 1 842,74 €")
    func twoRatesWhereNaiveRoundingLosesACent() throws {
        let totals = try Self.totals([("3000.50", "20"), ("2409.38", "5.5")])
        #expect(totals.grandTotal == eur("6142.50"))
        // Naive: 30 % of each base, then its VAT: 900,15 + 180,03 and 722,81 (722,814) + 39,75 (39,75455).
        let naive = d("900.15") + d("180.03") + d("722.81") + d("39.75")
        #expect(naive == d("1842.74"))

        let deposit = try DepositAllocation(percent: 30, of: totals)
        #expect(deposit.amount == eur("1842.75"))
        // Parts by largest remainder: 3 600,60 × 30 % = 1 080,18 and 2 541,90 × 30 % = 762,57, no remainder.
        // No net reaches 762,57 at 5,5 % (722,81 + 39,75 = 762,56; 722,82 + 39,76 = 762,58): that part gives
        // its cent to the 20 % part, which reaches 1 080,19 with 900,16 + 180,03 (180,032).
        #expect(deposit.parts.map(\.vat) == [.standard(d("5.5")), .standard(20)] || deposit.parts.map(\.vat) == [.standard(20), .standard(d("5.5"))])
        let byRate = Dictionary(uniqueKeysWithValues: deposit.parts.map { ($0.vat.rate, $0) })
        #expect(byRate[20]?.amountIncludingVAT == eur("1080.19"))
        #expect(byRate[20]?.net == eur("900.16") && byRate[20]?.tax == eur("180.03"))
        #expect(byRate[d("5.5")]?.amountIncludingVAT == eur("762.56"))
        #expect(byRate[d("5.5")]?.net == eur("722.81") && byRate[d("5.5")]?.tax == eur("39.75"))
        #expect(deposit.roundingAmount.isZero)
        #expect(deposit.parts.reduce(Money.zero(.euro)) { $0 + $1.amountIncludingVAT } == deposit.amount)
    }

    @Test("Where per-rate rounding gives a cent more: 3 001,50 € at 20 % and 2 408,25 € at 5,5 %")
    func twoRatesWhereNaiveRoundingAddsACent() throws {
        let totals = try Self.totals([("3001.50", "20"), ("2408.25", "5.5")])
        // 3 001,50 + 600,30 and 2 408,25 + 132,45 (132,45375).
        #expect(totals.grandTotal == eur("6142.50"))
        // Naive: 900,45 + 180,09 and 722,48 (722,475) + 39,74 = 1 842,76.
        #expect(d("900.45") + d("180.09") + d("722.48") + d("39.74") == d("1842.76"))
        let deposit = try DepositAllocation(percent: 30, of: totals)
        #expect(deposit.amount == eur("1842.75"))
        // 3 601,80 × 30 % = 1 080,54 = 900,45 + 180,09; 2 540,70 × 30 % = 762,21 = 722,47 + 39,74 (39,73585).
        let byRate = Dictionary(uniqueKeysWithValues: deposit.parts.map { ($0.vat.rate, $0) })
        #expect(byRate[20]?.net == eur("900.45") && byRate[20]?.amountIncludingVAT == eur("1080.54"))
        #expect(byRate[d("5.5")]?.net == eur("722.47") && byRate[d("5.5")]?.amountIncludingVAT == eur("762.21"))
        #expect(deposit.roundingAmount.isZero)
    }

    @Test("The cents left after rounding down go to the largest remainders, not to the first rate")
    func largestRemainder() throws {
        // Totals including VAT: 83,34 + 16,67 = 100,01 (20 %), 90,94 + 9,09 = 100,03 (10 %), 94,79 + 5,21 = 100,00 (5,5 %).
        let totals = try Self.totals([("83.34", "20"), ("90.94", "10"), ("94.79", "5.5")])
        #expect(totals.grandTotal == eur("300.04"))
        let deposit = try DepositAllocation(percent: 30, of: totals)
        // 300,04 × 30 % = 90,012 → 90,01. Parts 30,003 / 30,009 / 30,000: rounded down 30,00 each, the cent
        // left goes to 10 % (remainder 0,009).
        #expect(deposit.amount == eur("90.01"))
        let byRate = Dictionary(uniqueKeysWithValues: deposit.parts.map { ($0.vat.rate, $0) })
        #expect(byRate[20]?.amountIncludingVAT == eur("30.00"))     // 25,00 + 5,00
        #expect(byRate[10]?.amountIncludingVAT == eur("30.01"))     // 27,28 + 2,73 (2,728)
        #expect(byRate[10]?.net == eur("27.28"))
        #expect(byRate[d("5.5")]?.amountIncludingVAT == eur("30.00")) // 28,44 + 1,56 (1,5642)
        #expect(byRate[d("5.5")]?.net == eur("28.44"))
    }

    @Test("A single rate no net reaches: the cent is the rounding amount, the amount due is the deposit")
    func singleRateRounding() throws {
        // 1 000,08 € + 200,02 € VAT = 1 200,10 €; 30 % = 360,03 €. At 20 %, 300,02 + 60,00 = 360,02 and
        // 300,03 + 60,01 = 360,04: no net gives 360,03.
        let totals = try Self.totals([("1000.08", "20")])
        let deposit = try DepositAllocation(percent: 30, of: totals)
        #expect(deposit.amount == eur("360.03"))
        #expect(deposit.parts.count == 1)
        #expect(deposit.parts.first?.net == eur("300.02") && deposit.parts.first?.tax == eur("60.00"))
        #expect(deposit.roundingAmount == eur("0.01"))

        let computed = try OrderComputation.compute(Self.order(kind: .depositInvoice, [
            OrderLine(description: "Audit", quantity: 1, unitPrice: d("1000.08"), vatRate: 20, nature: .services),
        ]))
        #expect(computed.totals.grandTotal == eur("360.02"))
        #expect(computed.totals.roundingAmount == eur("0.01"))
        #expect(computed.totals.amountDue == eur("360.03"))
    }

    @Test("The quote announces the deposit its deposit invoice bills, and the balance invoice deducts it")
    func quoteDepositAndBalance() throws {
        let quote = try OrderComputation.compute(Self.order(kind: .quote, Self.twoRates))
        #expect(quote.totals.grandTotal == eur("6142.50"))
        #expect(quote.deposit?.deposit == eur("1842.75"))
        #expect(quote.deposit?.balance == eur("4299.75"))

        let invoice = try OrderComputation.compute(Self.order(kind: .depositInvoice, Self.twoRates))
        #expect(invoice.order.lines.map(\.unitPrice) == [d("722.81"), d("900.16")]
            || invoice.order.lines.map(\.unitPrice) == [d("900.16"), d("722.81")])
        #expect(invoice.totals.taxExclusiveTotal == eur("1622.97"))
        #expect(invoice.totals.taxTotal == eur("219.78"))
        #expect(invoice.totals.grandTotal == eur("1842.75"))
        #expect(invoice.totals.amountDue == eur("1842.75"))
        #expect(invoice.depositBase?.grandTotal == eur("6142.50"))

        var balanceOrder = Self.order(kind: .invoice, Self.twoRates)
        balanceOrder.depositPercent = nil
        balanceOrder.deposits = [DeductedDeposit(invoice: DocumentReference(number: "FA-2026-0001", date: day("2026-10-05")),
                                                 amount: .percent(30))]
        let balance = try OrderComputation.compute(balanceOrder)
        #expect(balance.deductedDeposits.first?.amount == eur("1842.75"))
        #expect(balance.totals.amountDue == eur("4299.75"))
    }

    @Test("A deposit of 0 % or 100 % is refused, naming the field")
    func percentOutOfRange() throws {
        var order = Self.order(kind: .depositInvoice, Self.twoRates)
        order.depositPercent = 100
        #expect(throws: InvalidField.self) { try OrderComputation.compute(order) }
        do { _ = try OrderComputation.compute(order) } catch { #expect(error.path == "deposit.percent") }
    }
}
