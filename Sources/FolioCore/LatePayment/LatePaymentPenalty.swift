/// Late-payment penalties on an unpaid amount, from the day after the due date to the payment date.
///
/// The period is cut into half-years, because the legal interest rate and the ECB reference rate
/// change on 1 January and 1 July; each part shows its rate. Penalties run without any reminder.
///
/// ```swift
/// let penalty = try LatePaymentPenalty.compute(
///     principal: Money(rounding: 1200, in: .euro),
///     dueDate: CalendarDate("2026-01-31")!, paymentDate: CalendarDate("2026-03-02")!,
///     rule: PenaltyRule(rate: .annual(12)))
/// penalty.interest     // 11.84 EUR  (1200 × 12 % × 30 / 365)
/// ```
public struct LatePaymentPenalty: Sendable, Hashable, Codable {
    /// A part of the late period with one rate.
    public struct Period: Sendable, Hashable, Codable {
        /// First late day of the period.
        public let from: CalendarDate
        /// Last late day of the period.
        public let through: CalendarDate
        /// Days counted (daily counting) or months started (monthly counting).
        public let units: Int
        public let unit: Unit
        /// The rate applied, in percent per year (for monthly counting: 12 × the monthly rate).
        public let annualRate: ExactDecimal
        /// True when the contract's rate was below the rate owed at least (``PenaltyRule/minimum``: 3 × the
        /// French legal interest rate, the German statutory default interest) and was raised to it.
        public let raisedToLegalFloor: Bool
        /// The amount unpaid the penalty ran on.
        public let principal: Money
        public let amount: Money
    }

    public enum Unit: String, Sendable, Hashable, Codable {
        case days, months
    }

    /// What was still unpaid at the end of the period (the principal a letter claims).
    public let principal: Money
    public let dueDate: CalendarDate
    public let paymentDate: CalendarDate
    /// Calendar days from the due date to the payment date.
    public let daysLate: Int
    public let periods: [Period]
    /// Σ of the periods' amounts.
    public let interest: Money
    /// The fixed recovery indemnity, in euros, for a business debtor (40 €).
    public let recoveryIndemnity: Money?

    /// Penalties on one unpaid amount, from the day after `dueDate` to `paymentDate` included.
    public static func compute(
        principal: Money, dueDate: CalendarDate, paymentDate: CalendarDate, rule: PenaltyRule,
        legalRate: LegalInterestRate = .france, ecbRate: DatedRate = ECBMainRefinancingRate.table,
        recoveryIndemnity: RecoveryIndemnity = RateBook.builtIn.recoveryIndemnity
    ) throws(RuleViolation) -> LatePaymentPenalty {
        try compute(balance: OutstandingBalance(principal), dueDate: dueDate, through: paymentDate, rule: rule,
                    legalRate: legalRate, ecbRate: ecbRate, recoveryIndemnity: recoveryIndemnity)
    }

    /// The penalty under a company's rates (``RateBook``): its legal interest rate, ECB rate and indemnity.
    public static func compute(principal: Money, dueDate: CalendarDate, paymentDate: CalendarDate, rule: PenaltyRule,
                               rates: RateBook) throws(RuleViolation) -> LatePaymentPenalty {
        try compute(balance: OutstandingBalance(principal), dueDate: dueDate, through: paymentDate, rule: rule, rates: rates)
    }

    /// Penalties on a reduced balance under a company's rates (``RateBook``).
    ///
    /// - Parameter formalNotice: the day of the first formal notice to pay, for a rule that runs from
    ///   it (``PenaltyStart/formalNotice``); without one, such a rule owes nothing yet.
    public static func compute(balance: OutstandingBalance, dueDate: CalendarDate, through last: CalendarDate, rule: PenaltyRule,
                               rates: RateBook, formalNotice: CalendarDate? = nil) throws(RuleViolation) -> LatePaymentPenalty {
        try compute(balance: balance, dueDate: dueDate, through: last, rule: rule, legalRate: rates.legalInterest,
                    ecbRate: rates.ecbMainRefinancing, baseRate: rates.germanBaseRate,
                    recoveryIndemnity: rule.jurisdiction.law.recoveryIndemnity(in: rates), formalNotice: formalNotice)
    }

    /// Penalties on a balance that payments and credit notes reduce, from the day after `dueDate`
    /// to `last` included: each day runs on what was unpaid that day (see ``OutstandingBalance``).
    ///
    /// A rule that runs from a formal notice (a consumer's interest at the legal rate) runs from the
    /// day after `formalNotice` instead, and owes nothing without one: interest is « à compter de la
    /// mise en demeure », so a formal notice computed on its own day claims none.
    // C. civ. 1231-6, 1344-1.
    public static func compute(
        balance: OutstandingBalance, dueDate: CalendarDate, through last: CalendarDate, rule: PenaltyRule,
        legalRate: LegalInterestRate = .france, ecbRate: DatedRate = ECBMainRefinancingRate.table,
        baseRate: DatedRate = RateBook.builtIn.germanBaseRate,
        recoveryIndemnity: RecoveryIndemnity = RateBook.builtIn.recoveryIndemnity, formalNotice: CalendarDate? = nil
    ) throws(RuleViolation) -> LatePaymentPenalty {
        let resolver = RateResolver(rule: rule, legalRate: legalRate, ecbRate: ecbRate, baseRate: baseRate)
        let currency = balance.initial.currency
        // The last day before interest runs: the due date, or the formal notice (never before the due date).
        let runsAfter: CalendarDate? = switch rule.start {
        case .dayAfterDueDate: dueDate
        case .formalNotice: formalNotice.map { max($0, dueDate) }
        case .thirtyDaysAfterDueDate:
            // In default from the day after the 30 days (§ 193 BGB moving their end), or the day after a sooner reminder.
            formalNotice.map { min(max($0, dueDate), GermanLaw.lastDayBeforeDefault(dueDate: dueDate)) }
                ?? GermanLaw.lastDayBeforeDefault(dueDate: dueDate)
        }
        var periods: [Period] = []
        if let runsAfter, last > runsAfter {
            switch rule.counting {
            case .daily:
                periods = try dailyPeriods(balance: balance, from: runsAfter.adding(days: 1), through: last, rule: rule,
                                           resolver: resolver)
            case .perMonthStarted:
                periods = try monthlyPeriods(balance: balance, dueDate: runsAfter, through: last, resolver: resolver)
            }
        }
        let interest = periods.map(\.amount).sum(in: currency)
        var late = last > dueDate && balance.amount(on: dueDate.adding(days: 1)).amount > .zero
        // § 288 Abs. 5 BGB: the German lump sum is owed once the debtor is in default, not the day after the due date.
        if rule.start == .thirtyDaysAfterDueDate, let runsAfter { late = late && last > runsAfter }
        let indemnity = rule.businessDebtor && late ? try recoveryIndemnity.amount(dueOn: dueDate) : nil
        return LatePaymentPenalty(principal: balance.amount(after: last), dueDate: dueDate, paymentDate: last,
                                  daysLate: max(0, dueDate.days(until: last)), periods: periods,
                                  interest: interest, recoveryIndemnity: indemnity)
    }

    /// Day by day: one period per half-year and per amount unpaid.
    private static func dailyPeriods(balance: OutstandingBalance, from first: CalendarDate, through last: CalendarDate,
                                     rule: PenaltyRule, resolver: RateResolver) throws(RuleViolation) -> [Period] {
        var periods: [Period] = []
        var start = first
        while start <= last {
            var end = min(HalfYear(containing: start).lastDay, last)
            if let change = balance.nextChange(after: start), change <= end { end = change.adding(days: -1) }
            let principal = balance.amount(on: start)
            defer { start = end.adding(days: 1) }
            guard principal.amount > .zero else { continue }
            let (rate, raised) = try resolver.annualRate(on: start)
            let days = start.days(until: end) + 1
            let amount = (principal.amount * rate * ExactDecimal(days))
                .divided(by: ExactDecimal(100 * rule.daysInYear), toPlaces: principal.currency.minorUnit) ?? .zero
            periods.append(Period(from: start, through: end, units: days, unit: .days, annualRate: rate,
                                  raisedToLegalFloor: raised, principal: principal,
                                  amount: Money(rounding: amount, in: principal.currency)))
        }
        return periods
    }

    /// Month by month from the day after the due date, each month started counting in full at the
    /// rate in force on its first day and on the amount unpaid that day; consecutive months with the
    /// same rate and amount form one period.
    private static func monthlyPeriods(balance: OutstandingBalance, dueDate: CalendarDate, through last: CalendarDate,
                                       resolver: RateResolver) throws(RuleViolation) -> [Period] {
        var periods: [Period] = []
        var month = 1
        while true {
            let start = dueDate.adding(months: month - 1).adding(days: 1)
            guard start <= last else { break }
            month += 1
            let end = dueDate.adding(months: month - 1)
            let principal = balance.amount(on: start)
            guard principal.amount > .zero else { continue }
            let (rate, raised) = try resolver.annualRate(on: start)
            if let previous = periods.last, previous.annualRate == rate, previous.raisedToLegalFloor == raised,
               previous.principal == principal, previous.through.adding(days: 1) == start {
                periods[periods.count - 1] = Period(from: previous.from, through: end, units: previous.units + 1, unit: .months,
                                                    annualRate: rate, raisedToLegalFloor: raised, principal: principal,
                                                    amount: previous.amount)
            } else {
                periods.append(Period(from: start, through: end, units: 1, unit: .months, annualRate: rate,
                                      raisedToLegalFloor: raised, principal: principal, amount: .zero(principal.currency)))
            }
        }
        return periods.map { period in
            let amount = (period.principal.amount * period.annualRate * ExactDecimal(period.units))
                .divided(by: 1200, toPlaces: period.principal.currency.minorUnit) ?? .zero
            return Period(from: period.from, through: period.through, units: period.units, unit: .months,
                          annualRate: period.annualRate, raisedToLegalFloor: period.raisedToLegalFloor,
                          principal: period.principal, amount: Money(rounding: amount, in: period.principal.currency))
        }
    }
}

/// January–June or July–December of a year: the legal interest rate's and the ECB reference's period.
struct HalfYear: Hashable {
    let year: Int
    let isSecond: Bool

    init(containing date: CalendarDate) {
        year = date.year
        isSecond = date.month >= 7
    }

    var firstDay: CalendarDate { CalendarDate(unchecked: year, isSecond ? 7 : 1, 1) }
    var lastDay: CalendarDate { CalendarDate(unchecked: year, isSecond ? 12 : 6, isSecond ? 31 : 30) }
}

/// Turns a penalty rate into percent per year on a given day, with the legal floor applied.
struct RateResolver {
    let rule: PenaltyRule
    let legalRate: LegalInterestRate
    let ecbRate: DatedRate
    let baseRate: DatedRate

    func annualRate(on date: CalendarDate) throws(RuleViolation) -> (rate: ExactDecimal, raisedToFloor: Bool) {
        let contractual = try annualRate(of: rule.rate, on: date)
        guard let minimum = rule.minimum else { return (contractual, false) }
        let floor = try annualRate(of: minimum, on: date)
        return contractual < floor ? (floor, true) : (contractual, false)
    }

    private func annualRate(of rate: PenaltyRate, on date: CalendarDate) throws(RuleViolation) -> ExactDecimal {
        switch rate {
        case .annual(let percent):
            return percent
        case .monthly(let percent):
            return percent * 12
        case .legalRateMultiple(let multiple):
            // The creditor is the seller, a business: the "all other cases" column applies.
            return try legalRate.otherCases.rate(on: date) * multiple
        case .ecbPlus(let points):
            // The rate in force on 1 January (first half-year) or 1 July (second half-year).
            return try ecbRate.rate(on: HalfYear(containing: date).firstDay) + points
        case .baseRatePlus(let points):
            // The base rate changes on 1 January and 1 July (§ 247 Abs. 1 BGB): the half-year's rate.
            return try baseRate.rate(on: HalfYear(containing: date).firstDay) + points
        case .higherOf(let rates):
            var highest: ExactDecimal?
            for candidate in rates {
                let value = try annualRate(of: candidate, on: date)
                if highest.map({ value > $0 }) ?? true { highest = value }
            }
            guard let highest else { throw RuleViolation("\"higher of\" needs at least one rate") }
            return highest
        }
    }
}
