/// What falls due on a set of contracts within some days: the last days to give notice of
/// non-renewal, the renewals (or ends) at anniversaries, the consumers' L215-1 information to send,
/// and the price revisions at anniversaries — so that a batch sends what is due.
///
/// ```swift
/// let agenda = ContractAgenda(contracts, from: CalendarDate("2026-11-27")!, days: 90)
/// agenda.events.first?.kind    // .noticeDeadline
/// ```
public struct ContractAgenda: Sendable {
    public struct Event: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            /// The last day notice of non-renewal may be received.
            case noticeDeadline = "notice deadline"
            /// The contract renews tacitly that day.
            case renewal
            /// The contract reaches the end of its term that day (no renewal).
            case end
            /// The consumer's renewal information must be sent by that day (C. consom. L215-1); `from` says from when.
            case consumerInformation = "consumer information"
            /// The price is revised on its index that day (a yearly anniversary: ``Contract/revisesPrices(atPeriod:)``).
            case priceRevision = "price revision"
        }

        public let kind: Kind
        /// The contract's position in the list given.
        public let contract: Int
        public let date: CalendarDate
        /// For ``Kind/consumerInformation``: the first day it may be sent.
        public let from: CalendarDate?
        /// The anniversary the event is about: the renewal a deadline or an information concerns.
        public let anniversary: CalendarDate
    }

    public let from: CalendarDate
    public let through: CalendarDate
    /// In order of date, then of contract.
    public let events: [Event]

    /// The events of `contracts` from `from` to `days` days later, both included.
    ///
    /// - Parameter ends: each contract's end set by a termination or non-renewal already notified
    ///   (nil, or no entry: none): it ends that day, and nothing is due after it.
    public init(_ contracts: [Contract], from: CalendarDate, days: Int, ends: [CalendarDate?] = []) {
        self.from = from
        let through = from.adding(days: max(0, days))
        self.through = through
        let range = from...through
        var events: [Event] = []
        for (index, contract) in contracts.enumerated() {
            let status = ContractStatus(contract, on: from)
            let end = index < ends.count ? ends[index] : nil
            guard !status.ended, end.map({ from < $0 }) ?? true else { continue }
            if let end, range.contains(end) {
                events.append(Event(kind: .end, contract: index, date: end, from: nil, anniversary: end))
            }
            let renews = contract.renewsTacitly
            // Anniversaries whose own date, notice deadline or L215-1 window can fall in the range:
            // up to the notice (and three months more for a consumer) after its last day.
            var horizon = contract.nonRenewalNotice.map { $0.after(through) } ?? through
            if contract.isConsumer { horizon = ContractSpan(3, .months).after(horizon) }
            var next = status.period + 1
            while next < status.period + 10_000 {
                let anniversary = contract.periodStart(next)
                if anniversary > horizon { break }
                // Once the contract's end is notified, nothing renews nor is revised from it on.
                if let end, anniversary >= end { break }
                if range.contains(anniversary) {
                    events.append(Event(kind: renews ? .renewal : .end, contract: index, date: anniversary, from: nil, anniversary: anniversary))
                    if contract.revisesPrices(atPeriod: next) {
                        events.append(Event(kind: .priceRevision, contract: index, date: anniversary, from: nil, anniversary: anniversary))
                    }
                }
                if renews, let notice = contract.nonRenewalNotice {
                    let deadline = notice.before(anniversary)
                    if range.contains(deadline) {
                        events.append(Event(kind: .noticeDeadline, contract: index, date: deadline, from: nil, anniversary: anniversary))
                    }
                    if let window = contract.consumerInformationWindow(before: deadline), window.overlaps(range) {
                        events.append(Event(kind: .consumerInformation, contract: index, date: window.upperBound, from: window.lowerBound,
                                            anniversary: anniversary))
                    }
                }
                if !renews { break }
                next += 1
            }
        }
        self.events = events.sorted { ($0.date, $0.contract, Event.Kind.allCases.firstIndex(of: $0.kind) ?? 0)
            < ($1.date, $1.contract, Event.Kind.allCases.firstIndex(of: $1.kind) ?? 0) }
    }
}
