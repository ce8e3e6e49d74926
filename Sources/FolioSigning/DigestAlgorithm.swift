import Crypto
import Foundation
import SwiftASN1

/// A hash function a CMS signature may use for its message digest: the SHA-2 family only.
enum DigestAlgorithm: Sendable, Equatable, CaseIterable {
    case sha256, sha384, sha512

    /// The algorithm an identifier names, or nil for one Folio does not accept (SHA-1, MD5…).
    init?(_ oid: ASN1ObjectIdentifier) {
        guard let found = Self.allCases.first(where: { $0.oid == oid }) else { return nil }
        self = found
    }

    // RFC 5754 §2
    var oid: ASN1ObjectIdentifier {
        switch self {
        case .sha256: OID.sha256
        case .sha384: OID.sha384
        case .sha512: OID.sha512
        }
    }

    var name: String {
        switch self {
        case .sha256: "SHA-256"
        case .sha384: "SHA-384"
        case .sha512: "SHA-512"
        }
    }

    /// The length of a digest in bytes.
    var length: Int {
        switch self {
        case .sha256: 32
        case .sha384: 48
        case .sha512: 64
        }
    }

    func hash(_ bytes: some DataProtocol) -> [UInt8] {
        switch self {
        case .sha256: Array(SHA256.hash(data: bytes))
        case .sha384: Array(SHA384.hash(data: bytes))
        case .sha512: Array(SHA512.hash(data: bytes))
        }
    }

    /// The usual name of an identifier that is not one of these (for a problem's wording).
    static func describe(_ oid: ASN1ObjectIdentifier) -> String {
        if let known = DigestAlgorithm(oid) { return known.name }
        if oid == OID.sha1 { return "SHA-1" }
        return "algorithm \(oid)"
    }
}
