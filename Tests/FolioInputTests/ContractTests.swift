import FolioCore
@testable import FolioInput
import Testing

/// Contracts' dates, hand-computed: anniversaries, notice deadlines, terminations from receipt and
/// the consumer's renewal information, across month ends and leap years (CPC art. 641: the day of
/// the same number, or the month's last day when it has none).
@Suite("Contracts and their deadlines")
struct ContractTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    /// A consumer's yearly contract from 15 February 2026, one month's notice of non-renewal.
    static let consumer = """
        reference: C-2
        client: {name: Lucie Rosette, kind: individual, country: FR}
        start: 2026-02-15
        initialTerm: 1 year
        renewal: 1 year
        nonRenewalNotice: 1 month
        """

    static func contract(_ yaml: String) throws -> Contract {
        try contract(referenced: "reference: C-1\n" + yaml)
    }

    /// A contract whose YAML gives its own reference, with the client added.
    static func contract(referenced yaml: String) throws -> Contract {
        try ContractReader.read(yaml + "\nclient: {name: Client SAS, siren: \"732829320\", country: FR}")
    }

    @Test("A yearly contract signed on 31 May: notice three months before the anniversary is due by 28 February")
    func yearlyFromMay31() throws {
        let contract = try Self.contract("start: 2025-05-31\ninitialTerm: 1 year\nrenewal: 1 year\nnonRenewalNotice: 3 months")
        let january = ContractStatus(contract, on: Self.day("2026-01-15"))
        #expect(january.period == 0 && january.nextAnniversary == Self.day("2026-05-31"))
        #expect(january.noticeDeadline == Self.day("2026-02-28"))
        #expect(january.noticeInTime(receivedOn: Self.day("2026-02-28")) && !january.noticeInTime(receivedOn: Self.day("2026-03-01")))
        let march = ContractStatus(contract, on: Self.day("2026-03-01"))
        #expect(march.noticeDeadline == Self.day("2026-02-28"), "passed: the renewal of 31 May 2026 can no longer be stopped")
        #expect(march.nextNoticeDeadline?.anniversary == Self.day("2027-05-31") && march.nextNoticeDeadline?.deadline == Self.day("2027-02-28"))
        let renewed = ContractStatus(contract, on: Self.day("2026-05-31"))
        #expect(renewed.period == 1 && renewed.periodStart == Self.day("2026-05-31") && renewed.nextAnniversary == Self.day("2027-05-31"))
        // In a leap year the deadline is 29 February.
        #expect(ContractStatus(contract, on: Self.day("2027-12-01")).noticeDeadline == Self.day("2028-02-29"))
        #expect(ContractStatus(contract, on: Self.day("2025-05-30")).notStarted)
    }

    @Test("Started on 29 February 2024: anniversaries on 28 February, and 29 February again in 2028")
    func leapDayStart() throws {
        let contract = try Self.contract("start: 2024-02-29\ninitialTerm: 1 year\nrenewal: 1 year\nnonRenewalNotice: 3 months")
        #expect((1...4).map { contract.periodStart($0) } == ["2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"].map(Self.day))
        let status = ContractStatus(contract, on: Self.day("2027-01-10"))
        #expect(status.period == 2 && status.nextAnniversary == Self.day("2027-02-28"))
        #expect(status.noticeDeadline == Self.day("2026-11-28"))
        #expect(status.nextNoticeDeadline?.deadline == Self.day("2027-11-29"), "three months before 29 February 2028")
    }

    @Test("A termination received on 31 January ends a monthly subscription on the last day of February")
    func terminationFromReceipt() throws {
        let monthly = try Self.contract("start: 2025-10-31\ninitialTerm: 1 month\nrenewal: 1 month\nterminationNotice: 1 month")
        #expect(monthly.terminationEnd(received: Self.day("2026-01-31")) == Self.day("2026-02-28"))
        #expect(monthly.terminationEnd(received: Self.day("2028-01-31")) == Self.day("2028-02-29"))
        // Monthly periods keep the 31st where the month has one, counted from the start each time.
        #expect((1...5).map { monthly.periodStart($0) } == ["2025-11-30", "2025-12-31", "2026-01-31", "2026-02-28", "2026-03-31"].map(Self.day))
        let ended = ContractStatus(monthly, on: Self.day("2026-03-01"), terminationReceived: Self.day("2026-01-31"))
        #expect(ended.ended && ended.nextAnniversary == nil)
        #expect(!ContractStatus(monthly, on: Self.day("2026-02-27"), terminationReceived: Self.day("2026-01-31")).ended)
        let annual = try Self.contract("start: 2026-03-01\ninitialTerm: 1 year\nrenewal: 1 year\nterminationNotice: 2 months")
        #expect(annual.terminationEnd(received: Self.day("2026-12-31")) == Self.day("2027-02-28"))
    }

    @Test("A consumer's tacit renewal: the information is sent between three months and one month before the last day to refuse (L215-1)")
    func consumerWindow() throws {
        let contract = try ContractReader.read(ContractTests.consumer)
        let status = ContractStatus(contract, on: Self.day("2026-11-27"))
        #expect(contract.isConsumer && status.noticeDeadline == Self.day("2027-01-15"))
        #expect(status.consumerInformationWindow == Self.day("2026-10-15")...Self.day("2026-12-15"))
        let business = try Self.contract("start: 2026-02-15\ninitialTerm: 1 year\nrenewal: 1 year\nnonRenewalNotice: 1 month")
        #expect(ContractStatus(business, on: Self.day("2026-11-27")).consumerInformationWindow == nil)
    }

    @Test("A contract that does not renew ends at its term; no notice deadline")
    func noRenewal() throws {
        let contract = try Self.contract("start: 2025-01-31\ninitialTerm: 2 years\nrenewal: none")
        #expect(ContractStatus(contract, on: Self.day("2026-06-01")).nextAnniversary == Self.day("2027-01-31"))
        #expect(ContractStatus(contract, on: Self.day("2026-06-01")).noticeDeadline == nil)
        #expect(ContractStatus(contract, on: Self.day("2027-01-31")).ended)
    }

    @Test("A contract file is read strictly: the field and the reason", arguments: [
        ("start: 2025-05-31\ninitialTerm: 10 days\nrenewal: none", "initialTerm", "in months or years"),
        ("start: 2025-05-31\ninitialTerm: 1 year\nrenewal: 2 weeks", "renewal", "is not a length"),
        ("start: 2025-05-31\ninitialTerm: 1 year\nrenewal: none\nnonRenewalNotice: 3 months", "nonRenewalNotice", "does not renew"),
        ("start: 2025-02-30\ninitialTerm: 1 year\nrenewal: none", "start", "date"),
        ("start: 2025-05-31\ninitialTerm: 1 year\nrenewal: none\nrenewl: 1 year", "renewl", "renewal"),
        ("start: 2025-05-31\ninitialTerm: 1 year\nrenewal: 1 year\npriceRevision: {index: SYNTEC, baseValue: \"0\"}", "priceRevision.baseValue", "more than 0"),
        // The reference names the notices' files: no path out of their folder.
        ("reference: ../../etc/x\nstart: 2025-05-31\ninitialTerm: 1 year\nrenewal: none", "reference", "not a contract reference"),
    ])
    func refused(_ yaml: String, _ field: String, _ reason: String) {
        #expect { try Self.contract(referenced: yaml.hasPrefix("reference:") ? yaml : "reference: C-1\n" + yaml) } throws: { error in
            guard let invalid = error as? InvalidField else { return false }
            return invalid.path == field && invalid.reason.contains(reason)
        }
    }
}

/// What falls due on several contracts within some days.
@Suite("Contracts' agenda")
struct ContractAgendaTests {
    /// Signed on 31 May 2025 for a year, renewed yearly, three months' notice, revised on SYNTEC.
    static func yearly() throws -> Contract {
        try ContractTests.contract("""
            start: 2025-05-31
            initialTerm: 1 year
            renewal: 1 year
            nonRenewalNotice: 3 months
            priceRevision: {index: SYNTEC, baseValue: "299.4"}
            """)
    }

    @Test("Deadlines, renewals, a consumer's L215-1 window and revisions, in order, within the range only")
    func agenda() throws {
        let yearly = try Self.yearly()
        let consumer = try ContractReader.read(ContractTests.consumer)
        let fixed = try ContractTests.contract("start: 2025-01-31\ninitialTerm: 2 years\nrenewal: none")
        let agenda = ContractAgenda([yearly, consumer, fixed], from: ContractTests.day("2026-12-01"), days: 90)
        let seen = agenda.events.map { "\($0.date) \($0.kind.rawValue) \($0.contract)" + ($0.from.map { " from \($0)" } ?? "") }
        #expect(seen == [
            "2026-12-15 consumer information 1 from 2026-10-15",
            "2027-01-15 notice deadline 1",
            "2027-01-31 end 2",
            "2027-02-15 renewal 1",
            "2027-02-28 notice deadline 0",
        ], "\(seen)")
        // The yearly contract's renewal and revision on 31 May 2027, further on.
        let spring = ContractAgenda([yearly], from: ContractTests.day("2027-05-01"), days: 60)
        #expect(spring.events.map(\.kind) == [.renewal, .priceRevision] && spring.events.allSatisfy { $0.date == ContractTests.day("2027-05-31") })
    }

    @Test("A contract whose end was notified ends that day: no deadline, renewal nor revision after it")
    func notifiedEnd() throws {
        let yearly = try Self.yearly()
        let agenda = ContractAgenda([yearly], from: ContractTests.day("2027-01-01"), days: 500, ends: [ContractTests.day("2027-05-31")])
        #expect(agenda.events.map { "\($0.date) \($0.kind.rawValue)" } == ["2027-05-31 end"])
        #expect(ContractAgenda([yearly], from: ContractTests.day("2027-06-01"), days: 500, ends: [ContractTests.day("2027-05-31")]).events.isEmpty)
    }
}
