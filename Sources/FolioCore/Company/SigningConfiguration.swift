/// The company's electronic signature: its certificate, the chain up to its authority, and its private
/// key (PEM files, paths relative to the profile's folder), and which documents it signs by default.
///
/// ```yaml
/// signing:
///   certificate: signing/seller.pem
///   chain: [signing/ca.pem]
///   privateKey: signing/seller.key
///   documents: [quote]          # signed without --sign (default: quotes)
/// ```
public struct SigningConfiguration: Sendable, Hashable {
    public var certificate: String
    public var chain: [String]
    public var privateKey: String
    /// The kinds of documents signed by default; `--sign` / `--no-sign` decide for one command.
    public var documents: Set<Order.Kind>

    public init(certificate: String, chain: [String] = [], privateKey: String, documents: Set<Order.Kind> = [.quote]) {
        self.certificate = certificate
        self.chain = chain
        self.privateKey = privateKey
        self.documents = documents
    }
}
