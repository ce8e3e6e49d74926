/// One value of a rate table, as one line of a rates file writes it:
/// `- {from: 2026-01-01, rate: "2.62", source: "arrêté du …, JO du …"}`.
public struct RateValue: Sendable, Hashable {
    /// The first day the value is in force.
    public let from: CalendarDate
    /// The last day, for a VAT rate that was abolished; nil while in force.
    public let through: CalendarDate?
    /// Percent per year for a rate, euros for an amount.
    public let value: ExactDecimal
    /// A VAT rate's name (« taux normal »); nil elsewhere.
    public let name: String?
    /// Where the value is published (the arrêté, the ECB decision, the CGI article).
    public let source: String
    /// The file and line it was read from; nil for a value built in code.
    public let origin: RateOrigin?

    public init(from: CalendarDate, through: CalendarDate? = nil, value: ExactDecimal, name: String? = nil, source: String,
                origin: RateOrigin? = nil) {
        self.from = from
        self.through = through
        self.value = value
        self.name = name
        self.source = source
        self.origin = origin
    }

    /// True when two lines say the same thing, wherever they were read.
    func sameValue(as other: RateValue) -> Bool {
        from == other.from && through == other.through && value == other.value && name == other.name
    }
}
