/// A rate that changes on given dates, known up to a given day.
///
/// Asking for a day after ``knownThrough`` is an error that names the missing rate: Folio never
/// guesses a rate that has not been published.
public struct DatedRate: Sendable, Hashable {
    public struct Change: Sendable, Hashable {
        public let from: CalendarDate
        /// Percent per year.
        public let rate: ExactDecimal

        public init(from: CalendarDate, rate: ExactDecimal) {
            self.from = from
            self.rate = rate
        }
    }

    public let name: String
    /// Changes in date order.
    public let changes: [Change]
    /// The last day the table is known to be right.
    public let knownThrough: CalendarDate

    public init(name: String, changes: [Change], knownThrough: CalendarDate) {
        self.name = name
        self.changes = changes.sorted { $0.from < $1.from }
        self.knownThrough = knownThrough
    }

    /// The rate in force on `date`.
    public func rate(on date: CalendarDate) throws(RuleViolation) -> ExactDecimal {
        guard date <= knownThrough else {
            throw RuleViolation("the \(name) in force on \(date) is not known (Folio's table is known through \(knownThrough)); add it to the rates before computing")
        }
        guard let change = changes.last(where: { $0.from <= date }) else {
            throw RuleViolation("the \(name) before \(changes.first?.from.description ?? "?") is not in Folio's table")
        }
        return change.rate
    }

    /// This table with more published changes, e.g. from the company profile, known through `knownThrough`.
    public func adding(_ more: [Change], knownThrough: CalendarDate) -> DatedRate {
        let kept = changes.filter { change in !more.contains { $0.from == change.from } }
        return DatedRate(name: name, changes: kept + more, knownThrough: max(self.knownThrough, knownThrough))
    }
}

/// The French legal interest rate (taux de l'intérêt légal), fixed each half-year by arrêté.
// C. mon. fin. L313-2 and D313-1-A; the arrêté of each half-year.
public struct LegalInterestRate: Sendable, Hashable {
    /// Creditor acting outside any professional need (an individual).
    public var individualCreditor: DatedRate
    /// All other cases: the rate for a business creditor, hence for every B2B invoice.
    public var otherCases: DatedRate

    private static func half(_ year: Int, _ half: Int) -> CalendarDate {
        CalendarDate(unchecked: year, half == 1 ? 1 : 7, 1)
    }

    private static func table(_ name: String, _ rows: [(Int, Int, String)]) -> DatedRate {
        DatedRate(name: name,
                  changes: rows.compactMap { row in ExactDecimal(row.2).map { .init(from: half(row.0, row.1), rate: $0) } },
                  knownThrough: CalendarDate(unchecked: 2026, 6, 30))
    }

    /// Published rates 2024 H1 … 2026 H1 (DOMAIN §2). 2026 H2 is not in our sources yet.
    public static let france = LegalInterestRate(
        individualCreditor: table("legal interest rate (individual creditor)", [
            (2024, 1, "8.01"), (2024, 2, "8.16"), (2025, 1, "7.21"), (2025, 2, "6.65"), (2026, 1, "6.67"),
        ]),
        otherCases: table("legal interest rate (business creditor)", [
            (2024, 1, "5.07"), (2024, 2, "4.92"), (2025, 1, "3.71"), (2025, 2, "2.76"), (2026, 1, "2.62"),
        ]))
}

/// The ECB's main refinancing operations rate, by the date each decision took effect.
public enum ECBMainRefinancingRate {
    public static let table: DatedRate = {
        let rows: [(Int, Int, Int, String)] = [
            (2023, 9, 20, "4.50"), (2024, 6, 12, "4.25"), (2024, 9, 18, "3.65"), (2024, 10, 23, "3.40"),
            (2024, 12, 18, "3.15"), (2025, 2, 5, "2.90"), (2025, 3, 12, "2.65"), (2025, 4, 23, "2.40"),
            (2025, 6, 11, "2.15"),
        ]
        return DatedRate(
            name: "ECB main refinancing rate",
            changes: rows.compactMap { row in
                ExactDecimal(row.3).map { .init(from: CalendarDate(unchecked: row.0, row.1, row.2), rate: $0) }
            },
            // Unchanged through 2026-02-05 at least (DOMAIN §2).
            knownThrough: CalendarDate(unchecked: 2026, 2, 5))
    }()
}

/// The fixed indemnity for recovery costs owed by a late business payer.
// C. com. L441-10 II and D441-5 (décret 2012-1115): 40 euros since 2013-01-01.
public enum RecoveryIndemnity {
    public static let changes: [(from: CalendarDate, amount: ExactDecimal)] = [
        (CalendarDate(unchecked: 2013, 1, 1), 40),
    ]

    /// The indemnity owed for an invoice whose due date is `dueDate`, in euros.
    public static func amount(dueOn dueDate: CalendarDate) throws(RuleViolation) -> Money {
        guard let change = changes.last(where: { $0.from <= dueDate }) else {
            throw RuleViolation("there was no fixed recovery indemnity before 2013-01-01")
        }
        return Money(rounding: change.amount, in: .euro)
    }
}
