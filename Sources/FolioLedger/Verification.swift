import Foundation

extension Ledger {
    /// What ``verify(checkFiles:)`` found wrong; empty when the ledger is sound.
    public struct Verification: Sendable {
        public var entries = 0
        public var documents = 0
        public var problems: [String] = []
        /// Numbers reserved whose documents are not recorded yet (being rendered, or interrupted).
        public var reserved: [String] = []
        public var isSound: Bool { problems.isEmpty }
        /// The company a problem concerns, by the problem's index, when it concerns one company's record
        /// (a server shows each company only its own); none for the chain itself.
        public var companies: [Int: String] = [:]

        mutating func note(_ problem: String, company: String? = nil) {
            if let company { companies[problems.count] = company }
            problems.append(problem)
        }
    }

    /// Checks the hash chain link by link, that every series is gapless from 1, and that every
    /// document's PDF is kept (where it was written, or in the database) with the bytes it was issued with.
    public func verify(checkFiles: Bool = true) throws -> Verification {
        try store.read { ledger in
            var result = Verification()
            let documents = Dictionary(uniqueKeysWithValues: try ledger.documents(DocumentFilter()).map { ($0.position, $0) })
            let decisions = Dictionary(uniqueKeysWithValues: try ledger.decisions(company: nil, number: nil).map { ($0.position, $0) })
            let payments = Dictionary(uniqueKeysWithValues: try ledger.payments(company: nil, invoice: nil).map { ($0.position, $0) })
            let notices = Dictionary(uniqueKeysWithValues: try ledger.notices(company: nil, invoice: nil).map { ($0.position, $0) })
            let contractNotices = Dictionary(uniqueKeysWithValues: try ledger.contractNotices(company: nil, contract: nil).map { ($0.position, $0) })
            var previous = LedgerEntry.genesis
            var expectedPosition: Int64 = 1
            var chained = Set<Int64>()
            for entry in try ledger.entries() {
                result.entries += 1
                if entry.position != expectedPosition {
                    result.problems.append("entry \(expectedPosition) is missing (the next is \(entry.position))")
                }
                expectedPosition = entry.position + 1
                if entry.previousHash != previous {
                    result.problems.append("entry \(entry.position) does not follow the previous entry's hash: the chain is broken")
                }
                let fields: [(String, String?)]?
                switch entry.kind {
                case .document: fields = documents[entry.position]?.sealedFields
                case .decision: fields = decisions[entry.position]?.sealedFields
                case .payment: fields = payments[entry.position]?.sealedFields
                case .notice: fields = notices[entry.position]?.sealedFields
                case .contractNotice: fields = contractNotices[entry.position]?.sealedFields
                }
                if let fields {
                    let hash = LedgerEntry.hash(previous: entry.previousHash, kind: entry.kind, position: entry.position, fields: fields)
                    if hash != entry.hash {
                        let name = Self.describe(entry.position, documents: documents, decisions: decisions,
                                                 payments: payments, notices: notices, contractNotices: contractNotices)
                        let company = documents[entry.position]?.company ?? decisions[entry.position]?.company
                            ?? payments[entry.position]?.company ?? notices[entry.position]?.company
                            ?? contractNotices[entry.position]?.company
                        result.note("entry \(entry.position) (\(name)) was changed after it was recorded: its hash no longer matches", company: company)
                    }
                } else {
                    result.problems.append("entry \(entry.position): its \(entry.kind.rawValue) record is missing")
                }
                chained.insert(entry.position)
                previous = entry.hash
            }
            let recorded = Set(documents.keys).union(decisions.keys).union(payments.keys).union(notices.keys)
                .union(contractNotices.keys)
            for position in recorded.subtracting(chained).sorted() {
                result.problems.append("record at position \(position) is not in the hash chain")
            }
            result.documents = documents.count
            // Every series runs 1, 2, 3… without a gap; a number reserved for a document being rendered is taken.
            let reservations = try ledger.reservations()
            result.reserved = reservations.map(\.number)
            struct SeriesPeriod: Hashable, Comparable {
                let company: String, series: String, period: String
                static func < (a: Self, b: Self) -> Bool { (a.company, a.series, a.period) < (b.company, b.series, b.period) }
            }
            var bySeries = Dictionary(grouping: documents.values) { SeriesPeriod(company: $0.company, series: $0.series, period: $0.period) }
                .mapValues { $0.map(\.sequence) }
            for reservation in reservations {
                bySeries[SeriesPeriod(company: reservation.company, series: reservation.series, period: reservation.period), default: []]
                    .append(reservation.sequence)
            }
            for (key, members) in bySeries.sorted(by: { $0.key < $1.key }) {
                let sequences = members.sorted()
                for (index, sequence) in sequences.enumerated() where sequence != index + 1 {
                    result.note("series \(key.company) \(key.series) \(key.period): number \(index + 1) is missing (found \(sequence))",
                                company: key.company)
                    break
                }
            }
            if checkFiles {
                for document in documents.values.sorted(by: { $0.position < $1.position }) {
                    guard let data = try ledger.keptFile(document.file) else {
                        result.note("\(document.number): its PDF \(document.file) is missing", company: document.company)
                        continue
                    }
                    if SHA256Hex.of(data) != document.pdfSHA256 {
                        result.note("\(document.number): \(document.file) is not the PDF that was issued (SHA-256 differs)", company: document.company)
                    }
                }
                for decision in decisions.values.sorted(by: { $0.position < $1.position }) {
                    guard let file = decision.signedFile, let hash = decision.signedSHA256 else { continue }
                    guard let data = try ledger.keptFile(file) else {
                        result.note("acceptance of \(decision.number): the signed PDF \(file) is missing", company: decision.company)
                        continue
                    }
                    if SHA256Hex.of(data) != hash {
                        result.note("acceptance of \(decision.number): \(file) is not the signed PDF that was recorded (SHA-256 differs)", company: decision.company)
                    }
                }
                for notice in notices.values.sorted(by: { $0.position < $1.position }) {
                    guard let data = try ledger.keptFile(notice.file) else {
                        result.note("\(notice.kind.rawValue) for \(notice.invoice) of \(notice.date): its PDF \(notice.file) is missing", company: notice.company)
                        continue
                    }
                    if SHA256Hex.of(data) != notice.pdfSHA256 {
                        result.note("\(notice.kind.rawValue) for \(notice.invoice) of \(notice.date): \(notice.file) is not the PDF that was sent (SHA-256 differs)", company: notice.company)
                    }
                }
                for notice in contractNotices.values.sorted(by: { $0.position < $1.position }) {
                    let name = "\(notice.kind.rawValue) of contract \(notice.contract) of \(notice.date)"
                    guard let data = try ledger.keptFile(notice.file) else {
                        result.note("\(name): its PDF \(notice.file) is missing", company: notice.company)
                        continue
                    }
                    if SHA256Hex.of(data) != notice.pdfSHA256 {
                        result.note("\(name): \(notice.file) is not the PDF that was sent (SHA-256 differs)", company: notice.company)
                    }
                }
            }
            return result
        }
    }

    /// How a problem names the record at `position`: « F-2026-0001 », « payment of F-2026-0001 »…
    private static func describe(_ position: Int64, documents: [Int64: IssuedDocument], decisions: [Int64: QuoteDecision],
                                 payments: [Int64: Payment], notices: [Int64: NoticeRecord],
                                 contractNotices: [Int64: ContractNoticeRecord]) -> String {
        if let document = documents[position] { return document.number }
        if let decision = decisions[position] { return "decision on \(decision.number)" }
        if let payment = payments[position] { return "payment of \(payment.invoice)" }
        if let notice = notices[position] { return "\(notice.kind.rawValue) for \(notice.invoice)" }
        if let notice = contractNotices[position] { return "\(notice.kind.rawValue) of contract \(notice.contract)" }
        return ""
    }

    /// PDFs in `directory` that no record cites (an issued folder should hold none).
    public func unrecordedFiles(in directory: String) throws -> [String] {
        let folder = URL(fileURLWithPath: directory).standardizedFileURL
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        let recorded = try store.read { try $0.recordedFiles() }
        return names.filter { $0.hasSuffix(".pdf") || $0.hasSuffix(PendingFile.suffix) }
            .map { folder.appendingPathComponent($0).path }
            .filter { !recorded.contains($0) }
            .sorted()
    }
}
