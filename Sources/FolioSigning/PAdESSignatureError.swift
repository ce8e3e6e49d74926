/// Why a PAdES signature could not be made (a digest of the wrong size, the key refusing to sign).
public struct PAdESSignatureError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in words.
    public let reason: String

    init(_ reason: String) { self.reason = reason }

    public var description: String { reason }
}
