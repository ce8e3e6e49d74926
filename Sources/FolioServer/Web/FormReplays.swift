import Foundation

/// The keys of forms already posted (a hidden random `request` field), so that a double click on
/// a form the ledger has no idempotency key for (a payment) acts once. Kept an hour in memory, at
/// most 100,000: a retry minutes later on the same server; across servers, the ledger's own rules
/// (never more than is due) still hold.
final class FormReplays: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [String: Date] = [:]

    /// True the first time a key is seen within the hour, false after.
    func first(_ key: String, now: Date = Date()) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if seen.count > 100_000 { seen = seen.filter { now.timeIntervalSince($0.value) < 3600 } }
        if let when = seen[key], now.timeIntervalSince(when) < 3600 { return false }
        seen[key] = now
        return true
    }
}
