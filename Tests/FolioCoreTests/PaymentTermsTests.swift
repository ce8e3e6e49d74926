import FolioCore
import Testing

@Suite("Payment terms and due dates")
struct PaymentTermsTests {
    @Test func endOfMonthBothWays() {
        let issued = day("2026-01-20")
        #expect(PaymentTerms.endOfMonth(days: 45, method: .daysThenEndOfMonth).dueDate(invoiceDate: issued) == day("2026-03-31"))
        #expect(PaymentTerms.endOfMonth(days: 45, method: .endOfMonthThenDays).dueDate(invoiceDate: issued) == day("2026-03-17"))
        // Leap years.
        #expect(PaymentTerms.endOfMonth(days: 45, method: .daysThenEndOfMonth).dueDate(invoiceDate: day("2024-01-15")) == day("2024-02-29"))
        #expect(PaymentTerms.endOfMonth(days: 45, method: .endOfMonthThenDays).dueDate(invoiceDate: day("2024-01-31")) == day("2024-03-16"))
        #expect(PaymentTerms.endOfMonth(days: 30, method: .endOfMonthThenDays).dueDate(invoiceDate: day("2023-01-31")) == day("2023-03-02"))
    }

    @Test func netDaysAndOthers() {
        #expect(PaymentTerms.net(days: 30).dueDate(invoiceDate: day("2026-01-31")) == day("2026-03-02"))
        #expect(PaymentTerms.net(days: 60).dueDate(invoiceDate: day("2024-12-31")) == day("2025-03-01"))
        #expect(PaymentTerms.onReceipt.dueDate(invoiceDate: day("2026-02-28")) == day("2026-02-28"))
        // The statutory default: 30 days after delivery (C. com. L441-10 I).
        #expect(PaymentTerms.statutoryDefault.dueDate(invoiceDate: day("2026-03-16"), deliveryDate: day("2026-03-10")) == day("2026-04-09"))
    }

    @Test func businessCapsAreEnforced() throws {
        let issued = day("2026-01-15")
        try PaymentTerms.net(days: 60).checkBusinessCaps(invoiceDate: issued)
        try PaymentTerms.endOfMonth(days: 45, method: .daysThenEndOfMonth).checkBusinessCaps(invoiceDate: issued)
        try PaymentTerms.fixedDate(day("2026-03-16")).checkBusinessCaps(invoiceDate: issued)
        #expect(throws: RuleViolation.self) { try PaymentTerms.net(days: 61).checkBusinessCaps(invoiceDate: issued) }
        #expect(throws: RuleViolation.self) {
            try PaymentTerms.endOfMonth(days: 46, method: .endOfMonthThenDays).checkBusinessCaps(invoiceDate: issued)
        }
        #expect(throws: RuleViolation.self) { try PaymentTerms.fixedDate(day("2026-03-17")).checkBusinessCaps(invoiceDate: issued) }
        #expect(throws: RuleViolation.self) { try PaymentTerms.fixedDate(day("2026-01-14")).checkBusinessCaps(invoiceDate: issued) }
        // 50 days after a delivery 20 days before the invoice is still within 60 days of the invoice.
        try PaymentTerms.net(days: 50, from: .deliveryDate).checkBusinessCaps(invoiceDate: issued, deliveryDate: day("2025-12-26"))
        do {
            try PaymentTerms.net(days: 75).checkBusinessCaps(invoiceDate: issued)
        } catch {
            #expect(error.reason.contains("60 days") && error.reason.contains("L441-10"))
        }
    }

    @Test func quoteValidityAndDeposit() throws {
        #expect(try QuoteValidity.days(30).lastDay(quoteDate: day("2026-01-31")) == day("2026-03-02"))
        #expect(throws: RuleViolation.self) { try QuoteValidity.until(day("2026-01-01")).lastDay(quoteDate: day("2026-01-31")) }
        let split = try DepositSchedule(percent: 30, balanceTerms: .net(days: 30))
            .split(total: eur("1234.56"), signedOn: day("2026-03-02"))
        #expect(split.deposit == eur("370.37"))
        #expect(split.balance == eur("864.19"))
        #expect(throws: RuleViolation.self) { try DepositSchedule(percent: 100, balanceTerms: .onReceipt) }
    }

    @Test func priceRevisionOnAnIndex() throws {
        let revision = try PriceRevision(index: "SYNTEC", baseIndex: d("296.3"), newIndex: d("302.5"))
        #expect(revision.revised(d("89.00")) == d("90.86"))       // 89 × 302.5 / 296.3 = 90.862…
        #expect(revision.revised(d("1860.00")) == d("1898.92"))   // 1860 × 302.5 / 296.3 = 1898.919…
        #expect(revision.revised(d("89.00"), places: 4) == d("90.8623"))
        #expect(throws: RuleViolation.self) { try PriceRevision(index: "SYNTEC", baseIndex: 0, newIndex: 1) }
    }

    @Test func calendarDateArithmetic() {
        #expect(day("2026-01-31").adding(months: 1) == day("2026-02-28"))
        #expect(day("2024-01-31").adding(months: 1) == day("2024-02-29"))
        #expect(day("2026-03-31").adding(months: -1) == day("2026-02-28"))
        #expect(day("2000-02-28").adding(days: 1) == day("2000-02-29"))
        #expect(day("2100-02-28").adding(days: 1) == day("2100-03-01"))
        #expect(day("2026-11-22").weekday == .sunday)
        #expect(CalendarDate("2026-02-29") == nil)
        #expect(CalendarDate("2026-2-01") == nil)
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDate(dayNumber: n).dayNumber == n)
        }
    }
}
