import FolioCore
import FolioInput
import FolioLedger
import Foundation

/// A contract read from its file (YAML or JSON), with the name its errors give.
///
/// ```swift
/// let contract = try ContractFile(path: "examples/seeds/003-baie-consulting-martinique/contracts/maintenance-2025.yaml")
/// let status = ContractStatus(contract.contract, on: CalendarDate("2026-01-15")!)
/// status.noticeDeadline   // 2026-02-28
/// ```
public struct ContractFile: Sendable {
    public let path: String
    public let contract: Contract
    /// The file's text, as read: the ledger keeps it with each notice computed from it.
    public let text: String

    /// - Throws: ``InputError`` naming the file, the field and the reason.
    public init(path: String) throws {
        let text = try TextFile.read(path: path, kind: .order)
        do { contract = try ContractReader.read(text) } catch { throw InputError(source: path, error) }
        self.path = path
        self.text = text
    }

    /// Every contract file of `paths`: files as given, folders' `.yaml`, `.yml` and `.json` files in order of name.
    /// - Throws: ``InputError`` for a path that does not exist or a contract refused.
    public static func all(_ paths: [String]) throws -> [ContractFile] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw InputError(source: path, "no such file or folder")
            }
            if isFolder.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
                files += names.filter { [".yaml", ".yml", ".json"].contains(where: $0.hasSuffix) }
                    .map { URL(fileURLWithPath: path).appendingPathComponent($0).path }
            } else {
                files.append(path)
            }
        }
        return try files.map(ContractFile.init(path:))
    }

    public init(text: String, name: String) throws {
        do { contract = try ContractReader.read(text) } catch { throw InputError(source: name, error) }
        path = name
        self.text = text
    }
}

/// A contract's status as `folio contract status --json` writes it: dates as YYYY-MM-DD.
public struct ContractStatusReport: Encodable, Sendable {
    public let reference: String
    public let client: String
    public let consumer: Bool
    public let date: String
    public let state: String
    public let period: Int
    public let periodStart: String
    public let periodEnd: String
    public let renewals: Int
    public let nextAnniversary: String?
    public let noticeDeadline: String?
    public let noticeDeadlinePassed: Bool
    public let nextNoticeDeadline: String?
    public let consumerInformationFrom: String?
    public let consumerInformationBy: String?
    public let terminationReceived: String?
    public let terminationEffective: String?
    /// The end a termination or non-renewal recorded in the ledger set: the first day without the
    /// contract, and the contract's last day; and the notices recorded.
    public let recordedEnd: String?
    public let recordedLastDay: String?
    public let notices: [RecordedNotice]

    /// A notice of the ledger about the contract.
    public struct RecordedNotice: Encodable, Sendable {
        public let kind: String
        public let date: String
        public let effective: String
        public let file: String
    }

    /// - Parameter notices: the contract's notices recorded in the ledger (up to the status's date).
    public init(_ status: ContractStatus, terminationReceived received: CalendarDate? = nil, notices: [ContractNoticeRecord] = []) {
        let contract = status.contract
        reference = contract.reference
        client = contract.client.name
        consumer = contract.isConsumer
        date = status.date.description
        let sent = notices.filter { $0.date <= status.date }
        let end = sent.recordedEnd
        recordedEnd = end?.description
        recordedLastDay = end?.adding(days: -1).description
        self.notices = sent.map { RecordedNotice(kind: $0.kind.rawValue, date: $0.date.description, effective: $0.effective.description, file: $0.file) }
        state = status.notStarted ? "not started" : status.ended || end.map({ status.date >= $0 }) == true ? "ended"
            : end != nil ? "ending" : status.period == 0 ? "initial term" : "renewed"
        period = status.period
        periodStart = status.periodStart.description
        periodEnd = status.periodEnd.description
        renewals = status.renewals
        nextAnniversary = status.nextAnniversary?.description
        noticeDeadline = status.noticeDeadline?.description
        noticeDeadlinePassed = status.noticeDeadline.map { status.date > $0 } ?? false
        nextNoticeDeadline = status.nextNoticeDeadline?.deadline.description
        consumerInformationFrom = status.consumerInformationWindow?.lowerBound.description
        consumerInformationBy = status.consumerInformationWindow?.upperBound.description
        terminationReceived = received?.description
        terminationEffective = received.flatMap { contract.terminationEnd(received: $0) }?.description
    }
}
