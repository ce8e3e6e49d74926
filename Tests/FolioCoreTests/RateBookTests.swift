@testable import FolioCore
import Testing

/// A company's rates extend Folio's; penalties across half-years take each half-year's rate.
@Suite("Rate book")
struct RateBookTests {
    func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
    func d(_ text: String) -> ExactDecimal { ExactDecimal(text)! }
    let company = RateOrigin(file: "company/rates/legal-interest-rate.yaml", line: 3, path: "legal-interest-rate/other-cases.values[0]",
                             shipped: false)

    func addition(_ rate: String, table: RateTable = .legalInterestOtherCases) throws -> RateSeries {
        try RateSeries(table: table, values: [RateValue(from: day("2026-07-01"), value: d(rate), source: "test value", origin: company)])
    }

    @Test func penaltyAcross2026H1AndH2() throws {
        let rates = try RateBook.builtIn.extended(with: [addition("3.00")], additions: RateAdditions(folder: "company/rates"))
        // 1000.00 € due 2026-05-31, paid 2026-08-30: 30 days of June at 3 × 2.62 = 7.86 %,
        // then 61 days (July 31 + August 30) at 3 × 3.00 = 9.00 %.
        // 1000 × 7.86 % × 30 / 365 = 6.4602… → 6.46; 1000 × 9 % × 61 / 365 = 15.0410… → 15.04.
        let penalty = try LatePaymentPenalty.compute(principal: Money(rounding: d("1000.00"), in: .euro), dueDate: day("2026-05-31"),
                                                     paymentDate: day("2026-08-30"), rule: PenaltyRule(rate: .legalRateMultiple(3)),
                                                     rates: rates)
        #expect(penalty.periods.map(\.units) == [30, 61])
        #expect(penalty.periods.map(\.annualRate) == [d("7.86"), d("9.00")])
        #expect(penalty.periods.map(\.amount.amount) == [d("6.46"), d("15.04")])
        #expect(penalty.interest.amount == d("21.50"))
        #expect(penalty.recoveryIndemnity?.amount == d("40"))
    }

    @Test func missingRateNamesTheFileAndTheLineToAdd() {
        let rates = RateBook.builtIn
        guard let book = try? RateBook(RateTable.allCases.map { rates[$0] }, additions: RateAdditions(folder: "acme/rates")) else {
            Issue.record("the built-in tables make a book")
            return
        }
        do {
            _ = try book.legalInterest.otherCases.rate(on: day("2026-09-15"))
            Issue.record("2026 H2 is not known")
        } catch {
            #expect(error.reason.contains("acme/rates/legal-interest-rate.yaml"))
            #expect(error.reason.contains("- {from: 2026-07-01, rate: \"?\", source: \"arrêté du …, JO du …\"}"))
            #expect(error.reason.contains("Journal officiel"))
        }
    }

    @Test func theSameValueTwiceIsFineADifferentOneNamesBothFiles() throws {
        let shipped = RateOrigin(file: "rates/legal-interest-rate.yaml", line: 21, path: "legal-interest-rate/other-cases.values[4]", shipped: true)
        let base = try RateBook.builtIn.extended(with: [
            RateSeries(table: .legalInterestOtherCases,
                       values: [RateValue(from: day("2026-07-01"), value: d("3.00"), source: "x", origin: shipped)]),
        ], additions: nil)
        _ = try base.extended(with: [addition("3.00")], additions: nil)
        let conflicting = try addition("3.10")
        do {
            _ = try base.extended(with: [conflicting], additions: nil)
            Issue.record("a different value for a half-year already given must be refused")
        } catch {
            #expect(error.origin == company)
            #expect(error.reason.contains("3.1 % here, but 3 % in rates/legal-interest-rate.yaml:21"))
        }
    }

    @Test func checkSaysWhatIsMissingOnADate() throws {
        let missing = RateBook.builtIn.missing(on: day("2026-11-26"))
        #expect(missing.filter { $0.missing != nil }.map(\.table)
            == [.legalInterestIndividualCreditor, .legalInterestOtherCases, .ecbMainRefinancing, .germanBaseRate])
        #expect(RateBook.builtIn.missing(on: day("2026-01-20")).allSatisfy { $0.missing == nil })
    }

    @Test func germanBaseRateIsDated() throws {
        #expect(try RateBook.builtIn.germanBaseRate.rate(on: day("2025-03-01")) == d("2.27"))
        #expect(try RateBook.builtIn.germanBaseRate.rate(on: day("2026-06-30")) == d("1.27"))
    }
}
