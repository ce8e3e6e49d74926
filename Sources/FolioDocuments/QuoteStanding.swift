import FolioCore
import FolioLedger

/// A quote as it stands on a day: its validity, and whether it was accepted, refused or expired.
public struct QuoteStanding: Sendable {
    public let quote: IssuedDocument
    /// The last day the quote can be accepted.
    public let validUntil: CalendarDate?
    /// The decision recorded on or before the day looked at.
    public let decision: QuoteDecision?
    public let date: CalendarDate

    /// Past its validity date with no decision recorded.
    public var isExpired: Bool {
        guard decision == nil, let validUntil else { return false }
        return date > validUntil
    }

    /// « accepted 2026-10-09 », « accepted late 2026-11-20 », « expired (valid until 2026-11-04) », « valid until 2026-11-04 ».
    public var status: String {
        if let decision {
            return "\(decision.status.rawValue)\(decision.late ? " late" : "") \(decision.date)"
        }
        guard let validUntil else { return "issued" }
        return isExpired ? "expired (valid until \(validUntil))" : "valid until \(validUntil)"
    }
}

extension Ledger {
    /// Records a quote's acceptance, refusal or expiry. An acceptance after the quote's validity
    /// date (computed from what the ledger kept) is refused unless `late`, and then recorded as late.
    ///
    /// ```swift
    /// try ledger.decide(quote: "D-2026-0001", .accepted, on: CalendarDate("2026-10-09")!)
    /// ```
    /// - Throws: ``InputError`` naming the quote when there is no such quote, it was already decided,
    ///   the day is before the quote, or the acceptance is late and `late` is not set.
    public func decide(quote number: String, _ status: QuoteDecision.Status, on date: CalendarDate, late: Bool = false,
                       company: String? = nil) throws -> QuoteDecision {
        do {
            guard let quote = try document(number: number, company: company), quote.kind == .quote else {
                throw InputError(source: number, "no issued quote \(number) in \(path)")
            }
            let validUntil = try RecordedOrders().computed(quote).validUntil
            return try decide(quote: number, company: quote.company, status, on: date, validUntil: validUntil, late: late)
        } catch let violation as RuleViolation {
            throw InputError(source: number, violation.reason)
        }
    }
}
