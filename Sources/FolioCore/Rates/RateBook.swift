/// Every dated rate Folio computes with: the French legal interest rate, the ECB main refinancing
/// rate, the German base rate, the French VAT rates per territory, the German VAT rates, the French
/// recovery indemnity and the German default lump sum.
///
/// A company's book is Folio's `rates/` files extended with the company's own (see the README,
/// « Rates »); ``builtIn`` is the same tables as this release ships them, for callers without a company.
///
/// ```swift
/// let rates = company.rates
/// try rates.legalInterest.otherCases.rate(on: CalendarDate("2026-03-01")!)   // 2.62
/// rates.missing(on: CalendarDate("2026-11-26")!)   // the legal interest rates of 2026 H2, the ECB rate…
/// ```
public struct RateBook: Sendable, Hashable {
    /// Each table, checked.
    public let series: [RateTable: RateSeries]
    /// Where the company adds values; errors for a missing rate name the file there.
    public let additions: RateAdditions?

    /// A book with every table; a table missing is refused.
    public init(_ series: [RateSeries], additions: RateAdditions? = nil) throws(RateDataError) {
        var tables: [RateTable: RateSeries] = [:]
        for one in series {
            if let known = tables[one.table] {
                tables[one.table] = try known.extended(with: one)
            } else {
                tables[one.table] = one
            }
        }
        for table in RateTable.allCases where tables[table] == nil {
            throw RateDataError(nil, field: table.rawValue, "the table is missing (Folio ships it in rates/\(table.file))")
        }
        self.series = tables
        self.additions = additions
    }

    /// This book extended with a company's values (the same value twice is fine; a different one is refused).
    public func extended(with more: [RateSeries], additions: RateAdditions?) throws(RateDataError) -> RateBook {
        try RateBook(RateTable.allCases.compactMap { series[$0] } + more, additions: additions ?? self.additions)
    }

    /// A table of the book (every table is present: the initialiser refuses a book without one).
    public subscript(_ table: RateTable) -> RateSeries {
        series[table] ?? RateSeries(empty: table)
    }

    public var legalInterest: LegalInterestRate {
        LegalInterestRate(individualCreditor: DatedRate(self[.legalInterestIndividualCreditor], additions: additions),
                          otherCases: DatedRate(self[.legalInterestOtherCases], additions: additions))
    }

    public var ecbMainRefinancing: DatedRate { DatedRate(self[.ecbMainRefinancing], additions: additions) }

    /// The German base rate (§ 247 BGB), set on 1 January and 1 July.
    public var germanBaseRate: DatedRate { DatedRate(self[.germanBaseRate], additions: additions) }

    public var recoveryIndemnity: RecoveryIndemnity { RecoveryIndemnity(changes: self[.recoveryIndemnity].values) }

    /// The German lump sum for a late debtor who is not a consumer (§ 288 Abs. 5 BGB).
    public var germanDefaultLumpSum: RecoveryIndemnity { RecoveryIndemnity(changes: self[.germanDefaultLumpSum].values) }

    /// The gross amount up to which a German invoice may be simplified on `date` (§ 33 UStDV), nil
    /// before the table's first value.
    public func germanSmallInvoiceLimit(on date: CalendarDate) -> Money? {
        self[.germanSmallInvoiceLimit].values.last { $0.from <= date }.map { Money(rounding: $0.value, in: .euro) }
    }

    /// The VAT rates of a territory.
    public func vatRates(_ territory: VATTerritory) -> VATRateTable {
        let table: RateTable = switch territory {
        case .metropolitanFrance: .vatMetropolitanFrance
        case .frenchOverseas: .vatFrenchOverseas
        case .germany: .vatGermany
        }
        return VATRateTable(territory: territory, entries: self[table].values.map { value in
            VATRateTable.Entry(rate: value.value, name: value.name ?? "", from: value.from, through: value.through,
                               source: value.source)
        })
    }

    /// What is missing to compute on `date`, table by table: the sentence saying what to add, or
    /// nil when the table has a value for that day. Penalties take the ECB rate of the half-year's
    /// first day, so that day is checked for it as well.
    public func missing(on date: CalendarDate) -> [(table: RateTable, missing: String?)] {
        RateTable.allCases.map { table in
            let series = self[table]
            let days = table == .ecbMainRefinancing ? [HalfYear(containing: date).firstDay, date] : [date]
            for day in days {
                if let known = series.knownThrough, day > known {
                    return (table, table.missingValue(on: day, knownThrough: known, lastChange: series.values.last?.from,
                                                      additions: additions))
                }
                let inForce = series.values.contains { $0.from <= day && ($0.through.map { day <= $0 } ?? true) }
                if !inForce {
                    return (table, "the \(table.title) has no value on \(day): its first value is from \(series.values.first?.from.description ?? "?")")
                }
            }
            return (table, nil)
        }
    }
}
