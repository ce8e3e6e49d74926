import FolioCore
import Foundation

/// Decimal literal for tests: `d("12.50")`.
func d(_ text: String) -> ExactDecimal {
    guard let value = ExactDecimal(text) else { fatalError("bad decimal literal \(text)") }
    return value
}

/// Date literal for tests: `day("2026-03-31")`.
func day(_ text: String) -> CalendarDate {
    guard let value = CalendarDate(text) else { fatalError("bad date literal \(text)") }
    return value
}

func eur(_ text: String) -> Money { Money(rounding: d(text), in: .euro) }

/// The repository's root and the shared folder beside it (as in CI's clone).
enum TestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
}
