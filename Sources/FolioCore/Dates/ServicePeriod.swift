/// The period a service covers — a subscription's month, a contract's year — from its first to its
/// last day, both included (EN 16931 BG-14 for the invoice, BG-26 for a line).
public struct ServicePeriod: Sendable, Hashable, Codable {
    public let start: CalendarDate
    public let end: CalendarDate

    /// - Throws: ``RuleViolation`` when the end comes before the start.
    public init(start: CalendarDate, end: CalendarDate) throws(RuleViolation) {
        guard start <= end else { throw RuleViolation("the period ends on \(end), before it starts on \(start)") }
        self.start = start
        self.end = end
    }
}

/// How an invoice states the date of the supply it bills.
// CGI ann. II art. 242 nonies A, I 7°: the date the supply was made or completed, when it differs
// from the invoice's date.
public enum SupplyDate: Sendable, Hashable {
    /// The day of delivery or completion.
    case on(CalendarDate)
    /// The supply was made on the invoice's own date, as the order says explicitly.
    case invoiceDate
    /// Services over a period (its end is the completion).
    case period(ServicePeriod)
}
