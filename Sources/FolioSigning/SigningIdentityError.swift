/// Why a signing identity cannot be loaded or used: the file at fault and the reason in words.
///
/// ```swift
/// do { _ = try SigningIdentity.load(certificate: "seller.pem", chain: [], privateKey: "seller.key") }
/// catch { print(error) }   // seller.key: an RSA key of 1024 bits: Folio signs with RSA keys of 2048 bits or more…
/// ```
public struct SigningIdentityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path of the file at fault (or the name given to PEM text read from elsewhere).
    public let file: String
    /// What is wrong, in words.
    public let reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}
