import FolioCore
import Foundation

/// A PDF written beside its final name while its record is being committed (`NAME.pdf.partial`).
///
/// The pair stays consistent through crashes: a final file exists only once its record is committed,
/// and a `.partial` file is either renamed (its record exists) or removed (it has none).
enum PendingFile {
    static let suffix = ".partial"

    /// Writes the bytes and syncs them to disk before the record that cites their hash is committed.
    static func writeSynced(_ bytes: [UInt8], to path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw LedgerFailure("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { throw LedgerFailure("cannot write \(path): \(String(cString: strerror(errno)))") }
            written += count
        }
        guard fsync(descriptor) == 0 else { throw LedgerFailure("cannot sync \(path): \(String(cString: strerror(errno)))") }
    }

    /// Renames `FILE.partial` to `FILE` after the commit; done already if another process settled it.
    static func finish(_ path: String) throws {
        if rename(path + suffix, path) != 0 {
            let error = errno
            if error == ENOENT, FileManager.default.fileExists(atPath: path) { return }
            throw LedgerFailure("cannot rename \(path)\(suffix): \(String(cString: strerror(error)))")
        }
        syncFolder(of: path)
    }

    /// Makes a rename durable.
    static func syncFolder(of path: String) {
        let descriptor = open(URL(fileURLWithPath: path).deletingLastPathComponent().path, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// A failure of the ledger's storage (not of the input): a file that cannot be written, a broken database.
public struct LedgerFailure: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// A letter the ledger records in its chain with its PDF: a payment notice, a contract notice.
protocol LetterRecord {
    static var entryKind: LedgerEntry.Kind { get }
    var position: Int64 { get set }
    var file: String { get set }
    var pdfSHA256: String { get set }
    var sealedFields: [(String, String?)] { get }
    func insert(into ledger: any LedgerTransaction) throws
}

extension NoticeRecord: LetterRecord {
    static var entryKind: LedgerEntry.Kind { .notice }
    func insert(into ledger: any LedgerTransaction) throws { try ledger.insert(self) }
}

extension ContractNoticeRecord: LetterRecord {
    static var entryKind: LedgerEntry.Kind { .contractNotice }
    func insert(into ledger: any LedgerTransaction) throws { try ledger.insert(self) }
}

extension Ledger {
    /// Records a letter and its PDF in one write transaction: `prepare` returns the record's content
    /// and the PDF (or throws, and nothing is written); the PDF is written to `file` through a
    /// ``PendingFile`` when this ledger writes files, the record sealed in the chain with its path
    /// and hash, and the bytes kept. The PDF takes its name once the transaction commits and is
    /// removed if anything fails.
    func recordLetter<Record: LetterRecord>(at file: String,
                                            _ prepare: (any LedgerTransaction) throws -> (Record, [UInt8])) throws -> Record {
        let path = URL(fileURLWithPath: file).standardizedFileURL.path
        let writesFiles = self.writesFiles
        var partial: String?
        do {
            let recorded = try store.write { ledger in
                var (record, pdf) = try prepare(ledger)
                if writesFiles {
                    guard !FileManager.default.fileExists(atPath: path) else {
                        throw RuleViolation("\(path) already exists: a recorded letter is never overwritten")
                    }
                    partial = path + PendingFile.suffix
                    try PendingFile.writeSynced(pdf, to: path + PendingFile.suffix)
                }
                record.file = path
                record.pdfSHA256 = SHA256Hex.of(pdf)
                record.position = try Self.link(Record.entryKind, fields: record.sealedFields, ledger)
                try record.insert(into: ledger)
                try ledger.keep(file: record.file, bytes: pdf)
                return record
            }
            if partial != nil { try PendingFile.finish(path) }
            return recorded
        } catch {
            if let partial { try? FileManager.default.removeItem(atPath: partial) }
            throw error
        }
    }
}
