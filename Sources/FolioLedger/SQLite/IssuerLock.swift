import Foundation

/// Tells a reservation whose issuer is still at work from one whose issuer died.
///
/// Each ledger connection that reserves a number holds an exclusive `flock` on a file of its own,
/// `LEDGER-issuers/TOKEN.lock`, for as long as it is open. The system drops the lock when the process
/// ends, however it ends, so a lock that can be taken means the issuer is gone: no process IDs, which
/// the system reuses.
final class IssuerLock: @unchecked Sendable {
    /// The folder of the lock files, beside the ledger.
    let folder: String
    private let guardLock = NSLock()
    private var held: (token: String, descriptor: Int32)?

    init(ledgerPath: String) {
        folder = ledgerPath + "-issuers"
    }

    deinit {
        if let held {
            unlink(path(of: held.token))
            close(held.descriptor)
        }
    }

    /// This connection's token, its lock taken on first use.
    func token() throws -> String {
        guardLock.lock()
        defer { guardLock.unlock() }
        if let held { return held.token }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let token = UUID().uuidString.lowercased()
        let descriptor = open(path(of: token), O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else { throw LedgerFailure("cannot create \(path(of: token)): \(String(cString: strerror(errno)))") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw LedgerFailure("cannot lock \(path(of: token)): \(String(cString: strerror(errno)))")
        }
        held = (token, descriptor)
        return token
    }

    /// Whether the issuer holding `token` is gone: given up (empty token), its lock file missing, or
    /// its lock free. A stale lock file is removed.
    func isGone(_ token: String) -> Bool {
        guard !token.isEmpty else { return true }
        guardLock.lock()
        let mine = held?.token == token
        guardLock.unlock()
        if mine { return false }
        let file = path(of: token)
        let descriptor = open(file, O_RDWR)
        guard descriptor >= 0 else { return true }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { return false }
        unlink(file)
        return true
    }

    private func path(of token: String) -> String { "\(folder)/\(token).lock" }
}
