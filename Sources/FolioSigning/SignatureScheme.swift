import _CryptoExtras
import Crypto
import Foundation
import SwiftASN1
import X509

/// How a SignerInfo's signature was made: RSA PKCS#1 v1.5, RSA-PSS or ECDSA, each with a SHA-2 hash.
enum SignatureScheme: Sendable, Equatable, CustomStringConvertible {
    case pkcs1(DigestAlgorithm)
    case pss(DigestAlgorithm)
    case ecdsa(DigestAlgorithm)

    // RFC 5652 §10.1.2, RFC 3370 §3.2, RFC 4056 §2, RFC 5758 §3.2
    /// The scheme a signatureAlgorithm names; a bare rsaEncryption or id-ecPublicKey (as some signers write) takes
    /// the SignerInfo's digest algorithm.
    /// - Throws: ``DERFormatError`` saying what is not supported.
    init(_ oid: ASN1ObjectIdentifier, parameters: ASN1Node?, digest: DigestAlgorithm) throws(DERFormatError) {
        switch oid {
        case OID.rsaEncryption: self = .pkcs1(digest)
        case OID.sha256WithRSAEncryption: self = .pkcs1(.sha256)
        case OID.sha384WithRSAEncryption: self = .pkcs1(.sha384)
        case OID.sha512WithRSAEncryption: self = .pkcs1(.sha512)
        case OID.ecPublicKey: self = .ecdsa(digest)
        case OID.ecdsaWithSHA256: self = .ecdsa(.sha256)
        case OID.ecdsaWithSHA384: self = .ecdsa(.sha384)
        case OID.ecdsaWithSHA512: self = .ecdsa(.sha512)
        case OID.rsassaPSS: self = .pss(try Self.pssHash(parameters))
        default: throw DERFormatError("the signature algorithm \(oid) is not supported (RSA PKCS#1 v1.5, RSA-PSS and ECDSA with SHA-2 are)")
        }
    }

    var description: String {
        switch self {
        case .pkcs1(let digest): "RSA PKCS#1 v1.5 with \(digest.name)"
        case .pss(let digest): "RSA-PSS with \(digest.name)"
        case .ecdsa(let digest): "ECDSA with \(digest.name)"
        }
    }

    /// Whether `signature` is the signature of `bytes` by the private key of `key`.
    func verifies(_ signature: [UInt8], over bytes: [UInt8], with key: Certificate.PublicKey) -> Bool {
        switch self {
        case .pkcs1(let digest):
            let algorithm: Certificate.SignatureAlgorithm = switch digest {
            case .sha256: .sha256WithRSAEncryption
            case .sha384: .sha384WithRSAEncryption
            case .sha512: .sha512WithRSAEncryption
            }
            return key.isValidSignature(signature, for: bytes, signatureAlgorithm: algorithm)
        case .ecdsa(let digest):
            let algorithm: Certificate.SignatureAlgorithm = switch digest {
            case .sha256: .ecdsaWithSHA256
            case .sha384: .ecdsaWithSHA384
            case .sha512: .ecdsaWithSHA512
            }
            return key.isValidSignature(signature, for: bytes, signatureAlgorithm: algorithm)
        case .pss(let digest):
            guard let rsa = _RSA.Signing.PublicKey(key) else { return false }
            let rsaSignature = _RSA.Signing.RSASignature(rawRepresentation: signature)
            // swift-crypto's PSS uses MGF1 with the same hash and a salt as long as the digest, as required below.
            return switch digest {
            case .sha256: rsa.isValidSignature(rsaSignature, for: SHA256.hash(data: bytes), padding: .PSS)
            case .sha384: rsa.isValidSignature(rsaSignature, for: SHA384.hash(data: bytes), padding: .PSS)
            case .sha512: rsa.isValidSignature(rsaSignature, for: SHA512.hash(data: bytes), padding: .PSS)
            }
        }
    }

    // RFC 4055 §3.1
    /// The hash of RSASSA-PSS parameters, accepted when the mask uses MGF1 with that hash and the salt is as long
    /// as its digest (what pyHanko, Acrobat and OpenSSL's `-keyopt rsa_pss_saltlen:digest` write).
    private static func pssHash(_ parameters: ASN1Node?) throws(DERFormatError) -> DigestAlgorithm {
        guard let parameters else { throw DERFormatError("RSA-PSS without parameters (SHA-1) is not supported") }
        var hash: ASN1ObjectIdentifier = OID.sha1
        var maskHash: ASN1ObjectIdentifier = OID.sha1
        var saltLength = 20
        for field in try parameters.children(.sequence, "the RSA-PSS parameters") {
            let inner = try field.children(field.identifier, "an RSA-PSS parameter").node(0, "an RSA-PSS parameter")
            if field.isTagged(0) {
                hash = try CMSSignerInfo.algorithm(inner, "the RSA-PSS hash").oid
            } else if field.isTagged(1) {
                let mask = try CMSSignerInfo.algorithm(inner, "the RSA-PSS mask")
                guard mask.oid == OID.mgf1, let maskParameters = mask.parameters else {
                    throw DERFormatError("an RSA-PSS mask other than MGF1 is not supported")
                }
                maskHash = try CMSSignerInfo.algorithm(maskParameters, "the RSA-PSS mask hash").oid
            } else if field.isTagged(2) {
                let length = try inner.bytes(.integer, "the RSA-PSS salt length")
                guard length.count <= 4 else { throw DERFormatError("the RSA-PSS salt length is out of range") }
                saltLength = length.reduce(0) { $0 << 8 | Int($1) }
            }
        }
        guard let digest = DigestAlgorithm(hash) else {
            throw DERFormatError("RSA-PSS with \(DigestAlgorithm.describe(hash)) is not supported")
        }
        guard maskHash == hash, saltLength == digest.length else {
            throw DERFormatError("RSA-PSS with a \(saltLength)-byte salt or a mask hash other than \(digest.name) is not supported (the salt must be as long as the digest)")
        }
        return digest
    }
}
