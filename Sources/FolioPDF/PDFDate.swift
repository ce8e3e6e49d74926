import FolioLayout

/// A date written into a PDF and its XMP metadata: a calendar day, at midnight UTC.
///
/// Documents are dated by the day they bear, never by the clock, so finishing the same document
/// twice gives the same bytes.
public struct PDFDate: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A day of the Gregorian calendar; nil when there is no such day (or the year is not four digits,
    /// as PDF dates write it).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...Self.days(inMonth: month, of: year)).contains(day) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date a laid-out document bears (its metadata's date); nil when there is no such day.
    public init?(_ date: DocumentDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }

    /// A day written `YYYY-MM-DD` (ISO 8601).
    public init?(iso8601 text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// As a PDF date string (ISO 32000-1 §7.9.4): `D:20261126000000Z`.
    public var pdf: String {
        "D:\(Self.digits(year, 4))\(Self.digits(month, 2))\(Self.digits(day, 2))000000Z"
    }

    /// As an XMP date (ISO 8601): `2026-11-26T00:00:00Z`.
    public var xmp: String {
        "\(Self.digits(year, 4))-\(Self.digits(month, 2))-\(Self.digits(day, 2))T00:00:00Z"
    }

    public static func < (lhs: PDFDate, rhs: PDFDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func digits(_ value: Int, _ count: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, count - text.count)) + text
    }
}
