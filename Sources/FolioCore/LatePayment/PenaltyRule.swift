/// The late-payment penalty rate written in the terms of sale.
public indirect enum PenaltyRate: Sendable, Hashable {
    /// A fixed rate in percent per year.
    case annual(ExactDecimal)
    /// A fixed rate in percent per month (1.2 % a month); counts as 12 times that per year.
    case monthly(ExactDecimal)
    /// A multiple of the French legal interest rate of each half-year (3 × = the legal floor).
    case legalRateMultiple(ExactDecimal)
    /// The ECB main refinancing rate plus `points`, taken on 1 January for the first half-year and on
    /// 1 July for the second. ECB + 10 points is the rate when the terms say nothing.
    // C. com. L441-10 II, al. 1.
    case ecbPlus(points: ExactDecimal)
    /// The highest of several rates, compared period by period.
    case higherOf([PenaltyRate])
}

/// How the penalty period is counted.
public enum PenaltyCounting: String, Sendable, Hashable, Codable, CaseIterable {
    /// Pro rata temporis, day by day, on a year of ``PenaltyRule/daysInYear`` days.
    case daily
    /// By periods of one month from the day after the due date, every month started counting in full.
    case perMonthStarted = "per-month-started"
}

/// The late-payment terms of a contract.
public struct PenaltyRule: Sendable, Hashable {
    public var rate: PenaltyRate
    public var counting: PenaltyCounting
    /// Days in a year for daily counting (365 by default; 360 in some banking contracts).
    public var daysInYear: Int
    /// The debtor is a business: the rate cannot be below 3 × the legal interest rate, and the fixed
    /// recovery indemnity is owed (C. com. L441-10 II).
    public var businessDebtor: Bool

    public init(rate: PenaltyRate, counting: PenaltyCounting = .daily, daysInYear: Int = 365, businessDebtor: Bool = true) {
        self.rate = rate
        self.counting = counting
        self.daysInYear = daysInYear
        self.businessDebtor = businessDebtor
    }

    /// The rule when the terms say nothing: ECB rate + 10 points, by day.
    // C. com. L441-10 II, al. 1.
    public static let statutoryDefault = PenaltyRule(rate: .ecbPlus(points: 10))

    /// The rule that applies to a debtor: the one agreed (order, then terms of sale), else the statutory
    /// default; for a business debtor, never below the legal floor (``lawful``).
    public static func applying(_ agreed: PenaltyRule?, businessDebtor: Bool) -> PenaltyRule {
        var rule = agreed ?? statutoryDefault
        rule.businessDebtor = businessDebtor
        return rule.lawful
    }

    /// The legal floor: 3 × the legal interest rate (all other cases).
    // C. com. L441-10 II, al. 1.
    public static let legalFloorMultiple: ExactDecimal = 3
}
