import Foundation

/// A moment written into a PDF: a date, a time of day to the second and the offset from UTC of the
/// clock that read it — a signature's signing time (`/M`), for instance.
///
/// Unlike ``PDFDate``, which dates a document by the day it bears, this is read from a clock.
public struct PDFDateTime: Sendable, Hashable {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// The local time's offset from UTC, in minutes (`60` for 14:30+01:00, `-300` for New York in winter).
    public let utcOffsetMinutes: Int

    /// A moment of the Gregorian calendar; nil when there is no such day or time, or the offset is
    /// beyond ±23:59.
    public init?(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, utcOffsetMinutes: Int = 0) {
        guard PDFDate(year: year, month: month, day: day) != nil, (0...23).contains(hour), (0...59).contains(minute),
              (0...59).contains(second), (-1439...1439).contains(utcOffsetMinutes) else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// The moment `date`, as a clock `utcOffsetMinutes` away from UTC shows it (fractions of a second dropped).
    public init?(_ date: Date, utcOffsetMinutes: Int = 0) {
        guard let zone = TimeZone(secondsFromGMT: utcOffsetMinutes * 60) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day, let hour = parts.hour,
              let minute = parts.minute, let second = parts.second else { return nil }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                  utcOffsetMinutes: utcOffsetMinutes)
    }

    /// As a PDF date string (ISO 32000-1 §7.9.4): `D:20261122143005+01'00'`, or `…Z` at UTC.
    public var pdf: String {
        let time = "D:\(Self.digits(year, 4))\(Self.digits(month, 2))\(Self.digits(day, 2))"
            + "\(Self.digits(hour, 2))\(Self.digits(minute, 2))\(Self.digits(second, 2))"
        guard utcOffsetMinutes != 0 else { return time + "Z" }
        let sign = utcOffsetMinutes > 0 ? "+" : "-"
        let offset = abs(utcOffsetMinutes)
        return time + "\(sign)\(Self.digits(offset / 60, 2))'\(Self.digits(offset % 60, 2))'"
    }

    private static func digits(_ value: Int, _ count: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, count - text.count)) + text
    }
}
