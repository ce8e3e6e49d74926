/// A length of time a contract states: `3 months`, `1 year`, `8 days`.
///
/// Months and years count from a day to the day of the same number (quantième) in the month they
/// land in, or that month's last day when it has none — « three months before 31 May » is the last
/// day of February — as Code de procédure civile art. 641 counts délais in months and years (the
/// convention French courts apply to contractual notice too). Years are 12 months.
public struct ContractSpan: Sendable, Hashable, CustomStringConvertible {
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        case days, months, years
    }

    public let count: Int
    public let unit: Unit

    public init(_ count: Int, _ unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// Whole months (years as 12); nil for a span in days.
    public var months: Int? {
        switch unit {
        case .days: nil
        case .months: count
        case .years: count * 12
        }
    }

    /// The day `times` spans after `date`, counted from `date` itself each time (never from the
    /// previous result: 31 January + 2 months is 31 March, not 28 March).
    public func after(_ date: CalendarDate, times: Int = 1) -> CalendarDate {
        switch unit {
        case .days: date.adding(days: count * times)
        case .months, .years: date.adding(months: (months ?? 0) * times)
        }
    }

    /// The day `times` spans before `date`.
    public func before(_ date: CalendarDate, times: Int = 1) -> CalendarDate {
        after(date, times: -times)
    }

    /// « 3 months », « 1 year », « 8 days ».
    public var description: String {
        let name = count == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue
        return "\(count) \(name)"
    }

    /// Reads « 3 months », « 1 year », « 8 days » (singular or plural).
    public init(text: String) throws(RuleViolation) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let count = Int(parts[0]), (1...1200).contains(count),
              let unit = Unit.allCases.first(where: { $0.rawValue == parts[1] || $0.rawValue.dropLast() == parts[1] }) else {
            throw RuleViolation("\"\(text)\" is not a length: a number from 1 and days, months or years (« 3 months », « 1 year »)")
        }
        self.init(count, unit)
    }
}
