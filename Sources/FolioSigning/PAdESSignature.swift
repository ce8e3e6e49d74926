import Crypto
import Foundation
import SwiftASN1
import X509

/// The CMS of a PAdES baseline B-B signature: a detached SignedData over the bytes a PDF signature covers.
///
/// The PDF's signature dictionary names it with /SubFilter /ETSI.CAdES.detached and holds it, hex-encoded, in
/// /Contents. The digest is SHA-256; the signed attributes are exactly contentType, messageDigest and
/// signing-certificate-v2, and no signing-time (the dictionary's /M says when); the certificate and its chain travel in
/// the CMS. RSA keys sign with PKCS#1 v1.5, P-256 keys with ECDSA.
///
/// ```swift
/// let identity = try SigningIdentity.load(certificate: "seller.pem", chain: ["chain.pem"], privateKey: "seller.key")
/// let reserved = PAdESSignature.maximumLength(for: identity)   // bytes to leave in /Contents
/// let cms = try PAdESSignature.sign(byteRanges, identity: identity)
/// ```
public enum PAdESSignature {
    // ETSI EN 319 142-1 (PAdES baseline signatures: SubFilter ETSI.CAdES.detached, no CMS signing-time)
    /// The /SubFilter of the PDF signature dictionary this CMS goes with.
    public static let subFilter = "ETSI.CAdES.detached"

    /// The DER of a ContentInfo holding the detached SignedData over `content` (the PDF's signed byte ranges).
    public static func sign(_ content: [UInt8], identity: SigningIdentity) throws(PAdESSignatureError) -> [UInt8] {
        try sign(digest: DigestAlgorithm.sha256.hash(content), identity: identity)
    }

    /// The same signature, given the SHA-256 of the content instead of the content (when it was hashed while written).
    public static func sign(digest: [UInt8], identity: SigningIdentity) throws(PAdESSignatureError) -> [UInt8] {
        guard digest.count == DigestAlgorithm.sha256.length else {
            throw PAdESSignatureError("a SHA-256 digest has 32 bytes, not \(digest.count)")
        }
        do {
            let attributes = try signedAttributes(digest: digest, identity: identity)
            // RFC 5652 §5.4: the signature covers the DER of the signed attributes tagged as a SET OF, not [0].
            var signedBytes = DER.Serializer()
            try signedBytes.serializeSetOf(attributes)
            let (algorithm, oid, isRSA) = signatureAlgorithm(identity.keyKind)
            let signature = try identity.privateKey.sign(bytes: signedBytes.serializedBytes, signatureAlgorithm: algorithm)
            return try contentInfo(identity: identity, attributes: attributes, signatureOID: oid, nullParameters: isRSA,
                                   signature: signature.rawRepresentation)
        } catch {
            throw PAdESSignatureError("the CMS signature could not be made: \(error)")
        }
    }

    /// An upper bound of the length of the CMS ``sign(_:identity:)`` makes with `identity`: the room to reserve for it
    /// in the PDF's /Contents (twice as many hexadecimal digits).
    public static func maximumLength(for identity: SigningIdentity) -> Int {
        // An ECDSA signature's DER varies by a few bytes; RSA's length is fixed. Sign once to measure the rest.
        let measured = (try? sign(digest: [UInt8](repeating: 0, count: 32), identity: identity).count)
            ?? (identity.certificateDER.count + identity.chainDER.reduce(0) { $0 + $1.count } + 2048)
        return measured + 16
    }

    // RFC 5652 §5.3, §11.1, §11.2; RFC 5035 §3; ETSI EN 319 122-1 §5.2.2
    /// contentType, messageDigest and signing-certificate-v2, each the DER of an Attribute, in no particular order
    /// (the SET OF that holds them sorts them).
    static func signedAttributes(digest: [UInt8], identity: SigningIdentity) throws -> [RawDER] {
        func attribute(_ type: ASN1ObjectIdentifier, _ value: (inout DER.Serializer) throws -> Void) throws -> RawDER {
            var coder = DER.Serializer()
            try coder.appendConstructedNode(identifier: .sequence) { attribute in
                try attribute.serialize(type)
                try attribute.appendConstructedNode(identifier: .set) { try value(&$0) }
            }
            return RawDER(coder.serializedBytes)
        }
        let contentType = try attribute(OID.contentType) { try $0.serialize(OID.data) }
        let messageDigest = try attribute(OID.messageDigest) { try $0.serialize(ASN1OctetString(contentBytes: digest[...])) }
        let certificateHash = DigestAlgorithm.sha256.hash(identity.certificateDER)
        let signingCertificate = try attribute(OID.signingCertificateV2) { value in
            // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }
            try value.appendConstructedNode(identifier: .sequence) { signingCertificate in
                try signingCertificate.appendConstructedNode(identifier: .sequence) { certs in
                    // ESSCertIDv2: hashAlgorithm is left out, its DEFAULT being SHA-256 (X.690 §11.5).
                    try certs.appendConstructedNode(identifier: .sequence) { certID in
                        try certID.serialize(ASN1OctetString(contentBytes: certificateHash[...]))
                        // IssuerSerial ::= SEQUENCE { issuer GeneralNames, serialNumber } — RFC 5035 §4
                        certID.appendConstructedNode(identifier: .sequence) { issuerSerial in
                            issuerSerial.appendConstructedNode(identifier: .sequence) { generalNames in
                                // directoryName [4] EXPLICIT Name — RFC 5280 §4.2.1.6
                                generalNames.appendConstructedNode(identifier: ASN1Identifier(tagWithNumber: 4, tagClass: .contextSpecific)) {
                                    $0.serializeRawBytes(identity.fields.issuer)
                                }
                            }
                            issuerSerial.serializeRawBytes(identity.fields.serialNumber)
                        }
                    }
                }
            }
        }
        return [contentType, messageDigest, signingCertificate]
    }

    /// The signature algorithm for a key Folio signs with: PKCS#1 v1.5 with SHA-256 for RSA, ECDSA with SHA-256 for P-256.
    private static func signatureAlgorithm(_ kind: KeyKind) -> (Certificate.SignatureAlgorithm, ASN1ObjectIdentifier, isRSA: Bool) {
        if case .rsa = kind { return (.sha256WithRSAEncryption, OID.sha256WithRSAEncryption, true) }
        return (.ecdsaWithSHA256, OID.ecdsaWithSHA256, false)
    }

    // RFC 5652 §3, §5.1, §5.3
    private static func contentInfo(identity: SigningIdentity, attributes: [RawDER], signatureOID: ASN1ObjectIdentifier,
                                    nullParameters: Bool, signature: [UInt8]) throws -> [UInt8] {
        let implicitZero = ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific)
        var coder = DER.Serializer()
        try coder.appendConstructedNode(identifier: .sequence) { contentInfo in
            try contentInfo.serialize(OID.signedData)
            try contentInfo.serialize(explicitlyTaggedWithTagNumber: 0, tagClass: .contextSpecific) { explicit in
                try explicit.appendConstructedNode(identifier: .sequence) { signedData in
                    // Version 1: issuerAndSerialNumber, id-data content, X.509 certificates only (§5.1).
                    try signedData.serialize(1)
                    try signedData.appendConstructedNode(identifier: .set) { try $0.serializeAlgorithm(OID.sha256) }
                    // encapContentInfo without eContent: the content is detached.
                    try signedData.appendConstructedNode(identifier: .sequence) { try $0.serialize(OID.data) }
                    let certificates = ([identity.certificateDER] + identity.chainDER).map(RawDER.init)
                    try signedData.serializeSetOf(certificates, identifier: implicitZero)
                    try signedData.appendConstructedNode(identifier: .set) { signerInfos in
                        try signerInfos.appendConstructedNode(identifier: .sequence) { signerInfo in
                            try signerInfo.serialize(1)
                            signerInfo.appendConstructedNode(identifier: .sequence) { sid in
                                sid.serializeRawBytes(identity.fields.issuer)
                                sid.serializeRawBytes(identity.fields.serialNumber)
                            }
                            try signerInfo.serializeAlgorithm(OID.sha256)
                            try signerInfo.serializeSetOf(attributes, identifier: implicitZero)
                            try signerInfo.serializeAlgorithm(signatureOID, nullParameters: nullParameters)
                            try signerInfo.serialize(ASN1OctetString(contentBytes: signature[...]))
                        }
                    }
                }
            }
        }
        return coder.serializedBytes
    }
}
