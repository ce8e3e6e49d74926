/// Where a contract stands on a day: its current period, its next anniversary, the last day to
/// give notice of non-renewal, and for a consumer the window in which the seller must remind them
/// that they may refuse the renewal.
///
/// ```swift
/// let status = ContractStatus(contract, on: CalendarDate("2026-01-15")!)
/// status.nextAnniversary   // 2026-05-31 for a yearly contract signed on 2025-05-31
/// status.noticeDeadline    // 2026-02-28: three months before 31 May
/// ```
public struct ContractStatus: Sendable {
    public let contract: Contract
    public let date: CalendarDate
    /// Before `start`: not yet in force.
    public let notStarted: Bool
    /// Past the end of a contract that does not renew (or whose termination took effect).
    public let ended: Bool
    /// The period the day falls in: 0 for the initial term, n after n renewals.
    public let period: Int
    public let periodStart: CalendarDate
    /// The first day after the current period: the next anniversary (the day it renews or ends).
    public let periodEnd: CalendarDate
    /// Renewals so far.
    public var renewals: Int { period }
    /// The next anniversary (nil when the contract has ended).
    public let nextAnniversary: CalendarDate?
    /// The last day notice of non-renewal may be received for `nextAnniversary`; nil when the contract
    /// states no notice or does not renew.
    public let noticeDeadline: CalendarDate?
    /// When `noticeDeadline` has passed: the anniversary after, and its own deadline.
    public let nextNoticeDeadline: (anniversary: CalendarDate, deadline: CalendarDate)?
    /// A consumer's contract renewed tacitly: the days in which the seller must tell them in writing
    /// that they may refuse the renewal — at the earliest three months and at the latest one month
    /// before the end of the period in which they may refuse it, that is before `noticeDeadline`
    /// (C. consom. L215-1).
    public let consumerInformationWindow: ClosedRange<CalendarDate>?

    /// The status on `date`; a termination request received on `received` ends a contract whose
    /// termination notice runs from receipt, at the end of that notice.
    public init(_ contract: Contract, on date: CalendarDate, terminationReceived received: CalendarDate? = nil) {
        self.contract = contract
        self.date = date
        notStarted = date < contract.start
        var index = 0
        if contract.renewsTacitly {
            // The period whose start is the last one on or before the day (at most one per day of the contract).
            while contract.periodStart(index + 1) <= date, index < 100_000 { index += 1 }
        }
        period = index
        periodStart = contract.periodStart(index)
        periodEnd = contract.periodStart(index + 1)
        let termination = received.flatMap { contract.terminationEnd(received: $0) }
        let renews = contract.renewsTacitly
        // A termination's notice expires at the end of its last day (CPC art. 642): the contract has ended the day after.
        let over = (!renews && date >= periodEnd) || (termination.map { date > $0 } ?? false)
        ended = over
        guard !over, renews else {
            nextAnniversary = over ? nil : periodEnd
            noticeDeadline = nil
            nextNoticeDeadline = nil
            consumerInformationWindow = nil
            return
        }
        nextAnniversary = periodEnd
        guard let notice = contract.nonRenewalNotice else {
            noticeDeadline = nil
            nextNoticeDeadline = nil
            consumerInformationWindow = nil
            return
        }
        let deadline = notice.before(periodEnd)
        noticeDeadline = deadline
        if date > deadline {
            let following = contract.periodStart(index + 2)
            nextNoticeDeadline = (following, notice.before(following))
        } else {
            nextNoticeDeadline = nil
        }
        consumerInformationWindow = contract.consumerInformationWindow(before: deadline)
    }

    /// True when notice of non-renewal received on `day` stops the next renewal.
    public func noticeInTime(receivedOn day: CalendarDate) -> Bool {
        guard let noticeDeadline else { return false }
        return day <= noticeDeadline
    }
}

extension Contract {
    /// The day a termination request received on `received` takes effect: the end of the
    /// termination notice counted from receipt; nil when the contract states no such notice.
    public func terminationEnd(received: CalendarDate) -> CalendarDate? {
        terminationNotice.map { $0.after(received) }
    }
}
