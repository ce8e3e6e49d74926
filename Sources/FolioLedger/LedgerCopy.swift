import FolioCore
import Foundation

extension Ledger {
    /// What ``copy(into:)`` copied, and the copy's own verification.
    public struct Copy: Sendable {
        public var entries = 0
        public var documents = 0
        public var decisions = 0
        public var payments = 0
        public var notices = 0
        public var contractNotices = 0
        /// The PDFs (and XML) whose bytes were copied.
        public var files = 0
        /// The last link of the chain, the same in both ledgers.
        public var lastHash = LedgerEntry.genesis
        public var verification = Verification()
    }

    /// Copies every record of this ledger into an empty one, link for link (same positions, same
    /// hashes), with the bytes of every file the records cite, in one transaction of the target;
    /// then verifies the copy. Moves a company from SQLite to PostgreSQL, or back.
    ///
    /// A target keeping its files in its database gets their bytes there; one keeping them on disk
    /// (SQLite) gets each file written at its recorded path when it is not there already.
    ///
    /// - Throws: ``LedgerFailure`` when the target is this ledger or not empty, when this ledger has
    ///   numbers reserved and not recorded (complete them first: `folio ledger verify`), when a
    ///   recorded file is missing, or when the copy does not verify.
    public func copy(into target: Ledger) throws -> Copy {
        guard target.location != location else { throw LedgerFailure("\(path): a ledger cannot be copied into itself") }
        let source = store
        let (entries, documents, decisions, payments, notices, reserved) = try source.read { ledger in
            (try ledger.entries(), try ledger.documents(DocumentFilter()), try ledger.decisions(company: nil, number: nil),
             try ledger.payments(company: nil, invoice: nil), try ledger.notices(company: nil, invoice: nil), try ledger.reservations())
        }
        let contractNotices = try source.read { try $0.contractNotices(company: nil, contract: nil) }
        guard reserved.isEmpty else {
            throw LedgerFailure("\(path) has numbers reserved and not recorded (\(reserved.map(\.number).joined(separator: ", "))): complete them first with folio ledger verify")
        }
        let documentAt = Dictionary(uniqueKeysWithValues: documents.map { ($0.position, $0) })
        let decisionAt = Dictionary(uniqueKeysWithValues: decisions.map { ($0.position, $0) })
        let paymentAt = Dictionary(uniqueKeysWithValues: payments.map { ($0.position, $0) })
        let noticeAt = Dictionary(uniqueKeysWithValues: notices.map { ($0.position, $0) })
        let contractNoticeAt = Dictionary(uniqueKeysWithValues: contractNotices.map { ($0.position, $0) })
        let targetWritesFiles = !target.store.keepsFilesInDatabase

        /// The bytes of a file a record cites, from this ledger, handed to the target.
        func copyFile(_ name: String, into ledger: any LedgerTransaction) throws {
            guard let bytes = try source.read({ try $0.keptFile(name) }) else {
                throw LedgerFailure("\(path): \(name) is missing: the ledger must verify before it is copied")
            }
            if targetWritesFiles {
                if !FileManager.default.fileExists(atPath: name) { try AtomicWrite.bytes(bytes, to: name) }
            } else {
                try ledger.keep(file: name, bytes: bytes)
            }
        }

        var copy = Copy()
        try target.store.write { ledger in
            guard try ledger.lastEntry() == nil else {
                throw LedgerFailure("\(target.path) is not empty: a ledger is copied only into a new one")
            }
            for entry in entries {
                try ledger.insert(entry)
                switch entry.kind {
                case .document:
                    guard let document = documentAt[entry.position] else { break }
                    try ledger.insert(document)
                    try copyFile(document.file, into: ledger)
                    if document.xmlSHA256 != nil, source.keepsFilesInDatabase, !targetWritesFiles {
                        try copyFile(Self.eInvoiceFile(of: document.file), into: ledger)
                        copy.files += 1
                    }
                    copy.documents += 1
                    copy.files += 1
                case .decision:
                    guard let decision = decisionAt[entry.position] else { break }
                    try ledger.insert(decision)
                    if let file = decision.signedFile {
                        try copyFile(file, into: ledger)
                        copy.files += 1
                    }
                    copy.decisions += 1
                case .payment:
                    guard let payment = paymentAt[entry.position] else { break }
                    try ledger.insert(payment)
                    copy.payments += 1
                case .notice:
                    guard let notice = noticeAt[entry.position] else { break }
                    try ledger.insert(notice)
                    try copyFile(notice.file, into: ledger)
                    copy.notices += 1
                    copy.files += 1
                case .contractNotice:
                    guard let notice = contractNoticeAt[entry.position] else { break }
                    try ledger.insert(notice)
                    try copyFile(notice.file, into: ledger)
                    copy.contractNotices += 1
                    copy.files += 1
                }
                copy.entries += 1
                copy.lastHash = entry.hash
            }
        }
        copy.verification = try target.verify()
        guard copy.verification.isSound, copy.verification.entries == entries.count else {
            throw LedgerFailure("the copy in \(target.path) does not verify: \(copy.verification.problems.joined(separator: "; "))")
        }
        return copy
    }
}

/// A file written whole or not at all: into a temporary file beside it, then renamed.
enum AtomicWrite {
    static func bytes(_ bytes: [UInt8], to path: String) throws {
        try PendingFile.writeSynced(bytes, to: path + PendingFile.suffix)
        try PendingFile.finish(path)
    }
}
