import Foundation

extension Ledger {
    /// What ``settlePendingFiles(in:)`` did.
    public struct Settlement: Sendable, Equatable {
        /// Files whose record was committed: renamed into place.
        public var finished: [String] = []
        /// Files without a record (their issue never committed): removed.
        public var removed: [String] = []
    }

    /// Finishes what a crashed issue left in `directory`: a `.partial` PDF whose record was committed
    /// is renamed into place, one without a record is removed, one of a number still reserved is left
    /// to its issuer.
    ///
    /// Runs under the write lock, so no other process is between writing a `.partial` file and
    /// committing its record.
    @discardableResult
    public func settlePendingFiles(in directory: String) throws -> Settlement {
        let folder = URL(fileURLWithPath: directory).standardizedFileURL
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return Settlement() }
        let pending = names.filter { $0.hasSuffix(PendingFile.suffix) }.sorted()
        guard !pending.isEmpty else { return Settlement() }
        return try store.write { ledger -> Settlement in
            var settlement = Settlement()
            let recorded = try ledger.recordedFiles()
            for name in pending {
                let partial = folder.appendingPathComponent(name).path
                let final = String(partial.dropLast(PendingFile.suffix.count))
                if try ledger.isReserved(file: final) {
                    // Its document is being recorded by another issuer, or will be rendered again.
                    continue
                } else if recorded.contains(final), !FileManager.default.fileExists(atPath: final) {
                    try PendingFile.finish(final)
                    settlement.finished.append(final)
                } else if FileManager.default.fileExists(atPath: partial) {
                    try FileManager.default.removeItem(atPath: partial)
                    settlement.removed.append(partial)
                }
            }
            return settlement
        }
    }
}
