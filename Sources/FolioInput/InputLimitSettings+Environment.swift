import FolioCore
import Foundation

extension InputLimitSettings {
    /// The environment variable that raises or lowers limits: `FOLIO_LIMITS="order.lines=200000 einvoice.bytes=64MB"`.
    public static let environmentVariable = "FOLIO_LIMITS"

    /// The limits of this process: the defaults as `FOLIO_LIMITS` changes them (the defaults when it
    /// is not valid: ``fromEnvironment(_:)`` says why, and `folio` refuses to start).
    public static let current: InputLimitSettings = (try? fromEnvironment()) ?? .defaults

    /// The settings `FOLIO_LIMITS` gives.
    ///
    /// - Throws: ``InvalidField`` naming the entry at fault, its path prefixed with `FOLIO_LIMITS`.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(InvalidField) -> InputLimitSettings {
        guard let setting = environment[environmentVariable], !setting.isEmpty else { return .defaults }
        do { return try InputLimitSettings(setting) } catch {
            throw InvalidField("\(environmentVariable): \(error.path)", error.reason)
        }
    }
}
