/// The VAT rates in force in a territory, by date.
///
/// Rates are data (`rates/vat-rates.yaml`, see ``RateBook``): each rate has the day it took effect
/// and, when abolished, its last day.
public struct VATRateTable: Sendable {
    public struct Entry: Sendable {
        public let rate: ExactDecimal
        public let name: String
        public let from: CalendarDate
        public let through: CalendarDate?
        /// The law that sets it (CGI article).
        public let source: String

        public init(rate: ExactDecimal, name: String, from: CalendarDate, through: CalendarDate?, source: String) {
            self.rate = rate
            self.name = name
            self.from = from
            self.through = through
            self.source = source
        }
    }

    public let territory: VATTerritory
    public let entries: [Entry]

    public init(territory: VATTerritory, entries: [Entry]) {
        self.territory = territory
        self.entries = entries
    }

    /// The rates in force on `date`, highest first.
    public func rates(on date: CalendarDate) -> [ExactDecimal] {
        entries.filter { $0.from <= date && ($0.through.map { date <= $0 } ?? true) }
            .map(\.rate).sorted(by: >)
    }

    /// True when `rate` is a rate of this territory on `date`.
    public func isInForce(_ rate: ExactDecimal, on date: CalendarDate) -> Bool {
        rates(on: date).contains(rate)
    }

    /// The rates of this release's `rates/vat-rates.yaml` for a territory (see ``RateBook/builtIn``).
    public static func forTerritory(_ territory: VATTerritory) -> VATRateTable {
        RateBook.builtIn.vatRates(territory)
    }

    public static var metropolitanFrance: VATRateTable { forTerritory(.metropolitanFrance) }
    public static var frenchOverseas: VATRateTable { forTerritory(.frenchOverseas) }
}

/// A territory with VAT rates of its own: metropolitan France (with Corsica's standard rates), the French
/// overseas departments where VAT applies (Guadeloupe, Martinique, La Réunion), Germany.
public enum VATTerritory: String, Sendable, Codable {
    case metropolitanFrance = "metropolitan-france"
    case frenchOverseas = "french-overseas"
    case germany

    /// The French territory of an ISO 3166 country code, nil for a country outside French VAT.
    /// Overseas departments have their own ISO codes (GP, MQ, RE); French Guiana and Mayotte are outside VAT.
    public init?(countryCode: String) {
        switch countryCode {
        case "FR", "MC": self = .metropolitanFrance  // Monaco is in the French VAT territory (CGI art. 256-0)
        case "GP", "MQ", "RE": self = .frenchOverseas
        default: return nil
        }
    }
}
