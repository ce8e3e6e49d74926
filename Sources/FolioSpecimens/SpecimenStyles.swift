import FolioCore
import FolioLayout
import FolioTemplates

/// Styles shared by the specimen documents.
enum SpecimenStyles {
    static let body = TextStyle(font: FontStyle(family: .sans), size: 9.5)
    static let serif = TextStyle(font: FontStyle(family: .serif), size: 10)
    static let small = TextStyle(font: FontStyle(family: .sans), size: 8, color: .gray(0.25))
    static let amount = TextStyle(font: FontStyle(family: .sans), size: 9, tabularFigures: true)
    static let accent = Color(red: 0.12, green: 0.31, blue: 0.47)

    /// « 1 234,56 € » from a number of cents: an exact amount, formatted as every document formats it.
    static func euros(cents: Int) -> String {
        LocalizedFormat(.french).amount(Money(rounding: ExactDecimal(significand: Int128(cents), places: 2), in: .euro))
    }
}
