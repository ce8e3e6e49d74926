/// How long a quote can be accepted.
public enum QuoteValidity: Sendable, Hashable {
    /// Valid for `days` calendar days after the quote date (30 in most terms of sale).
    case days(Int)
    /// Valid until a written date.
    case until(CalendarDate)

    /// The last day the quote can be accepted.
    public func lastDay(quoteDate: CalendarDate) throws(RuleViolation) -> CalendarDate {
        switch self {
        case .days(let days):
            guard days > 0 else { throw RuleViolation("a quote must be valid for at least one day, not \(days)") }
            return quoteDate.adding(days: days)
        case .until(let date):
            guard date >= quoteDate else {
                throw RuleViolation("the validity date \(date) is before the quote date \(quoteDate)")
            }
            return date
        }
    }
}
