/// The values of one rate table, in date order, and the last day the table is known to be right.
///
/// A series is checked when it is made: half-years start on 1 January or 1 July and follow each
/// other without a gap, decisions come in date order, two VAT rates of one name never overlap.
public struct RateSeries: Sendable, Hashable {
    public let table: RateTable
    public let values: [RateValue]
    /// The last day a decision table was checked (`knownThrough:` in the file); nil elsewhere.
    public let statedKnownThrough: CalendarDate?
    /// Where `knownThrough` was read.
    public let knownThroughOrigin: RateOrigin?

    /// Values as one file lists them: refused when out of date order, given twice, overlapping or misaligned.
    public init(table: RateTable, values: [RateValue], knownThrough: CalendarDate? = nil,
                knownThroughOrigin: RateOrigin? = nil) throws(RateDataError) {
        self.table = table
        self.values = values
        self.statedKnownThrough = knownThrough
        self.knownThroughOrigin = knownThroughOrigin
        try check()
    }

    /// A table without values (never in a checked book).
    init(empty table: RateTable) {
        self.table = table
        values = []
        statedKnownThrough = nil
        knownThroughOrigin = nil
    }

    /// The last day the table is known: the end of the last half-year, the stated day for decisions,
    /// and no limit (nil) for VAT rates and amounts, which stay in force until changed.
    public var knownThrough: CalendarDate? {
        switch table.period {
        case .halfYear: values.last.map { HalfYear(containing: $0.from).lastDay }
        case .decisions: statedKnownThrough
        case .concurrent, .amount: nil
        }
    }

    /// This series with a company's added values: the same value twice is fine, a different value
    /// for a day already given is refused naming both files.
    public func extended(with more: RateSeries) throws(RateDataError) -> RateSeries {
        var merged = values
        for value in more.values {
            if let existing = merged.first(where: { $0.from == value.from && $0.name == value.name }) {
                guard existing.sameValue(as: value) else {
                    let here = table.valueKey == "amount" ? "\(value.value.normalized)" : "\(value.value.normalized) %"
                    let there = table.valueKey == "amount" ? "\(existing.value.normalized)" : "\(existing.value.normalized) %"
                    throw RateDataError(value.origin, field: fieldPath(of: value),
                                        "\(table) from \(value.from)\(value.name.map { " (\($0))" } ?? ""): \(here) here, but \(there) in \(existing.origin?.description ?? "Folio's table")\(value.through != existing.through ? " (or a different last day)" : "")")
                }
                continue
            }
            merged.append(value)
        }
        merged.sort { ($0.from, $0.name ?? "") < ($1.from, $1.name ?? "") }
        let stated: CalendarDate?
        let statedOrigin: RateOrigin?
        if let theirs = more.statedKnownThrough, statedKnownThrough.map({ theirs > $0 }) ?? true {
            (stated, statedOrigin) = (theirs, more.knownThroughOrigin)
        } else {
            (stated, statedOrigin) = (statedKnownThrough, knownThroughOrigin)
        }
        return try RateSeries(table: table, values: merged, knownThrough: stated, knownThroughOrigin: statedOrigin)
    }

    private func fieldPath(of value: RateValue) -> String { value.origin?.path ?? table.rawValue }

    private func check() throws(RateDataError) {
        var previous: RateValue?
        for (index, value) in values.enumerated() {
            let path = fieldPath(of: value)
            if value.value.isNegative { throw RateDataError(value.origin, field: "\(path).\(table.valueKey)", "must not be negative") }
            if let through = value.through, through < value.from {
                throw RateDataError(value.origin, field: "\(path).through", "\(through) is before its from date \(value.from)")
            }
            if table.period == .halfYear, !(value.from.day == 1 && (value.from.month == 1 || value.from.month == 7)) {
                throw RateDataError(value.origin, field: "\(path).from",
                                    "\(value.from) does not start a half-year: this rate is set for each half-year, from 1 January or 1 July")
            }
            defer { previous = value }
            guard let previous else { continue }
            let before = previous.origin.map { " (\($0))" } ?? ""
            if value.from < previous.from {
                throw RateDataError(value.origin, field: "\(path).from",
                                    "out of date order: \(value.from) comes after \(previous.from)\(before); list the values oldest first")
            }
            switch table.period {
            case .halfYear, .decisions, .amount:
                if value.from == previous.from {
                    throw RateDataError(value.origin, field: "\(path).from", "\(value.from) is given twice (also\(before))")
                }
                if table.period == .halfYear, HalfYear(containing: previous.from).lastDay.adding(days: 1) != value.from {
                    let gap = HalfYear(containing: previous.from).lastDay.adding(days: 1)
                    throw RateDataError(value.origin, field: "\(path).from",
                                        "the half-year from \(gap) is missing between \(previous.from) and \(value.from)")
                }
            case .concurrent:
                let earlier = values[..<index].last { other in
                    other.name == value.name && (other.through.map { $0 >= value.from } ?? true)
                }
                if let earlier {
                    throw RateDataError(value.origin, field: "\(path).from",
                                        "the \(value.name ?? "rate") from \(value.from) overlaps the one from \(earlier.from)\(earlier.origin.map { " (\($0))" } ?? ""): end that one with through: \(value.from.adding(days: -1))")
                }
            }
        }
        if table.period == .decisions, let last = values.last, let stated = statedKnownThrough, stated < last.from {
            throw RateDataError(knownThroughOrigin, field: "\(table).knownThrough",
                                "\(stated) is before the last decision's date \(last.from)")
        }
    }

    /// Each value with the last day it applies: the end of its half-year, the day before the next
    /// decision or amount (the table's ``knownThrough`` for the last decision), a VAT rate's `through`;
    /// nil while in force with no end known.
    public var periods: [(value: RateValue, through: CalendarDate?)] {
        values.enumerated().map { index, value in
            let next = values.dropFirst(index + 1).first { $0.name == value.name }
            switch table.period {
            case .halfYear: return (value, HalfYear(containing: value.from).lastDay)
            case .decisions: return (value, next.map { $0.from.adding(days: -1) } ?? statedKnownThrough)
            case .amount: return (value, next.map { $0.from.adding(days: -1) })
            case .concurrent: return (value, value.through)
            }
        }
    }

    /// The values in force on `date` (several for VAT rates).
    public func values(on date: CalendarDate) -> [RateValue] {
        periods.filter { period in
            period.value.from <= date && (period.through.map { date <= $0 } ?? (knownThrough.map { date <= $0 } ?? true))
        }.map(\.value)
    }

    /// The value in force on `date` for a half-year, decision or amount table; nil before the first one.
    func value(on date: CalendarDate) -> RateValue? {
        values.last { $0.from <= date }
    }
}
