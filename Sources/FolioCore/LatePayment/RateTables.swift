/// A rate that changes on given dates, known up to a given day.
///
/// Asking for a day after ``knownThrough`` is an error that names the missing rate and, when the
/// table came from a ``RateBook``, the file and the line to add: Folio never guesses a rate that
/// has not been published.
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
    /// The table of the rates files this rate comes from, and the folder where values are added.
    public let table: RateTable?
    public let additions: RateAdditions?

    public init(name: String, changes: [Change], knownThrough: CalendarDate, table: RateTable? = nil,
                additions: RateAdditions? = nil) {
        self.name = name
        self.changes = changes.sorted { $0.from < $1.from }
        self.knownThrough = knownThrough
        self.table = table
        self.additions = additions
    }

    /// The rate of a half-year or decision series.
    init(_ series: RateSeries, additions: RateAdditions?) {
        self.init(name: series.table.title, changes: series.values.map { Change(from: $0.from, rate: $0.value) },
                  knownThrough: series.knownThrough ?? CalendarDate(dayNumber: 0), table: series.table, additions: additions)
    }

    /// The rate in force on `date`.
    public func rate(on date: CalendarDate) throws(RuleViolation) -> ExactDecimal {
        guard date <= knownThrough else {
            if let table {
                throw RuleViolation(table.missingValue(on: date, knownThrough: knownThrough,
                                                       lastChange: changes.last?.from, additions: additions))
            }
            throw RuleViolation("the \(name) in force on \(date) is not known (Folio's table is known through \(knownThrough)); add it to the rates before computing")
        }
        guard let change = changes.last(where: { $0.from <= date }) else {
            throw RuleViolation("the \(name) before \(changes.first?.from.description ?? "?") is not in Folio's table")
        }
        return change.rate
    }

    /// This table with more published changes, known through `knownThrough`.
    public func adding(_ more: [Change], knownThrough: CalendarDate) -> DatedRate {
        let kept = changes.filter { change in !more.contains { $0.from == change.from } }
        return DatedRate(name: name, changes: kept + more, knownThrough: max(self.knownThrough, knownThrough),
                         table: table, additions: additions)
    }
}

/// The French legal interest rate (taux de l'intérêt légal), fixed each half-year by arrêté.
// C. mon. fin. L313-2 and D313-1-A; the arrêté of each half-year.
public struct LegalInterestRate: Sendable, Hashable {
    /// Creditor acting outside any professional need (an individual).
    public var individualCreditor: DatedRate
    /// All other cases: the rate for a business creditor, hence for every B2B invoice.
    public var otherCases: DatedRate

    public init(individualCreditor: DatedRate, otherCases: DatedRate) {
        self.individualCreditor = individualCreditor
        self.otherCases = otherCases
    }

    /// The rates of this release's `rates/legal-interest-rate.yaml` (see ``RateBook/builtIn``).
    public static var france: LegalInterestRate { RateBook.builtIn.legalInterest }
}

/// The ECB's main refinancing operations rate, by the date each decision took effect.
public enum ECBMainRefinancingRate {
    /// The rates of this release's `rates/ecb-main-refinancing-rate.yaml` (see ``RateBook/builtIn``).
    public static var table: DatedRate { RateBook.builtIn.ecbMainRefinancing }
}

/// The fixed indemnity for recovery costs owed by a late business payer, by the day it took effect.
// C. com. L441-10 II and D441-5 (décret 2012-1115): 40 euros since 2013-01-01.
public struct RecoveryIndemnity: Sendable, Hashable {
    public let changes: [RateValue]

    public init(changes: [RateValue]) {
        self.changes = changes
    }

    /// The indemnity owed for an invoice whose due date is `dueDate`, in euros.
    public func amount(dueOn dueDate: CalendarDate) throws(RuleViolation) -> Money {
        guard let change = changes.last(where: { $0.from <= dueDate }) else {
            throw RuleViolation("there was no fixed recovery indemnity before \(changes.first?.from.description ?? "?")")
        }
        return Money(rounding: change.value, in: .euro)
    }

    /// The indemnity of this release's `rates/recovery-indemnity.yaml`.
    public static func amount(dueOn dueDate: CalendarDate) throws(RuleViolation) -> Money {
        try RateBook.builtIn.recoveryIndemnity.amount(dueOn: dueDate)
    }
}
