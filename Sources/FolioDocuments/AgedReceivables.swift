import FolioCore
import FolioLedger

/// What clients still owe on a day, by client, in ageing buckets, with the penalties and recovery
/// indemnities accrued by then — the finance team's « balance âgée ».
///
/// ```swift
/// let report = AgedReceivables(try LedgerStandings(ledger, on: CalendarDate("2026-11-26")!))
/// report.clients.first?.buckets[.days1to30]   // due 1 to 30 days ago
/// ```
public struct AgedReceivables: Sendable, Encodable {
    /// How long ago an amount fell due.
    public enum Bucket: String, Sendable, Hashable, CaseIterable, Encodable, CodingKey {
        case notYetDue = "not yet due"
        case days1to30 = "1-30"
        case days31to60 = "31-60"
        case days61to90 = "61-90"
        case over90 = "over 90"

        init(daysLate: Int) {
            switch daysLate {
            case ...0: self = .notYetDue
            case 1...30: self = .days1to30
            case 31...60: self = .days31to60
            case 61...90: self = .days61to90
            default: self = .over90
            }
        }
    }

    /// One open invoice.
    public struct Invoice: Sendable, Encodable {
        public let number: String
        public let date: CalendarDate
        public let dueDate: CalendarDate?
        public let daysLate: Int
        public let bucket: Bucket
        public let total: ExactDecimal
        public let credited: ExactDecimal
        public let paid: ExactDecimal
        public let due: ExactDecimal
        /// Penalties run to the report's date; nil when not late or when a rate is missing.
        public let penalties: ExactDecimal?
        public let indemnity: ExactDecimal?
        /// Why the penalties could not be computed (a rate not yet known).
        public let penaltiesMissing: String?
    }

    /// A client's open invoices in one currency.
    public struct Client: Sendable, Encodable {
        public let name: String
        public let siren: String?
        public let currency: String
        public let invoices: [Invoice]
        public let buckets: [Bucket: ExactDecimal]
        public let due: ExactDecimal
        public let penalties: ExactDecimal
        public let indemnities: ExactDecimal
        /// False when some invoice's penalties could not be computed (a rate not yet known): `penalties` is then a lower bound.
        public var penaltiesComplete: Bool { invoices.allSatisfy { $0.penaltiesMissing == nil } }

        enum CodingKeys: String, CodingKey { case name, siren, currency, due, penalties, penaltiesComplete, indemnities, buckets, invoices }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encodeIfPresent(siren, forKey: .siren)
            try container.encode(currency, forKey: .currency)
            try container.encode(due, forKey: .due)
            try container.encode(penalties, forKey: .penalties)
            try container.encode(penaltiesComplete, forKey: .penaltiesComplete)
            try container.encode(indemnities, forKey: .indemnities)
            var nested = container.nestedContainer(keyedBy: Bucket.self, forKey: .buckets)
            for bucket in Bucket.allCases { try nested.encode(buckets[bucket] ?? .zero, forKey: bucket) }
            try container.encode(invoices, forKey: .invoices)
        }
    }

    public let date: CalendarDate
    /// Clients by name, then currency.
    public let clients: [Client]

    public init(_ standings: LedgerStandings) {
        date = standings.date
        var groups: [String: [InvoiceStanding]] = [:]
        var order: [String] = []
        for standing in standings.unpaid {
            let key = "\(standing.invoice.client)\u{1F}\(standing.invoice.currency)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(standing)
        }
        clients = order.compactMap { key -> Client? in
            guard let members = groups[key], let first = members.first else { return nil }
            let invoices = members.map { standing -> Invoice in
                var penalties: ExactDecimal?, indemnity: ExactDecimal?, missing: String?
                switch standing.accrued {
                case .success(let penalty)?: penalties = penalty.interest.amount
                case .failure(let violation)?: missing = violation.reason
                case nil: break
                }
                indemnity = standing.indemnity.flatMap { $0.currency.code == standing.invoice.currency ? $0.amount : nil }
                return Invoice(number: standing.invoice.number, date: standing.invoice.date, dueDate: standing.dueDate,
                               daysLate: standing.daysLate, bucket: Bucket(daysLate: standing.daysLate), total: standing.total,
                               credited: standing.credited, paid: standing.paid, due: standing.due, penalties: penalties,
                               indemnity: indemnity, penaltiesMissing: missing)
            }
            let places = first.computed.order.currency.minorUnit
            var buckets: [Bucket: ExactDecimal] = [:]
            for invoice in invoices { buckets[invoice.bucket, default: ExactDecimal.zero.rounded(toPlaces: places)] += invoice.due }
            return Client(name: first.invoice.client, siren: first.computed.order.buyer.siren?.digits,
                          currency: first.invoice.currency, invoices: invoices, buckets: buckets,
                          due: invoices.reduce(.zero) { $0 + $1.due }.rounded(toPlaces: places),
                          penalties: invoices.reduce(.zero) { $0 + ($1.penalties ?? .zero) }.rounded(toPlaces: places),
                          indemnities: invoices.reduce(.zero) { $0 + ($1.indemnity ?? .zero) }.rounded(toPlaces: places))
        }.sorted { ($0.name, $0.currency) < ($1.name, $1.currency) }
    }

    /// The reasons penalties could not be computed, once each (rates to add).
    public var missingRates: [String] {
        var seen: [String] = []
        for client in clients { for invoice in client.invoices { if let reason = invoice.penaltiesMissing, !seen.contains(reason) { seen.append(reason) } } }
        return seen
    }
}
