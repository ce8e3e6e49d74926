import FolioPDF
import Foundation
import Testing

/// Signing times as PDF writes them (ISO 32000-1 §7.9.4).
@Suite("PDF date and time")
struct PDFDateTimeTests {
    @Test("Written with the offset from UTC, Z at UTC")
    func written() throws {
        #expect(try #require(PDFDateTime(year: 2026, month: 11, day: 22, hour: 14, minute: 30, second: 5, utcOffsetMinutes: 60)).pdf
                == "D:20261122143005+01'00'")
        #expect(try #require(PDFDateTime(year: 2026, month: 1, day: 2, hour: 3, minute: 4, second: 5, utcOffsetMinutes: -330)).pdf
                == "D:20260102030405-05'30'")
        #expect(try #require(PDFDateTime(year: 2026, month: 7, day: 14, hour: 0, minute: 0, second: 0)).pdf == "D:20260714000000Z")
    }

    @Test("From a Foundation date, as a clock that far from UTC shows it")
    func fromDate() throws {
        // 2026-11-22 13:30:05 UTC.
        let date = Date(timeIntervalSince1970: 1_795_354_205)
        #expect(try #require(PDFDateTime(date)).pdf == "D:20261122133005Z")
        #expect(try #require(PDFDateTime(date, utcOffsetMinutes: 60)).pdf == "D:20261122143005+01'00'")
        #expect(try #require(PDFDateTime(date, utcOffsetMinutes: -600)).pdf == "D:20261122033005-10'00'")
    }

    @Test("No such day, hour or offset: nil")
    func invalid() {
        #expect(PDFDateTime(year: 2026, month: 2, day: 29, hour: 0, minute: 0, second: 0) == nil)
        #expect(PDFDateTime(year: 2028, month: 2, day: 29, hour: 0, minute: 0, second: 0) != nil)
        #expect(PDFDateTime(year: 2026, month: 1, day: 1, hour: 24, minute: 0, second: 0) == nil)
        #expect(PDFDateTime(year: 2026, month: 1, day: 1, hour: 0, minute: 60, second: 0) == nil)
        #expect(PDFDateTime(year: 2026, month: 1, day: 1, hour: 0, minute: 0, second: 60) == nil)
        #expect(PDFDateTime(year: 2026, month: 1, day: 1, hour: 0, minute: 0, second: 0, utcOffsetMinutes: 1440) == nil)
        #expect(PDFDateTime(year: 10000, month: 1, day: 1, hour: 0, minute: 0, second: 0) == nil)
    }
}
