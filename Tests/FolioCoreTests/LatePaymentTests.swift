import FolioCore
import Testing

@Suite("Late-payment penalties")
struct LatePaymentTests {
    @Test func proRataByDay() throws {
        let penalty = try LatePaymentPenalty.compute(principal: eur("1200"), dueDate: day("2026-01-31"),
                                                     paymentDate: day("2026-03-02"), rule: PenaltyRule(rate: .annual(12)))
        #expect(penalty.daysLate == 30)
        #expect(penalty.interest == eur("11.84"))  // 1200 × 12 % × 30 / 365 = 11.835…
        #expect(penalty.recoveryIndemnity == eur("40"))
    }

    @Test func legalRateChangesAtTheHalfYear() throws {
        // 3 × legal rate: 2025 H1 3.71 % → 11.13 %; 2025 H2 2.76 % → 8.28 %.
        let penalty = try LatePaymentPenalty.compute(principal: eur("10000"), dueDate: day("2025-06-15"),
                                                     paymentDate: day("2025-07-15"), rule: PenaltyRule(rate: .legalRateMultiple(3)))
        #expect(penalty.periods.map(\.units) == [15, 15])
        #expect(penalty.periods.map(\.annualRate) == [d("11.13"), d("8.28")])
        #expect(penalty.periods.map(\.amount) == [eur("45.74"), eur("34.03")])
        #expect(penalty.interest == eur("79.77"))
    }

    @Test func ecbRateTakenOnFirstJanuaryAndFirstJuly() throws {
        // 2024 H2: ECB rate on 2024-07-01 = 4.25 → 14.25 %; 2025 H1: on 2025-01-01 = 3.15 → 13.15 %.
        var consumerDebtor = PenaltyRule.statutoryDefault
        consumerDebtor.businessDebtor = false
        let consumer = try LatePaymentPenalty.compute(principal: eur("5000"), dueDate: day("2024-12-20"),
                                                      paymentDate: day("2025-01-10"), rule: consumerDebtor)
        #expect(consumer.periods.map(\.annualRate) == [d("14.25"), d("13.15")])
        #expect(consumer.periods.map(\.units) == [11, 10])
        #expect(consumer.interest == eur("39.48"))  // 21.47 + 18.01
        // Between businesses the floor applies: in 2024 H2, 3 × 4.92 % = 14.76 % is above ECB + 10.
        let business = try LatePaymentPenalty.compute(principal: eur("5000"), dueDate: day("2024-12-20"),
                                                      paymentDate: day("2025-01-10"), rule: .statutoryDefault)
        #expect(business.periods.map(\.annualRate) == [d("14.76"), d("13.15")])
        #expect(business.periods.map(\.raisedToLegalFloor) == [true, false])
        #expect(business.interest == eur("40.25"))  // 22.24 + 18.01
    }

    @Test func perMonthStarted() throws {
        let rule = PenaltyRule(rate: .higherOf([.monthly(d("1.2")), .legalRateMultiple(3)]), counting: .perMonthStarted)
        // Due 31 January: the first month runs to 28 February; paying on 1 March starts a second month.
        let twoMonths = try LatePaymentPenalty.compute(principal: eur("2000"), dueDate: day("2026-01-31"),
                                                       paymentDate: day("2026-03-01"), rule: rule)
        #expect(twoMonths.periods.map(\.units) == [2])
        #expect(twoMonths.periods.first?.annualRate == d("14.4"))
        #expect(twoMonths.interest == eur("48.00"))
        let oneMonth = try LatePaymentPenalty.compute(principal: eur("2000"), dueDate: day("2026-01-31"),
                                                      paymentDate: day("2026-02-28"), rule: rule)
        #expect(oneMonth.interest == eur("24.00"))
        let oneDay = try LatePaymentPenalty.compute(principal: eur("2000"), dueDate: day("2026-01-31"),
                                                    paymentDate: day("2026-02-01"), rule: rule)
        #expect(oneDay.interest == eur("24.00"))
    }

    @Test func leapDayCounts() throws {
        let penalty = try LatePaymentPenalty.compute(principal: eur("36500"), dueDate: day("2024-02-28"),
                                                     paymentDate: day("2024-03-01"), rule: PenaltyRule(rate: .annual(20)))
        #expect(penalty.daysLate == 2)
        #expect(penalty.interest == eur("40.00"))  // 36 500 × 20 % × 2 / 365
    }

    @Test func contractualRateBelowTheLegalFloorIsRaised() throws {
        let penalty = try LatePaymentPenalty.compute(principal: eur("1000"), dueDate: day("2026-01-31"),
                                                     paymentDate: day("2026-03-02"), rule: PenaltyRule(rate: .annual(5)))
        #expect(penalty.periods.first?.annualRate == d("7.86"))  // 3 × 2.62 %
        #expect(penalty.periods.first?.raisedToLegalFloor == true)
        // A consumer debtor: no floor, no indemnity.
        let consumer = try LatePaymentPenalty.compute(principal: eur("1000"), dueDate: day("2026-01-31"),
                                                      paymentDate: day("2026-03-02"),
                                                      rule: PenaltyRule(rate: .annual(5), businessDebtor: false))
        #expect(consumer.periods.first?.annualRate == 5)
        #expect(consumer.recoveryIndemnity == nil)
    }

    @Test func paidOnTimeOwesNothing() throws {
        let penalty = try LatePaymentPenalty.compute(principal: eur("1000"), dueDate: day("2026-01-31"),
                                                     paymentDate: day("2026-01-31"), rule: .statutoryDefault)
        #expect(penalty.interest.isZero && penalty.periods.isEmpty && penalty.recoveryIndemnity == nil)
    }

    @Test func unknownRatesAreNeverGuessed() {
        // The legal interest rate for 2026 H2 is not published in Folio's sources.
        do {
            _ = try LatePaymentPenalty.compute(principal: eur("1000"), dueDate: day("2026-06-20"),
                                               paymentDate: day("2026-07-20"), rule: PenaltyRule(rate: .legalRateMultiple(3)))
            Issue.record("a penalty running into 2026 H2 must be refused")
        } catch {
            #expect(error.reason.contains("legal interest rate") && error.reason.contains("2026-07-01"))
        }
        // Nor the ECB rate on 2026-07-01.
        #expect(throws: RuleViolation.self) {
            try LatePaymentPenalty.compute(principal: eur("1000"), dueDate: day("2026-08-01"),
                                           paymentDate: day("2026-08-20"), rule: .statutoryDefault)
        }
        // Once the rate is supplied, it computes.
        var rates = LegalInterestRate.france
        rates.otherCases = rates.otherCases.adding([.init(from: day("2026-07-01"), rate: d("2.50"))], knownThrough: day("2026-12-31"))
        let penalty = try? LatePaymentPenalty.compute(principal: eur("1000"), dueDate: day("2026-06-20"),
                                                      paymentDate: day("2026-07-20"), rule: PenaltyRule(rate: .legalRateMultiple(3)),
                                                      legalRate: rates)
        #expect(penalty?.periods.map(\.annualRate) == [d("7.86"), d("7.5")])
    }
}
