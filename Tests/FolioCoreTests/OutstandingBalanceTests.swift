import FolioCore
import Testing

/// Penalties when payments and credit notes reduce what is unpaid: each day runs on that day's
/// balance, a payment counting from the day after it. Every figure below is computed by hand.
@Suite("Penalties on a balance reduced by payments and credit notes")
struct OutstandingBalanceTests {
    @Test("A payment on day P still accrues on P; the balance drops from P + 1")
    func paymentDay() throws {
        var balance = OutstandingBalance(eur("1000"))
        balance.reduce(by: eur("400"), on: day("2026-03-10"))
        #expect(balance.amount(on: day("2026-03-10")) == eur("1000"))
        #expect(balance.amount(on: day("2026-03-11")) == eur("600"))
        #expect(balance.amount(after: day("2026-03-10")) == eur("600"))
        balance.reduce(by: eur("700"), on: day("2026-03-12"))
        #expect(balance.amount(after: day("2026-03-12")) == eur("0"))  // never below zero
    }

    @Test("Daily: 10 days on 3 875.43 then 51 days on 2 875.43 at 3 × 2.62 %")
    func partialPaymentDaily() throws {
        // Due 2026-04-30; 1 000 paid on 2026-05-10; letter on 2026-06-30.
        // 3 875.43 × 7.86 % × 10 / 365 = 8.3453… → 8.35; 2 875.43 × 7.86 % × 51 / 365 = 31.579… → 31.58.
        var balance = OutstandingBalance(eur("3875.43"))
        balance.reduce(by: eur("1000"), on: day("2026-05-10"))
        let penalty = try LatePaymentPenalty.compute(balance: balance, dueDate: day("2026-04-30"), through: day("2026-06-30"),
                                                     rule: PenaltyRule(rate: .legalRateMultiple(3)))
        #expect(penalty.periods.map(\.units) == [10, 51])
        #expect(penalty.periods.map(\.principal) == [eur("3875.43"), eur("2875.43")])
        #expect(penalty.periods.map(\.amount) == [eur("8.35"), eur("31.58")])
        #expect(penalty.interest == eur("39.93"))
        #expect(penalty.principal == eur("2875.43"))
        #expect(penalty.daysLate == 61)
        #expect(penalty.recoveryIndemnity == eur("40"))
    }

    @Test("A credit note before the due date lowers the whole late period; the half-year still cuts it")
    func creditBeforeDueAndHalfYear() throws {
        // 10 000 due 2025-06-15, 2 000 credited on 2025-06-01: 8 000 late from 16 June to 15 July 2025.
        // 2025 H1 3 × 3.71 = 11.13 %: 8 000 × 11.13 % × 15 / 365 = 36.5917… → 36.59;
        // 2025 H2 3 × 2.76 = 8.28 %:  8 000 × 8.28 % × 15 / 365 = 27.2219… → 27.22.
        var balance = OutstandingBalance(eur("10000"))
        balance.reduce(by: eur("2000"), on: day("2025-06-01"))
        let penalty = try LatePaymentPenalty.compute(balance: balance, dueDate: day("2025-06-15"), through: day("2025-07-15"),
                                                     rule: PenaltyRule(rate: .legalRateMultiple(3)))
        #expect(penalty.periods.map(\.units) == [15, 15])
        #expect(penalty.periods.map(\.amount) == [eur("36.59"), eur("27.22")])
        #expect(penalty.interest == eur("63.81"))
    }

    @Test("Paid in full after the due date: penalties stop the day after the payment; nothing is claimed after")
    func paidLate() throws {
        // 1 200 due 2026-01-31, paid on 2026-02-10 (10 days at 12 %): 1 200 × 12 % × 10 / 365 = 3.945… → 3.95.
        var balance = OutstandingBalance(eur("1200"))
        balance.reduce(by: eur("1200"), on: day("2026-02-10"))
        let penalty = try LatePaymentPenalty.compute(balance: balance, dueDate: day("2026-01-31"), through: day("2026-03-31"),
                                                     rule: PenaltyRule(rate: .annual(12)))
        #expect(penalty.periods.count == 1)
        #expect(penalty.periods.first?.through == day("2026-02-10"))
        #expect(penalty.interest == eur("3.95"))
        #expect(penalty.principal == eur("0"))
    }

    @Test("Per month started: each month on the amount unpaid on its first day (seed rule 1.2 % a month)")
    func monthlyWithPayment() throws {
        // 5 000 due 2026-01-15; 3 000 paid 2026-02-20; looked at 2026-04-02.
        // Months from the 16th: 16 Jan–15 Feb on 5 000; 16 Feb–15 Mar on 5 000 (paid on the 20th, within it);
        // 16 Mar–15 Apr on 2 000. 14.4 % a year: 5 000 × 14.4 × 2 / 1200 = 120.00; 2 000 × 14.4 × 1 / 1200 = 24.00.
        var balance = OutstandingBalance(eur("5000"))
        balance.reduce(by: eur("3000"), on: day("2026-02-20"))
        let rule = PenaltyRule(rate: .monthly(d("1.2")), counting: .perMonthStarted, businessDebtor: false)
        let penalty = try LatePaymentPenalty.compute(balance: balance, dueDate: day("2026-01-15"), through: day("2026-04-02"), rule: rule)
        #expect(penalty.periods.map(\.units) == [2, 1])
        #expect(penalty.periods.map(\.principal) == [eur("5000"), eur("2000")])
        #expect(penalty.periods.map(\.amount) == [eur("120.00"), eur("24.00")])
        #expect(penalty.recoveryIndemnity == nil)
    }
}
