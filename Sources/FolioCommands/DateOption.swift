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
}
