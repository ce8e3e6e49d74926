/// A wall-clock moment: a calendar date and a time of day in minutes, with no time zone.
public struct LocalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let date: CalendarDate
    /// Minutes since midnight, 0…1440 (1440 is the end of the day).
    public let minuteOfDay: Int

    public init(date: CalendarDate, hour: Int, minute: Int = 0) {
        self.init(date: date, minuteOfDay: hour * 60 + minute)
    }

    public init(date: CalendarDate, minuteOfDay: Int) {
        precondition((0...1440).contains(minuteOfDay), "minute of day out of range")
        self.date = date
        self.minuteOfDay = minuteOfDay
    }

    /// Reads `YYYY-MM-DDTHH:MM` (or with a space); nil otherwise.
    public init?(_ text: some StringProtocol) {
        let text = String(text)
        guard text.count == 16 else { return nil }
        let separator = text.index(text.startIndex, offsetBy: 10)
        guard text[separator] == "T" || text[separator] == " ",
              let date = CalendarDate(text[..<separator]) else { return nil }
        let time = text[text.index(after: separator)...].split(separator: ":")
        guard time.count == 2, time.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
              let hour = Int(time[0]), let minute = Int(time[1]),
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.init(date: date, hour: hour, minute: minute)
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.minuteOfDay) < (rhs.date, rhs.minuteOfDay)
    }

    /// `2026-03-06T16:30`.
    public var description: String {
        let hour = minuteOfDay / 60, minute = minuteOfDay % 60
        return "\(date)T\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }
}

/// Opening hours on the business days of a calendar, to count deadlines in worked hours.
///
/// ```swift
/// let hours = BusinessHours(calendar: .franceMetropolitan, opens: 9 * 60, closes: 17 * 60)
/// // A 48-hour intervention window requested on Friday 2026-03-06 at 16:00:
/// hours.adding(hours: 48, to: LocalDateTime(date: CalendarDate("2026-03-06")!, hour: 16))
/// // → 2026-03-16T16:00 (1 h on Friday, five 8-hour days, then 7 h on Monday)
/// ```
public struct BusinessHours: Sendable, Hashable {
    public let calendar: BusinessCalendar
    /// Opening windows of a business day, in minutes since midnight, sorted and not overlapping
    /// (e.g. 9:00–12:00 and 14:00–18:00).
    public let windows: [Range<Int>]

    public init(calendar: BusinessCalendar, windows: [Range<Int>]) {
        precondition(!windows.isEmpty && windows.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= 1440 && !$0.isEmpty },
                      "opening windows must be non-empty ranges within a day")
        self.calendar = calendar
        self.windows = windows.sorted { $0.lowerBound < $1.lowerBound }
    }

    public init(calendar: BusinessCalendar, opens: Int, closes: Int) {
        self.init(calendar: calendar, windows: [opens..<closes])
    }

    /// Worked minutes in one business day.
    public var minutesPerDay: Int { windows.reduce(0) { $0 + $1.count } }

    /// The moment `minutes` worked minutes after `start`; time outside opening hours does not count.
    public func adding(minutes: Int, to start: LocalDateTime) -> LocalDateTime {
        precondition(minutes >= 0, "a duration must not be negative")
        var remaining = minutes
        var date = start.date
        var minute = start.minuteOfDay
        while true {
            if calendar.isBusinessDay(date) {
                for window in windows where minute < window.upperBound {
                    let from = max(minute, window.lowerBound)
                    let available = window.upperBound - from
                    if remaining <= available { return LocalDateTime(date: date, minuteOfDay: from + remaining) }
                    remaining -= available
                    minute = window.upperBound
                }
            }
            date = date.adding(days: 1)
            minute = 0
        }
    }

    public func adding(hours: Int, to start: LocalDateTime) -> LocalDateTime {
        adding(minutes: hours * 60, to: start)
    }
}
