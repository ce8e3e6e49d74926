/// A public holiday: how its date is found each year, and the years it is kept.
public struct HolidayRule: Sendable, Hashable {
    public enum Date: Sendable, Hashable {
        /// The same month and day every year (14 July).
        case fixed(month: Int, day: Int)
        /// Days after Easter Sunday (Easter Monday +1, Ascension +39, Whit Monday +50, Good Friday −2).
        case easter(offset: Int)
    }

    public let name: String
    public let date: Date
    /// The first and last years the holiday is kept (inclusive).
    public let years: ClosedRange<Int>
    /// Years inside `years` when it is not a holiday.
    public let exceptYears: Set<Int>

    public init(_ name: String, _ date: Date, years: ClosedRange<Int> = 1...9999,
                except exceptYears: Set<Int> = []) {
        self.name = name
        self.date = date
        self.years = years
        self.exceptYears = exceptYears
    }

    /// The holiday's date in `year`, nil when it is not kept that year.
    public func date(in year: Int) -> CalendarDate? {
        guard years.contains(year), !exceptYears.contains(year) else { return nil }
        switch date {
        case .fixed(let month, let day):
            return CalendarDate(year: year, month: month, day: day)
        case .easter(let offset):
            return Easter.sunday(in: year).adding(days: offset)
        }
    }
}
