import Foundation

/// Slows down password guessing on the sign-in page: after `loginLimit` failed attempts within
/// `window` for one login, or `addressLimit` from one address (higher: an office signs in from one
/// address), further attempts are refused until the oldest failure is older than the window —
/// whatever the password (OWASP Authentication Cheat Sheet, "Account lockout"; NIST SP 800-63B
/// § 5.2.2 rate limiting). A success clears the login's failures.
///
/// Kept in memory: each server counts its own attempts, so behind N servers a guesser gets at most
/// N × `loginLimit` tries per window, still far too few against a 12-character password.
final class SignInThrottle: @unchecked Sendable {
    /// 5 failures of a login per 15 minutes: enough for a person who mistypes, hopeless for a guesser.
    let loginLimit: Int
    /// 50 failures from one address per 15 minutes: a guesser trying many logins.
    let addressLimit: Int
    let window: TimeInterval
    private let lock = NSLock()
    private var failures: [Key: [Date]] = [:]

    private enum Key: Hashable {
        case login(String)
        case address(String)
    }

    init(loginLimit: Int = 5, addressLimit: Int = 50, window: TimeInterval = 15 * 60) {
        self.loginLimit = loginLimit
        self.addressLimit = addressLimit
        self.window = window
    }

    /// Seconds to wait before trying again, or nil when an attempt may be made now.
    func wait(login: String, address: String?, now: Date = Date()) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        let waits = keys(login, address).compactMap { key -> TimeInterval? in
            let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
            failures[key] = recent.isEmpty ? nil : recent
            let limit: Int
            switch key {
            case .login: limit = loginLimit
            case .address: limit = addressLimit
            }
            guard recent.count >= limit, let oldest = recent.first else { return nil }
            return window - now.timeIntervalSince(oldest)
        }
        return waits.max().map { Int($0.rounded(.up)) }
    }

    func failed(login: String, address: String?, now: Date = Date()) {
        lock.lock()
        defer { lock.unlock() }
        for key in keys(login, address) { failures[key, default: []].append(now) }
        // Bounded memory under a spray of logins: forget the oldest keys past 100,000.
        if failures.count > 100_000 {
            for key in failures.keys.prefix(failures.count - 100_000) { failures[key] = nil }
        }
    }

    func succeeded(login: String) {
        lock.lock()
        defer { lock.unlock() }
        failures[.login(login)] = nil
    }

    private func keys(_ login: String, _ address: String?) -> [Key] {
        [.login(login)] + (address.map { [.address($0)] } ?? [])
    }
}
