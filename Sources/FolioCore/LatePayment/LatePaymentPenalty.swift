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
        /// True when the contract's rate was below 3 × the legal interest rate and was raised to it.
        public let raisedToLegalFloor: Bool
        public let amount: Money
    }

    public enum Unit: String, Sendable, Hashable, Codable {
        case days, months
    }

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

    public static func compute(
        principal: Money, dueDate: CalendarDate, paymentDate: CalendarDate, rule: PenaltyRule,
        legalRate: LegalInterestRate = .france, ecbRate: DatedRate = ECBMainRefinancingRate.table,
        recoveryIndemnity: RecoveryIndemnity = RateBook.builtIn.recoveryIndemnity
    ) throws(RuleViolation) -> LatePaymentPenalty {
        let resolver = RateResolver(rule: rule, legalRate: legalRate, ecbRate: ecbRate)
        var periods: [Period] = []
        if paymentDate > dueDate {
            switch rule.counting {
            case .daily:
                periods = try dailyPeriods(principal: principal, from: dueDate.adding(days: 1), through: paymentDate,
                                           rule: rule, resolver: resolver)
            case .perMonthStarted:
                periods = try monthlyPeriods(principal: principal, dueDate: dueDate, paymentDate: paymentDate,
                                             resolver: resolver)
            }
        }
        let interest = periods.map(\.amount).sum(in: principal.currency)
        let indemnity = rule.businessDebtor && paymentDate > dueDate ? try recoveryIndemnity.amount(dueOn: dueDate) : nil
        return LatePaymentPenalty(principal: principal, dueDate: dueDate, paymentDate: paymentDate,
                                  daysLate: max(0, dueDate.days(until: paymentDate)), periods: periods,
                                  interest: interest, recoveryIndemnity: indemnity)
    }

    /// The penalty under a company's rates (``RateBook``): its legal interest rate, ECB rate and indemnity.
    public static func compute(principal: Money, dueDate: CalendarDate, paymentDate: CalendarDate, rule: PenaltyRule,
                               rates: RateBook) throws(RuleViolation) -> LatePaymentPenalty {
        try compute(principal: principal, dueDate: dueDate, paymentDate: paymentDate, rule: rule,
                    legalRate: rates.legalInterest, ecbRate: rates.ecbMainRefinancing, recoveryIndemnity: rates.recoveryIndemnity)
    }

    /// Day by day, one period per half-year.
    private static func dailyPeriods(principal: Money, from first: CalendarDate, through last: CalendarDate,
                                     rule: PenaltyRule, resolver: RateResolver) throws(RuleViolation) -> [Period] {
        var periods: [Period] = []
        var start = first
        while start <= last {
            let end = min(HalfYear(containing: start).lastDay, last)
            let (rate, raised) = try resolver.annualRate(on: start)
            let days = start.days(until: end) + 1
            let amount = (principal.amount * rate * ExactDecimal(days))
                .divided(by: ExactDecimal(100 * rule.daysInYear), toPlaces: principal.currency.minorUnit) ?? .zero
            periods.append(Period(from: start, through: end, units: days, unit: .days, annualRate: rate,
                                  raisedToLegalFloor: raised, amount: Money(rounding: amount, in: principal.currency)))
            start = end.adding(days: 1)
        }
        return periods
    }

    /// Month by month from the day after the due date, each month started counting in full at the
    /// rate in force on its first day; consecutive months with the same rate form one period.
    private static func monthlyPeriods(principal: Money, dueDate: CalendarDate, paymentDate: CalendarDate,
                                       resolver: RateResolver) throws(RuleViolation) -> [Period] {
        var periods: [Period] = []
        var month = 1
        while true {
            let start = dueDate.adding(months: month - 1).adding(days: 1)
            guard start <= paymentDate else { break }
            let end = dueDate.adding(months: month)
            let (rate, raised) = try resolver.annualRate(on: start)
            if let last = periods.last, last.annualRate == rate, last.raisedToLegalFloor == raised {
                periods[periods.count - 1] = Period(from: last.from, through: end, units: last.units + 1, unit: .months,
                                                    annualRate: rate, raisedToLegalFloor: raised, amount: last.amount)
            } else {
                periods.append(Period(from: start, through: end, units: 1, unit: .months, annualRate: rate,
                                      raisedToLegalFloor: raised, amount: .zero(principal.currency)))
            }
            month += 1
        }
        return periods.map { period in
            let amount = (principal.amount * period.annualRate * ExactDecimal(period.units))
                .divided(by: 1200, toPlaces: principal.currency.minorUnit) ?? .zero
            return Period(from: period.from, through: period.through, units: period.units, unit: .months,
                          annualRate: period.annualRate, raisedToLegalFloor: period.raisedToLegalFloor,
                          amount: Money(rounding: amount, in: principal.currency))
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

    func annualRate(on date: CalendarDate) throws(RuleViolation) -> (rate: ExactDecimal, raisedToFloor: Bool) {
        let contractual = try annualRate(of: rule.rate, on: date)
        guard rule.businessDebtor else { return (contractual, false) }
        let floor = try legalRate.otherCases.rate(on: date) * PenaltyRule.legalFloorMultiple
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
