import Foundation

/// Slows down password guessing on the sign-in page: after `loginLimit` failed attempts within
/// `window` for one login, or `addressLimit` from one address (higher: an office signs in from one
/// address), further attempts are refused until the oldest failure is older than the window —
/// whatever the password (OWASP Authentication Cheat Sheet, "Account lockout"; NIST SP 800-63B
/// § 5.2.2 rate limiting).
///
/// An attempt is counted as a failure before its password is checked, and taken back when it
/// succeeds: attempts sent together are all counted, so a burst gets no more tries than one at a
/// time. At most `concurrent` passwords are checked at once (each scrypt takes 32 MB and about
/// 0.1 s), so sign-ins cannot fill the workers that render documents.
///
/// Kept in memory: each server counts its own attempts, so behind N servers a guesser gets at most
/// N × `loginLimit` tries per window, still far too few against a 12-character password.
final class SignInThrottle: @unchecked Sendable {
    /// 5 failures of a login per 15 minutes: enough for a person who mistypes, hopeless for a guesser.
    let loginLimit: Int
    /// 50 failures from one address per 15 minutes: a guesser trying many logins.
    let addressLimit: Int
    let window: TimeInterval
    let concurrent: Int
    private let lock = NSLock()
    private var failures: [Key: [Date]] = [:]
    private var checking = 0

    private enum Key: Hashable {
        case login(String)
        case address(String)
    }

    /// What may be done with an attempt.
    enum Verdict: Equatable {
        /// Check the password, then call ``finished(login:address:_:)``.
        case allowed
        /// Refused: try again in this many seconds.
        case wait(Int)
        /// Refused: too many passwords being checked right now.
        case busy
    }

    init(loginLimit: Int = 5, addressLimit: Int = 50, window: TimeInterval = 15 * 60, concurrent: Int = 4) {
        self.loginLimit = loginLimit
        self.addressLimit = addressLimit
        self.window = window
        self.concurrent = concurrent
    }

    /// Whether an attempt may be made now; when it may, it is counted as a failure already.
    func attempt(login: String, address: String?, now: Date = Date()) -> Verdict {
        lock.lock()
        defer { lock.unlock() }
        let waits = keys(login, address).compactMap { key -> TimeInterval? in
            let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
            failures[key] = recent.isEmpty ? nil : recent
            guard recent.count >= limit(of: key), let oldest = recent.first else { return nil }
            return window - now.timeIntervalSince(oldest)
        }
        if let wait = waits.max() { return .wait(max(1, Int(wait.rounded(.up)))) }
        guard checking < concurrent else { return .busy }
        checking += 1
        for key in keys(login, address) { failures[key, default: []].append(now) }
        // Bounded memory under a spray of logins: forget the oldest keys past 100,000.
        if failures.count > 100_000 {
            for key in failures.keys.prefix(failures.count - 100_000) { failures[key] = nil }
        }
        return .allowed
    }

    /// How an allowed attempt ended.
    enum Outcome {
        case succeeded
        case failed
        /// The password could not be checked (the server is busy): the attempt is not counted.
        case abandoned
    }

    /// The end of an allowed attempt: a success clears the login's failures; a success or an
    /// abandoned attempt takes back what it was counted for.
    func finished(login: String, address: String?, _ outcome: Outcome) {
        lock.lock()
        defer { lock.unlock() }
        checking -= 1
        guard outcome != .failed else { return }
        for key in keys(login, address) {
            guard var recent = failures[key], !recent.isEmpty else { continue }
            recent.removeLast()
            failures[key] = recent.isEmpty ? nil : recent
        }
        if outcome == .succeeded { failures[.login(login)] = nil }
    }

    private func limit(of key: Key) -> Int {
        switch key {
        case .login: return loginLimit
        case .address: return addressLimit
        }
    }

    private func keys(_ login: String, _ address: String?) -> [Key] {
        [.login(login)] + (address.map { [.address($0)] } ?? [])
    }
}
