/// When an invoice must be paid, as agreed between the parties.
///
/// ```swift
/// let terms = PaymentTerms.endOfMonth(days: 45, method: .daysThenEndOfMonth)
/// try terms.dueDate(invoiceDate: CalendarDate("2026-01-20")!)   // 2026-03-31
/// ```
public enum PaymentTerms: Sendable, Hashable {
    /// Due on the day the invoice is issued (« à réception »).
    case onReceipt
    /// Due `days` calendar days after the start date.
    case net(days: Int, from: TermsStart = .invoiceDate)
    /// « N jours fin de mois », counted either of the two ways the DGCCRF accepts.
    case endOfMonth(days: Int, method: EndOfMonthMethod)
    /// Due on a date written in the contract.
    case fixedDate(CalendarDate)

    /// What "N days" are counted from.
    public enum TermsStart: String, Sendable, Hashable, Codable, CaseIterable {
        case invoiceDate = "invoice-date"
        /// Receipt of the goods or completion of the service (the statutory default, L441-10 I).
        case deliveryDate = "delivery-date"
    }

    /// The two readings of "45 days end of month" (C. com. L441-10 I; DGCCRF guidance).
    public enum EndOfMonthMethod: String, Sendable, Hashable, Codable, CaseIterable {
        /// Add the days, then go to the end of that month (2026-01-20 + 45 d = 03-06 → 03-31).
        case daysThenEndOfMonth = "days-then-end-of-month"
        /// Go to the end of the invoice's month, then add the days (01-31 + 45 d = 03-17).
        case endOfMonthThenDays = "end-of-month-then-days"

        /// `days then end of month`.
        public var label: String {
            switch self {
            case .daysThenEndOfMonth: "days then end of month"
            case .endOfMonthThenDays: "end of month then days"
            }
        }
    }

    /// When the parties agreed nothing: 30 days after receipt of the goods or performance of the service.
    // C. com. L441-10 I, al. 1.
    public static let statutoryDefault = PaymentTerms.net(days: 30, from: .deliveryDate)

    /// The due date of an invoice issued on `invoiceDate` for a supply completed on `deliveryDate`.
    public func dueDate(invoiceDate: CalendarDate, deliveryDate: CalendarDate? = nil) -> CalendarDate {
        switch self {
        case .onReceipt:
            invoiceDate
        case .net(let days, .invoiceDate):
            invoiceDate.adding(days: days)
        case .net(let days, .deliveryDate):
            (deliveryDate ?? invoiceDate).adding(days: days)
        case .endOfMonth(let days, .daysThenEndOfMonth):
            invoiceDate.adding(days: days).endOfMonth
        case .endOfMonth(let days, .endOfMonthThenDays):
            invoiceDate.endOfMonth.adding(days: days)
        case .fixedDate(let date):
            date
        }
    }

    /// The longest terms L441-10 allows between businesses.
    public static let maximumNetDays = 60
    public static let maximumEndOfMonthDays = 45

    /// Refuses terms beyond what the law allows between businesses, and terms that end before they start.
    ///
    /// At most 60 days from the invoice date, or 45 days end of month when expressly agreed
    /// (C. com. L441-10 I, al. 2). Sector-specific caps (transport, perishable food…) are shorter
    /// and are not checked here.
    public func checkBusinessCaps(invoiceDate: CalendarDate, deliveryDate: CalendarDate? = nil) throws(RuleViolation) {
        switch self {
        case .onReceipt:
            return
        case .net(let days, _) where days < 0, .endOfMonth(let days, _) where days < 0:
            throw RuleViolation("a payment term of \(days) days is negative")
        case .endOfMonth(let days, _):
            guard days <= Self.maximumEndOfMonthDays else {
                throw RuleViolation("\(days) days end of month is beyond the 45 days end of month that C. com. L441-10 allows between businesses")
            }
        case .net(let days, .invoiceDate) where days > Self.maximumNetDays:
            throw RuleViolation("\(days) days is beyond the 60 days from the invoice date that C. com. L441-10 allows between businesses")
        case .net, .fixedDate:
            let due = dueDate(invoiceDate: invoiceDate, deliveryDate: deliveryDate)
            let limit = invoiceDate.adding(days: Self.maximumNetDays)
            guard due >= invoiceDate else {
                throw RuleViolation("the due date \(due) is before the invoice date \(invoiceDate)")
            }
            guard due <= limit else {
                throw RuleViolation("the due date \(due) is more than 60 days after the invoice date \(invoiceDate) (limit \(limit), C. com. L441-10)")
            }
        }
    }
}

extension PaymentTerms: CustomStringConvertible {
    /// `30 days net`, `45 days end of month (days then end of month)`, `on receipt`, `on 2026-04-30`.
    public var description: String {
        switch self {
        case .onReceipt: "on receipt"
        case .net(let days, .invoiceDate): "\(days) days net"
        case .net(let days, .deliveryDate): "\(days) days after delivery"
        case .endOfMonth(let days, let method): "\(days) days end of month (\(method.label))"
        case .fixedDate(let date): "on \(date)"
        }
    }
}
