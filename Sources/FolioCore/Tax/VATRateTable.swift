/// The VAT rates in force in a territory, by date.
///
/// Rates are data: each rate has the day it took effect and, when abolished, its last day.
public struct VATRateTable: Sendable {
    public struct Entry: Sendable {
        public let rate: ExactDecimal
        public let name: String
        public let from: CalendarDate
        public let through: CalendarDate?
    }

    public let territory: VATTerritory
    public let entries: [Entry]

    /// The rates in force on `date`, highest first.
    public func rates(on date: CalendarDate) -> [ExactDecimal] {
        entries.filter { $0.from <= date && ($0.through.map { date <= $0 } ?? true) }
            .map(\.rate).sorted(by: >)
    }

    /// True when `rate` is a rate of this territory on `date`.
    public func isInForce(_ rate: ExactDecimal, on date: CalendarDate) -> Bool {
        rates(on: date).contains(rate)
    }

    public static func forTerritory(_ territory: VATTerritory) -> VATRateTable {
        switch territory {
        case .metropolitanFrance: .metropolitanFrance
        case .frenchOverseas: .frenchOverseas
        }
    }

    private static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(unchecked: y, m, d) }

    // CGI art. 278, 278-0 bis, 278 bis, 279, 281 quater, 281 nonies (rates since 1995).
    public static let metropolitanFrance = VATRateTable(territory: .metropolitanFrance, entries: [
        Entry(rate: ExactDecimal(significand: 196, places: 1), name: "taux normal", from: day(2000, 4, 1), through: day(2013, 12, 31)),
        Entry(rate: 20, name: "taux normal", from: day(2014, 1, 1), through: nil),
        Entry(rate: 7, name: "taux intermédiaire", from: day(2012, 1, 1), through: day(2013, 12, 31)),
        Entry(rate: 10, name: "taux intermédiaire", from: day(2014, 1, 1), through: nil),
        Entry(rate: ExactDecimal(significand: 55, places: 1), name: "taux réduit", from: day(1995, 8, 1), through: nil),
        Entry(rate: ExactDecimal(significand: 21, places: 1), name: "taux particulier", from: day(1995, 8, 1), through: nil),
    ])

    // CGI art. 296 (Guadeloupe, Martinique, La Réunion).
    public static let frenchOverseas = VATRateTable(territory: .frenchOverseas, entries: [
        Entry(rate: ExactDecimal(significand: 85, places: 1), name: "taux normal", from: day(2000, 1, 1), through: nil),
        Entry(rate: ExactDecimal(significand: 21, places: 1), name: "taux réduit", from: day(2000, 1, 1), through: nil),
        Entry(rate: ExactDecimal(significand: 105, places: 2), name: "taux particulier", from: day(2000, 1, 1), through: nil),
    ])
}

/// Where French VAT rates differ: metropolitan France (with Corsica's standard rates) or the overseas
/// departments where VAT applies (Guadeloupe, Martinique, La Réunion).
public enum VATTerritory: String, Sendable, Codable {
    case metropolitanFrance = "metropolitan-france"
    case frenchOverseas = "french-overseas"

    /// The territory of an ISO 3166 country code, nil for a country outside French VAT.
    /// Overseas departments have their own ISO codes (GP, MQ, RE); French Guiana and Mayotte are outside VAT.
    public init?(countryCode: String) {
        switch countryCode {
        case "FR", "MC": self = .metropolitanFrance  // Monaco is in the French VAT territory (CGI art. 256-0)
        case "GP", "MQ", "RE": self = .frenchOverseas
        default: return nil
        }
    }
}
