import FolioCore
import Foundation
import Testing

/// Public holidays 2000–2100 against the table the PyPI `holidays` package produced
/// (scripts/generate-holiday-table.py).
@Suite("Public holidays")
struct HolidayTests {
    static func expected() throws -> [String: Set<CalendarDate>] {
        guard let url = Bundle.module.url(forResource: "holidays-2000-2100", withExtension: "csv", subdirectory: "Resources") else {
            throw CocoaError(.fileNoSuchFile)
        }
        var table: [String: Set<CalendarDate>] = [:]
        for row in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst() {
            let fields = row.split(separator: ",", maxSplits: 2)
            guard fields.count == 3, let date = CalendarDate(fields[1]) else { continue }
            table[String(fields[0]), default: []].insert(date)
        }
        return table
    }

    @Test(arguments: ["FR", "FR-Alsace-Moselle", "DE", "DE-NW", "DE-BY", "DE-BY-Catholic", "DE-BE"])
    func matchTheIndependentTable(_ id: String) throws {
        let expected = try #require(try Self.expected()[id])
        let calendar = try #require(BusinessCalendar.known[id])
        let computed = Set((2000...2100).flatMap { calendar.holidays(in: $0).map(\.date) })
        #expect(computed.subtracting(expected).sorted() == [], "holidays Folio has that the table lacks")
        #expect(expected.subtracting(computed).sorted() == [], "holidays the table has that Folio lacks")
    }

    @Test func easterIsComputed() {
        #expect(Easter.sunday(in: 2024) == day("2024-03-31"))
        #expect(Easter.sunday(in: 2026) == day("2026-04-05"))
        #expect(Easter.sunday(in: 2038) == day("2038-04-25"))
    }

    @Test func businessDays() {
        let france = BusinessCalendar.franceMetropolitan
        // Friday 2026-07-10 + 2 working days: Monday 13, (Tuesday 14 July is a holiday), Wednesday 15.
        #expect(france.adding(businessDays: 2, to: day("2026-07-10")) == day("2026-07-15"))
        #expect(!france.isBusinessDay(day("2026-05-25")))  // Whit Monday
        #expect(france.isBusinessDay(day("2006-06-05")))    // Whit Monday 2006, the solidarity day
        #expect(BusinessCalendar.alsaceMoselle.adding(businessDays: 1, to: day("2026-12-24")) == day("2026-12-28"))
        #expect(france.adding(businessDays: 1, to: day("2026-12-24")) == day("2026-12-28"))
        #expect(BusinessCalendar.germanyNorthRhineWestphalia.adding(businessDays: 1, to: day("2026-06-03")) == day("2026-06-05"))  // Corpus Christi
        #expect(france.businessDays(after: day("2026-04-30"), through: day("2026-05-31")) == 17)  // 21 weekdays − 1, 8, 14 (Ascension) and 25 May
    }

    @Test func businessHours() {
        let hours = BusinessHours(calendar: .franceMetropolitan, opens: 9 * 60, closes: 17 * 60)
        // 48 worked hours from Friday 16:00: 1 h Friday, five 8-hour days, 7 h on Monday 16 March.
        #expect(hours.adding(hours: 48, to: LocalDateTime(date: day("2026-03-06"), hour: 16)).description == "2026-03-16T16:00")
        // A request on Saturday starts counting on Monday 9:00.
        #expect(hours.adding(hours: 4, to: LocalDateTime(date: day("2026-03-07"), hour: 10)).description == "2026-03-09T13:00")
        // 48 hours across Easter Monday 2026-04-06.
        #expect(hours.adding(hours: 48, to: LocalDateTime(date: day("2026-04-02"), hour: 9)).description == "2026-04-10T17:00")
        // Split windows: 9–12 and 14–18.
        let split = BusinessHours(calendar: .franceMetropolitan, windows: [9 * 60..<12 * 60, 14 * 60..<18 * 60])
        #expect(split.adding(hours: 5, to: LocalDateTime(date: day("2026-03-09"), hour: 11)).description == "2026-03-09T18:00")
        #expect(LocalDateTime("2026-03-09T25:00") == nil)
    }
}
