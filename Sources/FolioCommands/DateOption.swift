import ArgumentParser
import FolioDocuments
import Foundation

extension CalendarDate {
    /// The date an option gives (YYYY-MM-DD), nil when the option is not given.
    static func option(_ text: String?, _ name: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(text) else { throw ValidationError("\(name): \"\(text)\" is not a calendar date YYYY-MM-DD") }
        return date
    }

    /// Today's calendar date where Folio runs.
    static func today() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(dayNumber: 0)
    }
}
