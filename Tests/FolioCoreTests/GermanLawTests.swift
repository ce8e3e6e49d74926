import FolioCore
import Testing

/// A seller established in Germany: VAT (UStG), invoice data (§ 14 UStG, § 33 UStDV) and default
/// interest (§ 286, § 288 BGB), with hand-computed figures.
@Suite("German seller")
struct GermanLawTests {
    static let address = Address(lines: ["Industriestraße 12"], postcode: "50667", city: "Köln", country: "DE")
    static let seller = Party(name: "Azultek GmbH", vatNumber: try? VATNumber("DE136695976"), country: "DE", address: address)
    static let germanBusiness = Party(name: "Kunde GmbH", vatNumber: try? VATNumber("DE129273398"), country: "DE",
                                      address: Address(lines: ["Marktplatz 1"], postcode: "80331", city: "München", country: "DE"))
    static let frenchBusiness = Party(name: "Client SAS", siren: try? SIREN("732829320"), vatNumber: try? VATNumber("FR44732829320"),
                                      country: "FR", address: Address(lines: ["1 rue A"], postcode: "69002", city: "Lyon", country: "FR"))
    static let consumer = Party(name: "Erika Mustermann", country: "DE",
                                address: Address(lines: ["Heidestraße 17"], postcode: "51147", city: "Köln", country: "DE"),
                                isBusiness: false)

    static func order(_ kind: Order.Kind = .invoice, seller: Party = seller, buyer: Party = germanBusiness,
                      date: String = "2026-03-16", nature: SupplyNature = .goods, rate: ExactDecimal? = 19,
                      price: String = "100.00") -> Order {
        var order = Order(kind: kind, date: day(date), currency: .euro, seller: seller, buyer: buyer,
                          lines: [OrderLine(description: "Notebook", quantity: 1, unitPrice: d(price), vatRate: rate, nature: nature)])
        if !buyer.isBusiness, kind == .quote { order.saleChannel = .distance }
        return order
    }

    @Test("A seller in Germany is under German law; a country Folio knows no law of is refused, naming it")
    func jurisdiction() throws {
        #expect(Jurisdiction(sellerCountry: "DE") == .germany)
        #expect(Jurisdiction(sellerCountry: "MQ") == .france && Jurisdiction(sellerCountry: "MC") == .france)
        #expect(Jurisdiction(sellerCountry: "BE") == nil)
        var belgian = Self.seller
        belgian.country = "BE"
        #expect(throws: InvalidField("seller.country", "Folio knows the VAT and invoicing law of sellers established in FR, MC, GP, MQ, RE (France), DE (Germany), not of BE")) {
            try OrderComputation.compute(Self.order(seller: belgian))
        }
    }

    @Test("German VAT: 19 % and 7 %, 16 % and 5 % in the second half of 2020 (§ 12, § 28 UStG); a French rate is refused")
    func rates() throws {
        let computed = try OrderComputation.compute(Self.order())
        #expect(computed.totals.taxTotal == eur("19.00") && computed.totals.grandTotal == eur("119.00"))
        #expect(try OrderComputation.compute(Self.order(rate: 7)).totals.taxTotal == eur("7.00"))
        #expect(try OrderComputation.compute(Self.order(date: "2020-09-01", rate: 16)).totals.taxTotal == eur("16.00"))
        #expect(try OrderComputation.compute(Self.order(date: "2020-09-01", rate: 5)).totals.taxTotal == eur("5.00"))
        #expect(throws: InvalidField("lines[0].vatRate", "20 % is not a VAT rate in force in germany on 2026-03-16 (rates: 19, 7)")) {
            try OrderComputation.compute(Self.order(rate: 20))
        }
        #expect(throws: InvalidField("lines[0].vatRate", "19 % is not a VAT rate in force in germany on 2020-12-31 (rates: 16, 5)")) {
            try OrderComputation.compute(Self.order(date: "2020-12-31", rate: 19))
        }
        let table = RateBook.builtIn.vatRates(.germany)
        #expect(table.rates(on: day("2021-01-01")) == [19, 7] && table.rates(on: day("2006-12-31")) == [16, 7])
    }

    @Test("Goods to a French business with a VAT number: exempt intra-EU supply; services: reverse charge; both with the German law cited")
    func germanyToFrance() throws {
        let goods = try OrderComputation.compute(Self.order(buyer: Self.frenchBusiness, rate: nil))
        #expect(goods.totals.vatBreakdown.map(\.vat.category) == [.intraCommunity] && goods.totals.taxTotal == eur("0.00"))
        #expect(goods.mentions.first?.id == .vatIntraCommunity)
        #expect(goods.mentions.first?.english == "VAT exempt intra-EU supply (§ 4 No. 1 (b) and § 6a UStG)")
        #expect(goods.totals.vatBreakdown.first?.exemptionReason == ExemptionReason(text: "Steuerfreie innergemeinschaftliche Lieferung (§ 4 Nr. 1 Buchst. b i. V. m. § 6a UStG)", code: "VATEX-EU-IC"))
        let services = try OrderComputation.compute(Self.order(buyer: Self.frenchBusiness, nature: .services, rate: nil))
        #expect(services.totals.vatBreakdown.map(\.vat.category) == [.reverseCharge])
        #expect(services.mentions.first?.source == "§ 3a Abs. 2, § 14a Abs. 1 UStG; directive 2006/112/EC art. 196")
        // § 14a Abs. 1 and 3 UStG: both VAT identification numbers; a Steuernummer alone is not enough.
        var withoutVAT = Self.seller
        withoutVAT.vatNumber = nil
        withoutVAT.taxNumber = try GermanTaxNumber("133/8150/8159")
        #expect(throws: InvalidField.self) { try OrderComputation.compute(Self.order(seller: withoutVAT, buyer: Self.frenchBusiness, rate: nil)) }
        // Within Germany the Steuernummer is enough (§ 14 Abs. 4 Nr. 2 UStG), and neither is refused.
        #expect(try OrderComputation.compute(Self.order(seller: withoutVAT)).totals.taxTotal == eur("19.00"))
        withoutVAT.taxNumber = nil
        #expect(throws: InvalidField.self) { try OrderComputation.compute(Self.order(seller: withoutVAT)) }
    }

    @Test("France to Germany stays as it was: French exemption, French mention")
    func franceToGermany() throws {
        let french = Party(name: "Atelier Numérique SAS", siren: try? SIREN("912345618"), vatNumber: try? VATNumber("FR88912345618"), country: "FR",
                           address: Address(lines: ["12 rue des Imprimeurs"], postcode: "75011", city: "Paris", country: "FR"))
        let computed = try OrderComputation.compute(Self.order(seller: french, rate: nil))
        #expect(computed.totals.vatBreakdown.map(\.vat.category) == [.intraCommunity])
        #expect(computed.mentions.first == .intraCommunitySupply)
        #expect(computed.penaltyRule == .statutoryDefault)
        #expect(computed.mentions.map(\.id).contains(.operationCategory))
    }

    @Test("Exports and services outside the EU; EU consumers pay German VAT; a small business charges none (§ 19 UStG)")
    func otherTreatments() throws {
        let swiss = Party(name: "Kunde AG", country: "CH", address: Address(lines: ["Bahnhofstrasse 1"], postcode: "8001", city: "Zürich", country: "CH"))
        #expect(try OrderComputation.compute(Self.order(buyer: swiss, rate: nil)).totals.vatBreakdown.map(\.vat.category) == [.export])
        #expect(try OrderComputation.compute(Self.order(buyer: swiss, nature: .services, rate: nil)).totals.vatBreakdown.map(\.vat.category) == [.notSubject])
        let frenchConsumer = Party(name: "Jean Dupont", country: "FR", address: Address(lines: ["1 rue B"], postcode: "75001", city: "Paris", country: "FR"), isBusiness: false)
        #expect(try OrderComputation.compute(Self.order(buyer: frenchConsumer)).totals.taxTotal == eur("19.00"))
        var small = Self.seller
        small.vatFranchise = true
        let computed = try OrderComputation.compute(Self.order(seller: small, rate: nil))
        #expect(computed.totals.vatBreakdown.map(\.vat.category) == [.exempt] && computed.mentions.first == .smallBusiness)
        #expect(computed.totals.vatBreakdown.first?.exemptionReason?.text == Mention.smallBusiness.german)
    }

    @Test("Mentions: the default 30 days after the due date (§ 286 Abs. 3 BGB), its interest, and the 40 € lump sum between businesses")
    func mentions() throws {
        let business = try OrderComputation.compute(Self.order())
        #expect(business.mentions.map(\.id) == [.dueDate, .paymentTerms, .latePaymentPenalties, .recoveryIndemnity])
        // § 271 BGB: due at once when nothing is agreed.
        #expect(business.dueDate == day("2026-03-16") && business.paymentTerms == .onReceipt)
        let interest = try #require(business.mentions.first { $0.id == .latePaymentPenalties })
        #expect(interest.english.contains("30 days after the due date") && interest.english.contains("9 percentage points above the German base rate"))
        #expect(business.mentions.last?.english == "€40.00" && business.mentions.last?.source == "§ 288 Abs. 5 BGB")
        let consumer = try OrderComputation.compute(Self.order(buyer: Self.consumer))
        #expect(consumer.mentions.map(\.id) == [.dueDate, .paymentTerms, .latePaymentPenalties])
        #expect(consumer.penaltyRule?.rate == .baseRatePlus(points: 5))
        #expect(try OrderComputation.compute(Self.order(.quote, buyer: Self.consumer)).mentions.map(\.id) == [.paymentTerms])
    }

    @Test("An agreed rate below the statutory default interest is stated as the higher of the two (§ 288 Abs. 3 BGB)")
    func agreedRate() {
        let law = GermanLaw()
        #expect(law.penaltyRule(agreed: PenaltyRule(rate: .annual(5)), businessDebtor: true).rate
                == .higherOf([.annual(5), .baseRatePlus(points: 9)]))
        #expect(law.penaltyRule(agreed: PenaltyRule(rate: .baseRatePlus(points: 10)), businessDebtor: true).rate == .baseRatePlus(points: 10))
        #expect(law.penaltyRule(agreed: nil, businessDebtor: true).rate == .baseRatePlus(points: 9))
        #expect(TermsWording(.french).penalty(law.penaltyRule(agreed: nil, businessDebtor: true))
                == "le taux de base allemand (§ 247 BGB) majoré de 9 points, au prorata des jours de retard")
    }

    @Test("Between businesses across a change of the base rate: 10,000 € due 2024-05-15, paid 2024-08-14")
    func businessDefaultInterest() throws {
        // Default from 2024-06-15 (30 days after the due date). 2024 H1: 3.62 + 9 = 12.62 % × 16 days
        // = 55.32; 2024 H2: 3.37 + 9 = 12.37 % × 45 days = 152.51; and the 40 € lump sum.
        let rule = GermanLaw().penaltyRule(agreed: nil, businessDebtor: true)
        let penalty = try LatePaymentPenalty.compute(balance: OutstandingBalance(eur("10000")), dueDate: day("2024-05-15"),
                                                     through: day("2024-08-14"), rule: rule, rates: .builtIn)
        #expect(penalty.periods.map(\.from) == [day("2024-06-15"), day("2024-07-01")])
        #expect(penalty.periods.map(\.units) == [16, 45])
        #expect(penalty.periods.map(\.annualRate) == [d("12.62"), d("12.37")])
        #expect(penalty.periods.map(\.amount) == [eur("55.32"), eur("152.51")])
        #expect(penalty.interest == eur("207.83") && penalty.recoveryIndemnity == eur("40"))
        // An agreed 5 % is raised to the statutory rate period by period.
        let agreed = GermanLaw().penaltyRule(agreed: PenaltyRule(rate: .annual(5)), businessDebtor: true)
        let raised = try LatePaymentPenalty.compute(balance: OutstandingBalance(eur("10000")), dueDate: day("2024-05-15"),
                                                    through: day("2024-08-14"), rule: agreed, rates: .builtIn)
        #expect(raised.interest == eur("207.83"))
    }

    @Test("A consumer: base rate + 5 points from the default, or from the day after a sooner reminder; no lump sum")
    func consumerDefaultInterest() throws {
        let rule = GermanLaw().penaltyRule(agreed: nil, businessDebtor: false)
        // 1,000 € due 2025-06-10, paid 2025-08-29: default from 2025-07-11, 50 days at 1.27 + 5 = 6.27 % = 8.59.
        let penalty = try LatePaymentPenalty.compute(balance: OutstandingBalance(eur("1000")), dueDate: day("2025-06-10"),
                                                     through: day("2025-08-29"), rule: rule, rates: .builtIn)
        #expect(penalty.periods.map(\.units) == [50] && penalty.periods.map(\.annualRate) == [d("6.27")])
        #expect(penalty.interest == eur("8.59") && penalty.recoveryIndemnity == nil)
        // A reminder received on 2025-06-20: 10 days at 2.27 + 5 = 7.27 % (1.99) and 60 days at 6.27 % (10.31).
        let reminded = try LatePaymentPenalty.compute(balance: OutstandingBalance(eur("1000")), dueDate: day("2025-06-10"),
                                                      through: day("2025-08-29"), rule: rule, rates: .builtIn,
                                                      formalNotice: day("2025-06-20"))
        #expect(reminded.periods.map(\.units) == [10, 60])
        #expect(reminded.periods.map(\.amount) == [eur("1.99"), eur("10.31")] && reminded.interest == eur("12.30"))
    }

    @Test("The 30 days end on the next working day when the 30th is a Saturday, a Sunday or a holiday of every Land (§ 193 BGB)")
    func thirtiethDayOnAHoliday() throws {
        // Due 2026-03-04: the 30th day is Good Friday 2026-04-03, then Easter Monday; default from Wednesday 2026-04-08.
        #expect(GermanLaw.lastDayBeforeDefault(dueDate: day("2026-03-04")) == day("2026-04-07"))
        // Due 2024-05-15: the 30th day is Friday 2024-06-14, a working day.
        #expect(GermanLaw.lastDayBeforeDefault(dueDate: day("2024-05-15")) == day("2024-06-14"))
        let rule = GermanLaw().penaltyRule(agreed: nil, businessDebtor: true)
        let penalty = try LatePaymentPenalty.compute(balance: OutstandingBalance(eur("1000")), dueDate: day("2026-03-04"),
                                                     through: day("2026-04-10"), rule: rule, rates: .builtIn)
        // 3 days (8 to 10 April) at 1.27 + 9 = 10.27 %: 1000 × 10.27 % × 3 / 365 = 0.84.
        #expect(penalty.periods.map(\.from) == [day("2026-04-08")] && penalty.interest == eur("0.84"))
    }

    @Test("A half-year without a known base rate is refused, naming the missing rate")
    func missingBaseRate() {
        let rule = GermanLaw().penaltyRule(agreed: nil, businessDebtor: true)
        #expect {
            try LatePaymentPenalty.compute(balance: OutstandingBalance(eur("1000")), dueDate: day("2026-05-01"),
                                           through: day("2026-08-01"), rule: rule, rates: .builtIn)
        } throws: { error in
            "\(error)".contains("German base rate") && "\(error)".contains("2026-07-01")
        }
    }

    @Test("A small-amount invoice may leave out the buyer's address: at exactly 250 € gross, not at 250.01 € (§ 33 UStDV)")
    func smallAmountInvoice() throws {
        var anonymous = Self.consumer
        anonymous.address = nil
        // 210.08 net + 19 % (39.92) = 250.00 gross.
        let exactly = try OrderComputation.compute(Self.order(buyer: anonymous, price: "210.08"))
        #expect(exactly.totals.grandTotal == eur("250.00"))
        // 210.09 net + 39.92 = 250.01 gross.
        #expect(throws: InvalidField.self) { try OrderComputation.compute(Self.order(buyer: anonymous, price: "210.09")) }
        // Before 2017 the limit was 150 €.
        #expect(throws: InvalidField.self) { try OrderComputation.compute(Self.order(buyer: anonymous, date: "2016-06-01", price: "210.08")) }
        // Never for an intra-EU supply (§ 33 Satz 3 UStDV).
        var frenchWithoutAddress = Self.frenchBusiness
        frenchWithoutAddress.address = nil
        #expect(throws: InvalidField.self) { try OrderComputation.compute(Self.order(buyer: frenchWithoutAddress, rate: nil, price: "10.00")) }
    }

    @Test("Steuernummer: the Länder forms and the federal 13-digit form")
    func taxNumbers() throws {
        for valid in ["133/8150/8159", "181/815/08155", "21/815/08150", "93815/08152", "75 815 08152", "22/815/0815/4",
                      "5133081508159", "9181081508155", "2893081508152", "4151081508156"] {
            #expect(try GermanTaxNumber(valid).text == valid)
        }
        for invalid in ["133/8150/815", "12345", "5133181508159", "DE136695976", "133-8150-8159"] {
            #expect(throws: RuleViolation.self) { try GermanTaxNumber(invalid) }
        }
    }
}
