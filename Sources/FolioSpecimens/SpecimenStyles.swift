import FolioLayout

/// Styles shared by the specimen documents.
enum SpecimenStyles {
    static let body = TextStyle(font: FontStyle(family: .sans), size: 9.5)
    static let serif = TextStyle(font: FontStyle(family: .serif), size: 10)
    static let small = TextStyle(font: FontStyle(family: .sans), size: 8, color: .gray(0.25))
    static let amount = TextStyle(font: FontStyle(family: .sans), size: 9, tabularFigures: true)
    static let accent = Color(red: 0.12, green: 0.31, blue: 0.47)

    /// « 1 234,56 € » from a number of cents, with narrow no-break spaces between thousands.
    static func euros(cents: Int) -> String {
        let sign = cents < 0 ? "−" : ""
        let magnitude = abs(cents)
        var units = String(magnitude / 100)
        var groups: [String] = []
        while units.count > 3 {
            groups.insert(String(units.suffix(3)), at: 0)
            units = String(units.dropLast(3))
        }
        groups.insert(units, at: 0)
        let fraction = magnitude % 100
        return sign + groups.joined(separator: "\u{202F}") + "," + (fraction < 10 ? "0" : "") + String(fraction) + "\u{A0}€"
    }
}
