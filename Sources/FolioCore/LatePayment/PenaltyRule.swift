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
    /// The German base rate of each half-year plus `points`: + 9 points between businesses, + 5 when a
    /// consumer is involved.
    // § 247, § 288 Abs. 1 and 2 BGB.
    case baseRatePlus(points: ExactDecimal)
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

/// From when late-payment interest runs.
public enum PenaltyStart: String, Sendable, Hashable, Codable {
    /// From the day after the due date, without any reminder: penalties between businesses.
    // C. com. L441-10 II.
    case dayAfterDueDate = "day-after-due-date"
    /// From the day after a formal notice to pay (mise en demeure), and not before: a consumer's
    /// interest at the legal rate.
    // C. civ. 1231-6, 1344-1.
    case formalNotice = "formal-notice"
    /// From the day the debtor is in default without a reminder, 30 days after the due date and the
    /// receipt of the invoice (taken as received by its due date), or from the day after a reminder
    /// that comes sooner. A consumer is in default this way only when the invoice says so, and
    /// German invoices to consumers say so.
    // § 286 Abs. 1 and 3 BGB; § 187 Abs. 1, § 188 Abs. 1 BGB.
    case thirtyDaysAfterDueDate = "thirty-days-after-due-date"
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
    /// From when it runs: the day after the due date (businesses), or a formal notice (consumers).
    public var start: PenaltyStart = .dayAfterDueDate
    /// The law of the seller (the creditor), which sets the rate owed at least (``minimum``) and the
    /// fixed indemnity.
    public var jurisdiction: Jurisdiction = .france

    public init(rate: PenaltyRate, counting: PenaltyCounting = .daily, daysInYear: Int = 365, businessDebtor: Bool = true) {
        self.rate = rate
        self.counting = counting
        self.daysInYear = daysInYear
        self.businessDebtor = businessDebtor
    }

    /// The rule when the terms say nothing: ECB rate + 10 points, by day.
    // C. com. L441-10 II, al. 1.
    public static let statutoryDefault = PenaltyRule(rate: .ecbPlus(points: 10))

    /// What a consumer owes for paying late: interest at the legal rate, by day, from the formal
    /// notice to pay until payment — no penalty before it, no recovery indemnity.
    ///
    /// The legal interest rate has two columns, and the column is chosen by the situation of the
    /// **creditor**, not the debtor: « l'un applicable lorsque le créancier est une personne physique
    /// n'agissant pas pour des besoins professionnels, l'autre dans tous les autres cas » (C. mon. fin.
    /// L313-2; D313-1-A gives each column's formula). The creditor here is the seller, a business, so
    /// the « all other cases » column applies even though the debtor is a consumer
    /// (``PenaltyRate/legalRateMultiple(_:)`` always reads that column).
    // C. civ. 1231-6, 1344-1; C. mon. fin. L313-2, D313-1-A.
    public static let consumerLegalInterest: PenaltyRule = {
        var rule = PenaltyRule(rate: .legalRateMultiple(1), counting: .daily, daysInYear: 365, businessDebtor: false)
        rule.start = .formalNotice
        return rule
    }()

    /// The rule that applies to a debtor: for a business, the one agreed (order, then terms of sale),
    /// else the statutory default, never below the legal floor (``lawful``); for a consumer, interest at the legal rate from a formal notice
    /// (``consumerLegalInterest``): L441-10 penalties are between businesses only.
    public static func applying(_ agreed: PenaltyRule?, businessDebtor: Bool) -> PenaltyRule {
        guard businessDebtor else { return consumerLegalInterest }
        var rule = agreed ?? statutoryDefault
        rule.businessDebtor = true
        return rule.lawful
    }

    /// The legal floor: 3 × the legal interest rate (all other cases).
    // C. com. L441-10 II, al. 1.
    public static let legalFloorMultiple: ExactDecimal = 3

    /// The rate the creditor is owed at least, compared with the rule's own rate period by period:
    /// 3 × the French legal interest rate from a business debtor (C. com. L441-10 II); the German
    /// statutory default interest (§ 288 Abs. 1 to 3 BGB). Nil: the rule's rate alone.
    public var minimum: PenaltyRate? {
        switch jurisdiction {
        case .france: businessDebtor ? .legalRateMultiple(Self.legalFloorMultiple) : nil
        case .germany: .baseRatePlus(points: businessDebtor ? GermanLaw.businessDefaultInterestPoints : GermanLaw.consumerDefaultInterestPoints)
        }
    }
}
