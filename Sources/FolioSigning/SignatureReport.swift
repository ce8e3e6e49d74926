import Foundation
import X509

/// What a check of a CMS signature found: whether the content is intact, who signed, whether that signer is trusted,
/// and every problem in words.
///
/// ```swift
/// let report = await CMSSignatureCheck.check(cms, content: signedBytes, trustRoots: [caCertificate])
/// if report.intact, report.trusted == true { print("signed by \(report.signerName ?? "?")") }
/// else { report.problems.forEach { print("- \($0)") } }
/// ```
public struct SignatureReport: Sendable {
    /// True when the content is exactly what was signed: the signed messageDigest is the content's digest and the
    /// signature verifies with the signer certificate's key (without signed attributes: the signature over the content).
    public var intact = false
    /// The signer certificate's subject common name (CN), or its whole subject when it has none.
    public var signerName: String?
    /// The signer certificate's organisation (O).
    public var organisation: String?
    /// The SHA-256 of the signer certificate's DER, in lowercase hexadecimal.
    public var fingerprint: String?
    /// The time the signer's software claims in a signing-time attribute (not proof of anything); PAdES puts none.
    public var claimedSigningTime: Date?
    /// The signer's certificate, when found in the CMS.
    public var signer: Certificate?
    /// Every certificate the CMS carries.
    public var certificates: [Certificate] = []
    /// The message digest algorithm (« SHA-256 »).
    public var digestAlgorithm: String?
    /// The signature scheme (« RSA PKCS#1 v1.5 with SHA-256 », « ECDSA with SHA-256 »).
    public var signatureAlgorithm: String?
    /// Whether the signer's certificate chains to one of the given trust roots (RFC 5280); nil when none was given.
    public var trusted: Bool?
    /// Each thing wrong, in words.
    public var problems: [String] = []

    public init() {}
}
