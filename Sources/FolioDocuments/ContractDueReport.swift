import FolioCore
import FolioLedger
import Foundation

/// What falls due on contracts within some days, as `folio contract due` reports it: the core's
/// ``ContractAgenda`` with the ends the ledger's notices set, and for each event the notice already
/// sent for it, so that a batch sends only what is left.
///
/// ```swift
/// let report = try ContractDueReport(ContractFile.all(["contracts"]), from: .today(), days: 60, ledger: ledger)
/// report.lines.filter { $0.sent == nil }   // what is still to send
/// ```
public struct ContractDueReport: Sendable {
    /// One event, dates as YYYY-MM-DD.
    public struct Line: Encodable, Sendable {
        public let date: String
        public let event: String
        /// A consumer's information: the first day it may be sent.
        public let from: String?
        public let reference: String
        public let client: String
        public let file: String
        /// The notice of the ledger the event was dealt with by, and its date.
        public let sent: String?
        public let sentOn: String?
    }

    public let from: CalendarDate
    public let through: CalendarDate
    public let lines: [Line]

    /// - Parameter ledger: where the notices sent are recorded; without one, every contract runs its course.
    public init(_ files: [ContractFile], from: CalendarDate, days: Int, ledger: Ledger? = nil) throws {
        // A contract's notices: those recorded under its reference, for its client.
        let records = try files.map { file in
            try ledger?.contractNotices(contract: file.contract.reference).filter { $0.client == file.contract.client.name } ?? []
        }
        let agenda = ContractAgenda(files.map(\.contract), from: from, days: days, ends: records.map(\.recordedEnd))
        self.from = agenda.from
        through = agenda.through
        lines = agenda.events.map { event in
            let file = files[event.contract]
            let sent = records[event.contract].first { Self.deals(with: event, $0) }
            return Line(date: event.date.description, event: event.kind.rawValue, from: event.from?.description,
                        reference: file.contract.reference, client: file.contract.client.name, file: file.path,
                        sent: sent?.file, sentOn: sent?.date.description)
        }
    }

    /// Whether a notice recorded deals with an event: the notice that set an end, the renewal
    /// information or the price revision of that anniversary.
    private static func deals(with event: ContractAgenda.Event, _ record: ContractNoticeRecord) -> Bool {
        guard record.effective == event.anniversary else { return false }
        return switch event.kind {
        case .end: record.kind.endsContract
        case .consumerInformation: record.kind == .renewalInformation
        case .priceRevision: record.kind == .priceRevision
        case .noticeDeadline: record.kind.endsContract
        case .renewal: false
        }
    }
}
