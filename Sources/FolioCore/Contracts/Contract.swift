/// A contract the company signed with a client: a maintenance contract or a subscription, read
/// from a contract file. What it states is what its notices are computed from.
public struct Contract: Sendable, Hashable {
    /// How a contract goes on after its initial term.
    public enum Renewal: Sendable, Hashable {
        /// It ends at the end of its initial term.
        case none
        /// It renews itself for `period` at each anniversary unless notice is given (tacite reconduction).
        case tacit(period: ContractSpan)
    }

    /// How the price follows an index: P1 = P0 × (S1 / S0) at each revision.
    public struct PriceRevision: Sendable, Hashable {
        /// The index's name (`SYNTEC`).
        public var index: String
        /// S0: the index's value retained when the contract was signed.
        public var baseValue: ExactDecimal
        /// The month of S0 (`2025-04`), as the contract states it.
        public var baseMonth: String?

        public init(index: String, baseValue: ExactDecimal, baseMonth: String? = nil) {
            self.index = index
            self.baseValue = baseValue
            self.baseMonth = baseMonth
        }
    }

    /// A priced line of the contract (the fee), which a price revision changes.
    public struct Line: Sendable, Hashable {
        public var description: String
        /// Excluding VAT, per period of invoicing.
        public var price: ExactDecimal

        public init(description: String, price: ExactDecimal) {
            self.description = description
            self.price = price
        }
    }

    /// The contract's own reference (`MC-2025-014`), cited by its notices.
    public var reference: String
    public var client: Party
    /// The day it was signed and took effect.
    public var start: CalendarDate
    /// The first term, from `start` (months or years).
    public var initialTerm: ContractSpan
    public var renewal: Renewal
    /// How long before an anniversary notice of non-renewal must be received (months).
    public var nonRenewalNotice: ContractSpan?
    /// How long after its receipt a termination request takes effect (a subscription).
    public var terminationNotice: ContractSpan?
    /// How long after its notice a suspension for non-payment takes effect.
    public var suspensionNotice: ContractSpan?
    public var priceRevision: PriceRevision?
    public var lines: [Line]
    public var currency: Currency
    /// The terms it was signed under (`terms/general-terms@2026-01-01`).
    public var terms: String?

    public init(reference: String, client: Party, start: CalendarDate, initialTerm: ContractSpan, renewal: Renewal,
                nonRenewalNotice: ContractSpan? = nil, terminationNotice: ContractSpan? = nil, suspensionNotice: ContractSpan? = nil,
                priceRevision: PriceRevision? = nil, lines: [Line] = [], currency: Currency = .euro, terms: String? = nil) {
        self.reference = reference
        self.client = client
        self.start = start
        self.initialTerm = initialTerm
        self.renewal = renewal
        self.nonRenewalNotice = nonRenewalNotice
        self.terminationNotice = terminationNotice
        self.suspensionNotice = suspensionNotice
        self.priceRevision = priceRevision
        self.lines = lines
        self.currency = currency
        self.terms = terms
    }

    /// A consumer's contract (the client is not a business): C. consom. L215-1 applies to its renewal.
    public var isConsumer: Bool { !client.isBusiness }

    /// It renews itself at each anniversary unless notice is given.
    public var renewsTacitly: Bool {
        if case .tacit = renewal { return true }
        return false
    }

    /// For a consumer's tacit renewal, the days in which the seller must tell them in writing that
    /// they may refuse it: at the earliest three months and at the latest one month before
    /// `deadline`, the last day they may refuse (C. consom. L215-1); nil for a business.
    public func consumerInformationWindow(before deadline: CalendarDate) -> ClosedRange<CalendarDate>? {
        guard isConsumer, renewsTacitly else { return nil }
        return ContractSpan(3, .months).before(deadline)...ContractSpan(1, .months).before(deadline)
    }

    /// The day period `index` starts (0: `start`; 1: the first anniversary…), counted from `start`
    /// each time, so that a contract signed on 29 February or 31 May keeps its day where the month has it.
    public func periodStart(_ index: Int) -> CalendarDate {
        guard index > 0 else { return start }
        let initial = initialTerm.after(start)
        switch renewal {
        case .none:
            return initial
        case .tacit(let period):
            guard let initialMonths = initialTerm.months, let periodMonths = period.months else {
                return period.after(initial, times: index - 1)
            }
            return start.adding(months: initialMonths + periodMonths * (index - 1))
        }
    }

    /// Whether the prices are revised at period `index`'s start: at each yearly anniversary of the
    /// start (every anniversary of a yearly contract, every twelfth of a monthly one).
    public func revisesPrices(atPeriod index: Int) -> Bool {
        guard index > 0, priceRevision != nil, case .tacit(let period) = renewal,
              let initial = initialTerm.months, let each = period.months else { return false }
        return (initial + each * (index - 1)) % 12 == 0
    }

    /// The first yearly anniversary after `date` at which the prices are revised; nil without a
    /// revision clause, a tacit renewal in months or years, or such an anniversary within 100 years.
    public func revisionAnniversary(after date: CalendarDate) -> CalendarDate? {
        let first = ContractStatus(self, on: max(date, start)).period + 1
        var index = first
        while index < first + 1_200 {
            let start = periodStart(index)
            if start > date, revisesPrices(atPeriod: index) { return start }
            index += 1
        }
        return nil
    }
}
