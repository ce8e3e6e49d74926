import FolioCore
import Foundation

extension CalendarDate {
    /// Today's calendar date where Folio runs (its time zone): the default day of commands and requests.
    public static func today() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(dayNumber: 0)
    }
}
