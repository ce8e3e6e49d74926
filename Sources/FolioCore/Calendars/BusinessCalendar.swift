/// Which days are worked: a weekend and a set of public holidays.
///
/// ```swift
/// let france = BusinessCalendar.franceMetropolitan
/// france.isBusinessDay(CalendarDate("2026-07-14")!)                   // false
/// france.adding(businessDays: 2, to: CalendarDate("2026-07-10")!)     // 2026-07-15
/// ```
public struct BusinessCalendar: Sendable, Hashable {
    /// A stable identifier: `FR`, `FR-Alsace-Moselle`, `DE-NW`.
    public let id: String
    public let name: String
    public let weekend: Set<Weekday>
    public let holidays: [HolidayRule]

    public init(id: String, name: String, weekend: Set<Weekday> = [.saturday, .sunday], holidays: [HolidayRule]) {
        self.id = id
        self.name = name
        self.weekend = weekend
        self.holidays = holidays
    }

    /// The holidays of `year`, in date order, with their names (two on one day are both listed).
    public func holidays(in year: Int) -> [(date: CalendarDate, name: String)] {
        holidays.compactMap { rule in rule.date(in: year).map { (date: $0, name: rule.name) } }
            .sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }

    public func isHoliday(_ date: CalendarDate) -> Bool {
        holidays.contains { $0.date(in: date.year) == date }
    }

    public func isBusinessDay(_ date: CalendarDate) -> Bool {
        !weekend.contains(date.weekday) && !isHoliday(date)
    }

    /// The `count`-th business day after `date` (« N jours ouvrés après »); `date` itself never counts.
    public func adding(businessDays count: Int, to date: CalendarDate) -> CalendarDate {
        precondition(count >= 0, "business days to add must not be negative")
        var current = date
        var remaining = count
        while remaining > 0 {
            current = current.adding(days: 1)
            if isBusinessDay(current) { remaining -= 1 }
        }
        return current
    }

    /// `date` if it is a business day, else the next one.
    public func businessDay(onOrAfter date: CalendarDate) -> CalendarDate {
        var current = date
        while !isBusinessDay(current) { current = current.adding(days: 1) }
        return current
    }

    /// Business days in `start + 1 … end` (0 when `end` is not after `start`).
    public func businessDays(after start: CalendarDate, through end: CalendarDate) -> Int {
        guard end > start else { return 0 }
        return (1...start.days(until: end)).count { isBusinessDay(start.adding(days: $0)) }
    }

    public static func == (lhs: BusinessCalendar, rhs: BusinessCalendar) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
