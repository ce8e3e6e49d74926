/// A letter the company sends about a contract, and the dates the core computed for it: when it
/// takes effect, from which notice period, before which deadline.
///
/// Each kind is built by its own function, which refuses — with the reason and the dates that
/// apply — a letter the contract or the law does not allow on that day.
///
/// ```swift
/// let notice = try ContractNotice.nonRenewal(contract, on: CalendarDate("2026-02-10")!)
/// notice.effective   // 2026-05-31, the anniversary the contract ends at
/// notice.deadline    // 2026-02-28, three months before it
/// ```
public struct ContractNotice: Sendable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The acknowledgement of a client's termination request, with the day the contract ends.
        case terminationAcknowledgement = "termination-acknowledgement"
        /// The company's notice that the contract will not renew at its next anniversary.
        case nonRenewal = "non-renewal"
        /// A consumer's information that they may refuse the tacit renewal (C. consom. L215-1).
        case renewalInformation = "renewal-information"
        /// Suspension of the service for non-payment, after the contract's notice.
        case suspension
        /// The new prices after a revision on the contract's index.
        case priceRevision = "price-revision"

        /// A notice of this kind ends the contract at its effective date.
        public var endsContract: Bool { self == .terminationAcknowledgement || self == .nonRenewal }
    }

    public let kind: Kind
    public let contract: Contract
    /// The letter's date.
    public let date: CalendarDate
    /// The first day it takes effect: the first day without the contract (termination,
    /// non-renewal), the renewal the consumer may refuse, the suspension, the new prices.
    public let effective: CalendarDate
    /// The day before `effective`: the contract's last day, the last day to pay before a suspension.
    public var lastDay: CalendarDate { effective.adding(days: -1) }
    /// A termination: the day the client's request was received.
    public var received: CalendarDate? = nil
    /// The notice period counted (termination, non-renewal, suspension).
    public var noticePeriod: ContractSpan? = nil
    /// Non-renewal: the last day notice could be received for `effective`; renewal information:
    /// the last day the consumer may refuse the renewal.
    public var deadline: CalendarDate? = nil
    /// Renewal information: the period the contract renews for, unless refused.
    public var renewalPeriod: ContractSpan? = nil
    /// Renewal information sent after the window of L215-1: the consumer may then end the contract
    /// at any time from the renewal (C. consom. L215-1 al. 2).
    public var informedLate = false
    /// A consumer's termination after a renewal they were not informed of in time (C. consom.
    /// L215-1 al. 2): that renewal; the termination then takes effect the day after its receipt.
    public var uninformedRenewal: CalendarDate? = nil
    /// Suspension: the invoices unpaid past their due date.
    public var unpaid: [UnpaidInvoice] = []
    /// Price revision: the prices before and after.
    public var revision: RevisedPrices? = nil

    /// Suspension: what is still owed on the invoices cited, in all.
    public var unpaidTotal: Money? {
        unpaid.first.map { first in unpaid.dropFirst().reduce(first.stillDue) { $0 + $1.stillDue } }
    }

    init(_ kind: Kind, _ contract: Contract, on date: CalendarDate, effective: CalendarDate) {
        self.kind = kind
        self.contract = contract
        self.date = date
        self.effective = effective
    }
}

extension ContractNotice {
    /// The acknowledgement of a termination request received on `received`. A subscription with a
    /// termination notice ends when that notice, counted from receipt, expires (its last day is
    /// ``Contract/terminationEnd(received:)``; at the latest at the end of a fixed term);
    /// a contract renewed tacitly without one ends at the first anniversary whose non-renewal
    /// deadline the request met.
    ///
    /// A consumer whose contract renewed tacitly without the L215-1 information sent within its
    /// window may end it free of charge at any time from that renewal (C. consom. L215-1 al. 2):
    /// the termination takes effect the day after its receipt.
    ///
    /// - Parameters:
    ///   - endsOn: the end an earlier notice recorded, if any.
    ///   - informedOn: for a consumer, the day the L215-1 information of the renewal before
    ///     `received` was sent (nil: it was not).
    /// - Throws: ``RuleViolation`` when the request precedes the contract or the letter follows
    ///   nothing, the contract has no way to be terminated, or it already ends sooner.
    public static func terminationAcknowledgement(_ contract: Contract, received: CalendarDate, on date: CalendarDate,
                                                  endsOn: CalendarDate? = nil, informedOn: CalendarDate? = nil) throws(RuleViolation) -> ContractNotice {
        guard received >= contract.start else {
            throw RuleViolation("the request was received on \(received), before contract \(contract.reference) started on \(contract.start)")
        }
        guard date >= received else {
            throw RuleViolation("the acknowledgement is dated \(date), before the request was received on \(received)")
        }
        var notice: ContractNotice
        if let renewal = contract.uninformedRenewal(before: received, informedOn: informedOn) {
            notice = ContractNotice(.terminationAcknowledgement, contract, on: date, effective: received.adding(days: 1))
            notice.uninformedRenewal = renewal
        } else if let period = contract.terminationNotice, let lastDay = contract.terminationEnd(received: received) {
            // The notice expires at the end of its last day (CPC art. 642): the termination takes effect the day after.
            var end = lastDay.adding(days: 1)
            if case .none = contract.renewal { end = min(end, contract.periodStart(1)) }
            notice = ContractNotice(.terminationAcknowledgement, contract, on: date, effective: end)
            notice.noticePeriod = period
        } else if contract.renewsTacitly {
            let (anniversary, deadline) = contract.firstAnniversary(stoppedBy: received)
            notice = ContractNotice(.terminationAcknowledgement, contract, on: date, effective: anniversary)
            notice.noticePeriod = contract.nonRenewalNotice
            notice.deadline = deadline
        } else {
            throw RuleViolation("contract \(contract.reference) states no termination notice (terminationNotice) and does not renew: it ends on its own on \(contract.periodStart(1))")
        }
        notice.received = received
        try notice.check(endsOn: endsOn)
        return notice
    }

    /// The company's notice that the contract will not renew at its next anniversary after `date`.
    ///
    /// - Throws: ``RuleViolation`` when the contract does not renew tacitly, or the deadline for the
    ///   next anniversary has passed: the reason names that deadline, and the next anniversary
    ///   and deadline a notice can still meet.
    public static func nonRenewal(_ contract: Contract, on date: CalendarDate, endsOn: CalendarDate? = nil) throws(RuleViolation) -> ContractNotice {
        guard case .tacit(let period) = contract.renewal else {
            throw RuleViolation("contract \(contract.reference) does not renew: it ends on its own on \(contract.periodStart(1))")
        }
        let status = ContractStatus(contract, on: max(date, contract.start))
        let anniversary = status.periodEnd
        let deadline = contract.nonRenewalDeadline(before: anniversary)
        guard date <= deadline else {
            let next = contract.periodStart(status.period + 2)
            throw RuleViolation("too late to stop the renewal of \(anniversary): notice had to be received by \(deadline)\(contract.nonRenewalNotice.map { " (\($0) before it)" } ?? ""); contract \(contract.reference) renews on \(anniversary) for \(period). Notice for the next anniversary, \(next), may be given until \(contract.nonRenewalDeadline(before: next))")
        }
        var notice = ContractNotice(.nonRenewal, contract, on: date, effective: anniversary)
        notice.noticePeriod = contract.nonRenewalNotice
        notice.deadline = deadline
        try notice.check(endsOn: endsOn)
        return notice
    }

    /// A consumer's information, in writing, that they may refuse the next tacit renewal, and until
    /// when. Sent at the earliest three months and at the latest one month before that last day
    /// (C. consom. L215-1); sent later, it tells them they may end the contract at any time from
    /// the renewal (L215-1 al. 2). Past the last day to refuse, it is about the following renewal.
    ///
    /// - Throws: ``RuleViolation`` when the client is a business, the contract does not renew
    ///   tacitly, or the window of the renewal concerned has not opened yet.
    public static func renewalInformation(_ contract: Contract, on date: CalendarDate, endsOn: CalendarDate? = nil) throws(RuleViolation) -> ContractNotice {
        guard contract.isConsumer else {
            throw RuleViolation("the renewal information of C. consom. L215-1 is owed to a consumer; \(contract.client.name) is a business")
        }
        guard case .tacit(let period) = contract.renewal else {
            throw RuleViolation("contract \(contract.reference) does not renew tacitly: there is no renewal to refuse")
        }
        let status = ContractStatus(contract, on: max(date, contract.start))
        var anniversary = status.periodEnd
        var deadline = contract.nonRenewalDeadline(before: anniversary)
        var missed: (anniversary: CalendarDate, deadline: CalendarDate)?
        if date > deadline {
            missed = (anniversary, deadline)
            anniversary = contract.periodStart(status.period + 2)
            deadline = contract.nonRenewalDeadline(before: anniversary)
        }
        // C. consom. L215-1: « au plus tôt trois mois et au plus tard un mois » before the last day to refuse.
        let window = contract.consumerInformationWindow(before: deadline) ?? deadline...deadline
        let (opens, closes) = (window.lowerBound, window.upperBound)
        guard date >= opens else {
            var reason = "too early: the information on the renewal of \(anniversary) is sent from \(opens) to \(closes), three months to one month before \(deadline), the last day to refuse it (C. consom. L215-1)"
            if let missed {
                reason += "; the last day to refuse the renewal of \(missed.anniversary) was \(missed.deadline): informed later or not at all, the consumer may end the contract at any time from that renewal (L215-1 al. 2)"
            }
            throw RuleViolation(reason)
        }
        var notice = ContractNotice(.renewalInformation, contract, on: date, effective: anniversary)
        notice.noticePeriod = contract.nonRenewalNotice
        notice.deadline = deadline
        notice.renewalPeriod = period
        notice.informedLate = date > closes
        try notice.check(endsOn: endsOn)
        return notice
    }

    /// Notice that the service is suspended for non-payment, the contract's suspension notice after
    /// `date`, citing the invoices unpaid past their due date.
    ///
    /// - Throws: ``RuleViolation`` when the contract states no suspension notice or no invoice is overdue.
    public static func suspension(_ contract: Contract, on date: CalendarDate, unpaid: [UnpaidInvoice],
                                  endsOn: CalendarDate? = nil) throws(RuleViolation) -> ContractNotice {
        guard let period = contract.suspensionNotice else {
            throw RuleViolation("contract \(contract.reference) states no notice before a suspension for non-payment (suspensionNotice)")
        }
        let overdue = unpaid.filter { $0.dueDate < date && !$0.stillDue.amount.isZero }
        guard !overdue.isEmpty else {
            throw RuleViolation("no invoice of contract \(contract.reference) is unpaid past its due date on \(date): nothing justifies a suspension")
        }
        var notice = ContractNotice(.suspension, contract, on: date, effective: period.after(date))
        notice.noticePeriod = period
        notice.unpaid = overdue
        try notice.check(endsOn: endsOn)
        return notice
    }

    /// Notice of the prices revised on the contract's index with its value `newIndex` (S1), from
    /// `applies` (default: the next yearly anniversary, ``Contract/revisionAnniversary(after:)``).
    ///
    /// - Throws: ``RuleViolation`` when the contract has no revision clause, S1 is not positive, or
    ///   the revision would apply before the letter, at the signature or after the contract's end.
    public static func priceRevision(_ contract: Contract, on date: CalendarDate, newIndex: ExactDecimal, newMonth: String? = nil,
                                     applies: CalendarDate? = nil, endsOn: CalendarDate? = nil) throws(RuleViolation) -> ContractNotice {
        let revision = try RevisedPrices(contract, newIndex: newIndex, newMonth: newMonth)
        guard let from = applies ?? contract.revisionAnniversary(after: max(date, contract.start)) else {
            throw RuleViolation("contract \(contract.reference) has no yearly anniversary to revise its prices at: give the day they apply (--applies)")
        }
        guard from > contract.start else {
            throw RuleViolation("a revision applies after the contract's signature on \(contract.start), not on \(from)")
        }
        guard from >= date else {
            throw RuleViolation("a price revision is announced before it applies: the letter of \(date) comes after \(from)")
        }
        if case .none = contract.renewal, from >= contract.periodStart(1) {
            throw RuleViolation("contract \(contract.reference) ends on \(contract.periodStart(1)) without renewal: no price applies from \(from)")
        }
        var notice = ContractNotice(.priceRevision, contract, on: date, effective: from)
        notice.revision = revision
        try notice.check(endsOn: endsOn)
        return notice
    }

    /// Refuses a letter dated before the contract starts or once it has ended (`end`, recorded by
    /// an earlier termination or non-renewal), or whose effect comes once it has ended.
    private func check(endsOn end: CalendarDate?) throws(RuleViolation) {
        guard date >= contract.start else {
            throw RuleViolation("contract \(contract.reference) starts on \(contract.start), after the letter's date \(date)")
        }
        guard let end else { return }
        guard date < end else {
            throw RuleViolation("contract \(contract.reference) ended on \(end), as recorded in the ledger")
        }
        guard effective < end else {
            throw RuleViolation("contract \(contract.reference) already ends on \(end), as recorded in the ledger: a \(kind.rawValue) taking effect on \(effective) comes too late")
        }
    }
}

extension Contract {
    /// The last day notice of non-renewal may be received for `anniversary`: the contract's notice
    /// before it, else the day before it.
    public func nonRenewalDeadline(before anniversary: CalendarDate) -> CalendarDate {
        nonRenewalNotice?.before(anniversary) ?? anniversary.adding(days: -1)
    }

    /// The consumer's last tacit renewal on or before `day`, when its L215-1 information was not sent
    /// within its window (`informedOn` nil, or outside it); nil for a business, before any renewal,
    /// or when the information was sent in time.
    public func uninformedRenewal(before day: CalendarDate, informedOn: CalendarDate?) -> CalendarDate? {
        guard isConsumer, renewsTacitly else { return nil }
        let status = ContractStatus(self, on: day)
        guard status.period > 0 else { return nil }
        let renewal = status.periodStart
        guard let window = consumerInformationWindow(before: nonRenewalDeadline(before: renewal)) else { return nil }
        if let informedOn, window.contains(informedOn) { return nil }
        return renewal
    }

    /// The first anniversary a notice of non-renewal received on `received` stops, and its deadline.
    func firstAnniversary(stoppedBy received: CalendarDate) -> (anniversary: CalendarDate, deadline: CalendarDate) {
        let status = ContractStatus(self, on: received)
        var period = status.period + 1
        while nonRenewalDeadline(before: periodStart(period)) < received, period < status.period + 100_000 { period += 1 }
        let anniversary = periodStart(period)
        return (anniversary, nonRenewalDeadline(before: anniversary))
    }
}
