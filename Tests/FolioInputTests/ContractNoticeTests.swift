import FolioCore
@testable import FolioInput
import Testing

/// The dates and amounts of contract notices, hand-computed: terminations counted from receipt
/// across month ends and leap years, non-renewal deadlines met or missed, the consumer's L215-1
/// window, suspensions and price revisions to the cent.
@Suite("Contract notices: their dates and amounts")
struct ContractNoticeTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
    static func contract(_ yaml: String, client: String = "{name: Client SAS, siren: \"732829320\", country: FR}") throws -> Contract {
        try ContractReader.read("reference: C-1\nclient: \(client)\n\(yaml)")
    }
    static let maintenance = """
        start: 2025-05-31
        initialTerm: 1 year
        renewal: 1 year
        nonRenewalNotice: 3 months
        suspensionNotice: 8 days
        priceRevision: {index: SYNTEC, baseValue: "299.4", baseMonth: 2025-05}
        lines:
          - {description: Maintenance, price: "540.00"}
          - {description: Wi-Fi marketing, price: "1980.00"}
        """

    @Test("A termination received on 31 January ends a monthly subscription on 28 February, or 29 in a leap year")
    func terminationFromReceipt() throws {
        let monthly = try Self.contract("start: 2026-01-31\ninitialTerm: 1 month\nrenewal: 1 month\nterminationNotice: 1 month")
        let notice = try ContractNotice.terminationAcknowledgement(monthly, received: Self.day("2026-01-31"), on: Self.day("2026-02-02"))
        // The notice expires at the end of 28 February (CPC art. 642): the termination takes effect on 1 March.
        #expect(notice.lastDay == Self.day("2026-02-28") && notice.effective == Self.day("2026-03-01"))
        #expect(notice.noticePeriod == ContractSpan(1, .months))
        #expect(try ContractNotice.terminationAcknowledgement(monthly, received: Self.day("2028-01-31"), on: Self.day("2028-01-31")).lastDay
                == Self.day("2028-02-29"))
        #expect(throws: RuleViolation.self) {
            try ContractNotice.terminationAcknowledgement(monthly, received: Self.day("2026-03-10"), on: Self.day("2026-03-09"))
        }
    }

    @Test("A termination of a contract renewed without a termination notice takes effect at the first anniversary whose deadline it met")
    func terminationAtAnniversary() throws {
        let contract = try Self.contract(Self.maintenance)
        let inTime = try ContractNotice.terminationAcknowledgement(contract, received: Self.day("2026-02-28"), on: Self.day("2026-03-02"))
        #expect(inTime.effective == Self.day("2026-05-31") && inTime.deadline == Self.day("2026-02-28"))
        let late = try ContractNotice.terminationAcknowledgement(contract, received: Self.day("2026-03-01"), on: Self.day("2026-03-02"))
        #expect(late.effective == Self.day("2027-05-31") && late.deadline == Self.day("2027-02-28"))
        let fixed = try Self.contract("start: 2026-01-01\ninitialTerm: 1 year\nrenewal: none")
        #expect(throws: RuleViolation.self) { try ContractNotice.terminationAcknowledgement(fixed, received: Self.day("2026-03-01"), on: Self.day("2026-03-01")) }
    }

    @Test("A consumer renewed without the L215-1 information in time may terminate at any time: effective the day after receipt")
    func uninformedConsumer() throws {
        let consumer = try Self.contract("start: 2025-02-15\ninitialTerm: 1 year\nrenewal: 1 year\nnonRenewalNotice: 1 month",
                                         client: "{name: Mme Lucie Rosette, kind: individual, country: FR}")
        // Renewed on 2026-02-15; its information was due from 2025-10-15 to 2025-12-15.
        let free = try ContractNotice.terminationAcknowledgement(consumer, received: Self.day("2026-06-10"), on: Self.day("2026-06-11"))
        #expect(free.uninformedRenewal == Self.day("2026-02-15") && free.lastDay == Self.day("2026-06-10"))
        let late = try ContractNotice.terminationAcknowledgement(consumer, received: Self.day("2026-06-10"), on: Self.day("2026-06-11"),
                                                                 informedOn: Self.day("2025-12-20"))
        #expect(late.uninformedRenewal == Self.day("2026-02-15"))
        // Informed in time: the request stops the next renewal, on 2027-02-15 (deadline 2027-01-15).
        let informed = try ContractNotice.terminationAcknowledgement(consumer, received: Self.day("2026-06-10"), on: Self.day("2026-06-11"),
                                                                     informedOn: Self.day("2025-11-20"))
        #expect(informed.uninformedRenewal == nil && informed.effective == Self.day("2027-02-15"))
        // Before any renewal, the contract's own terms apply.
        #expect(try ContractNotice.terminationAcknowledgement(consumer, received: Self.day("2025-06-10"), on: Self.day("2025-06-10"))
            .effective == Self.day("2026-02-15"))
    }

    @Test("The company's non-renewal: before the deadline it ends the contract at the anniversary; past it, refused with the next dates")
    func nonRenewal() throws {
        let contract = try Self.contract(Self.maintenance)
        let notice = try ContractNotice.nonRenewal(contract, on: Self.day("2026-02-10"))
        #expect(notice.effective == Self.day("2026-05-31") && notice.deadline == Self.day("2026-02-28"))
        #expect(try ContractNotice.nonRenewal(contract, on: Self.day("2026-02-28")).effective == Self.day("2026-05-31"))
        do {
            _ = try ContractNotice.nonRenewal(contract, on: Self.day("2026-03-01"))
            Issue.record("a notice past the deadline was accepted")
        } catch {
            for date in ["2026-02-28", "2026-05-31", "2027-05-31", "2027-02-28"] { #expect(error.reason.contains(date), "\(error.reason)") }
        }
    }

    @Test("A consumer's renewal information: refused before its window, late after it, and about the next renewal past the deadline")
    func renewalInformation() throws {
        let consumer = try Self.contract("start: 2026-02-15\ninitialTerm: 1 year\nrenewal: 1 year\nnonRenewalNotice: 1 month",
                                         client: "{name: Mme Lucie Rosette, kind: individual, country: FR}")
        // Renewal on 2027-02-15, last day to refuse 2027-01-15, window 2026-10-15 to 2026-12-15.
        let notice = try ContractNotice.renewalInformation(consumer, on: Self.day("2026-11-27"))
        #expect(notice.effective == Self.day("2027-02-15") && notice.deadline == Self.day("2027-01-15") && !notice.informedLate)
        #expect(notice.renewalPeriod == ContractSpan(1, .years))
        #expect(try ContractNotice.renewalInformation(consumer, on: Self.day("2026-10-15")).informedLate == false)
        #expect(try ContractNotice.renewalInformation(consumer, on: Self.day("2026-12-16")).informedLate)
        do {
            _ = try ContractNotice.renewalInformation(consumer, on: Self.day("2026-10-14"))
            Issue.record("sent before the window")
        } catch {
            #expect(error.reason.contains("2026-10-15") && error.reason.contains("2026-12-15"), "\(error.reason)")
        }
        do {
            _ = try ContractNotice.renewalInformation(consumer, on: Self.day("2027-01-16"))
            Issue.record("past the deadline, the next window has not opened")
        } catch {
            #expect(error.reason.contains("2027-10-15") && error.reason.contains("L215-1 al. 2"), "\(error.reason)")
        }
        #expect(throws: RuleViolation.self) { try ContractNotice.renewalInformation(try Self.contract(Self.maintenance), on: Self.day("2026-01-10")) }
    }

    @Test("A suspension takes effect eight days after its notice and cites only the invoices overdue that day")
    func suspension() throws {
        let contract = try Self.contract(Self.maintenance)
        let euro = Currency.euro
        let overdue = UnpaidInvoice(number: "F-2026-0007", date: Self.day("2026-06-01"), dueDate: Self.day("2026-06-01"),
                                    amountDue: Money(rounding: ExactDecimal("585.90")!, in: euro), stillDue: Money(rounding: ExactDecimal("585.90")!, in: euro))
        let notYetDue = UnpaidInvoice(number: "F-2026-0042", date: Self.day("2026-11-27"), dueDate: Self.day("2026-11-27"),
                                      amountDue: Money(rounding: ExactDecimal("10.00")!, in: euro), stillDue: Money(rounding: ExactDecimal("10.00")!, in: euro))
        let notice = try ContractNotice.suspension(contract, on: Self.day("2026-11-27"), unpaid: [overdue, notYetDue])
        #expect(notice.effective == Self.day("2026-12-05") && notice.unpaid.map(\.number) == ["F-2026-0007"])
        #expect(throws: RuleViolation.self) { try ContractNotice.suspension(contract, on: Self.day("2026-11-27"), unpaid: [notYetDue]) }
    }

    @Test("A SYNTEC revision to the cent, half up, from the next anniversary")
    func priceRevision() throws {
        let contract = try Self.contract(Self.maintenance)
        let notice = try ContractNotice.priceRevision(contract, on: Self.day("2026-04-20"), newIndex: ExactDecimal("303.1")!, newMonth: "2026-03")
        #expect(notice.effective == Self.day("2026-05-31"))
        let revision = try #require(notice.revision)
        // 540.00 × 303.1 / 299.4 = 546.6733…; 1,980.00 × 303.1 / 299.4 = 2,004.4689…
        #expect(revision.lines.map(\.after.amount) == [ExactDecimal("546.67")!, ExactDecimal("2004.47")!])
        #expect(revision.totalBefore.amount == ExactDecimal("2520.00")! && revision.totalAfter.amount == ExactDecimal("2551.14")!)
        // 100.00 × 200.01 / 200 = 100.005: half up to 100.01.
        let half = try Self.contract("start: 2026-01-01\ninitialTerm: 1 year\nrenewal: 1 year\npriceRevision: {index: SYNTEC, baseValue: \"200\"}\nlines: [{description: Fee, price: \"100.00\"}]")
        #expect(try RevisedPrices(half, newIndex: ExactDecimal("200.01")!).lines[0].after.amount == ExactDecimal("100.01")!)
        #expect(throws: RuleViolation.self) {
            try ContractNotice.priceRevision(contract, on: Self.day("2026-06-02"), newIndex: ExactDecimal("303.1")!, applies: Self.day("2026-05-31"))
        }
    }

    @Test("A monthly subscription's prices are revised at its yearly anniversaries only")
    func monthlyRevision() throws {
        let monthly = try Self.contract("""
            start: 2026-03-31
            initialTerm: 1 month
            renewal: 1 month
            priceRevision: {index: SYNTEC, baseValue: "296.3"}
            lines: [{description: Hosting, price: "89.00"}]
            """)
        #expect(monthly.revisionAnniversary(after: Self.day("2026-11-27")) == Self.day("2027-03-31"))
        #expect(monthly.revisionAnniversary(after: Self.day("2027-03-31")) == Self.day("2028-03-31"))
        // 89.00 × 302.5 / 296.3 = 90.862…
        let notice = try ContractNotice.priceRevision(monthly, on: Self.day("2026-11-27"), newIndex: ExactDecimal("302.5")!)
        #expect(notice.effective == Self.day("2027-03-31") && notice.revision?.lines[0].after.amount == ExactDecimal("90.86")!)
        let agenda = ContractAgenda([monthly], from: Self.day("2026-11-27"), days: 400)
        #expect(agenda.events.filter { $0.kind == .priceRevision }.map(\.date) == [Self.day("2027-03-31")])
    }

    @Test("Once the ledger records the contract's end, nothing takes effect after it")
    func endedContract() throws {
        let contract = try Self.contract(Self.maintenance)
        let end = Self.day("2026-05-31")
        #expect(throws: RuleViolation.self) {
            try ContractNotice.priceRevision(contract, on: Self.day("2026-04-20"), newIndex: ExactDecimal("303.1")!, endsOn: end)
        }
        #expect(throws: RuleViolation.self) { try ContractNotice.nonRenewal(contract, on: Self.day("2026-02-20"), endsOn: end) }
        #expect(throws: RuleViolation.self) { try ContractNotice.suspension(contract, on: Self.day("2026-06-03"), unpaid: [], endsOn: end) }
    }
}
