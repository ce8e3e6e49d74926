import SwiftASN1

/// What a key is (RSA and its size, ECDSA and its curve, or another algorithm), told from its DER alone.
///
/// Crypto libraries refuse the keys they do not support without saying what they were; reading the structure
/// first lets a refusal name the key: « an RSA key of 1024 bits », « an ECDSA P-384 key », « a key of type Ed25519 ».
enum KeyKind: Sendable, Equatable, CustomStringConvertible {
    case rsa(bits: Int)
    case ecdsa(curve: String)
    case other(String)

    /// The keys Folio signs with, in words.
    static let accepted = "Folio signs with RSA keys of 2048 bits or more and ECDSA P-256 keys"

    var isAcceptedForSigning: Bool {
        switch self {
        case .rsa(let bits): bits >= 2048
        case .ecdsa(let curve): curve == "P-256"
        case .other: false
        }
    }

    var description: String {
        switch self {
        case .rsa(let bits): "an RSA key of \(bits) bits"
        case .ecdsa(let curve): "an ECDSA \(curve) key"
        case .other(let name): "a key of type \(name)"
        }
    }

    // RFC 5280 §4.1.2.7, RFC 8017 Appendix A.1.1, RFC 5480 §2
    /// The kind of the key in a certificate's subjectPublicKeyInfo.
    init(subjectPublicKeyInfo node: ASN1Node) throws(DERFormatError) {
        let spki = try node.children(.sequence, "the subjectPublicKeyInfo")
        let algorithm = try spki.node(0, "the key's algorithm").children(.sequence, "the key's algorithm")
        let oid = try algorithm.node(0, "the key's algorithm").objectIdentifier("the key's algorithm")
        switch oid {
        case OID.rsaEncryption, OID.rsassaPSS:
            let bits = try spki.node(1, "the RSA public key").bytes(.bitString, "the RSA public key").dropFirst()
            let key = try parseASN1(bits, "the RSA public key").children(.sequence, "the RSA public key")
            self = .rsa(bits: bitLength(ofInteger: try key.node(0, "the RSA modulus").bytes(.integer, "the RSA modulus")))
        case OID.ecPublicKey:
            self = .ecdsa(curve: Self.curveName(algorithm.count > 1 ? try algorithm[1].objectIdentifier("the curve") : nil))
        default:
            self = Self.otherAlgorithm(oid)
        }
    }

    // RFC 5208 §5, RFC 8017 Appendix A.1.2, RFC 5915 §3
    /// The kind of a private key in a PEM document: PKCS#8 (`PRIVATE KEY`), PKCS#1 (`RSA PRIVATE KEY`) or SEC 1
    /// (`EC PRIVATE KEY`).
    init(privateKeyPEM discriminator: String, der: [UInt8]) throws(DERFormatError) {
        let root = try parseASN1(der[...], "the private key").children(.sequence, "the private key")
        switch discriminator {
        case "RSA PRIVATE KEY":
            self = .rsa(bits: try Self.rsaModulusBits(privateKey: root))
        case "EC PRIVATE KEY":
            self = .ecdsa(curve: Self.curveName(try Self.sec1Curve(root)))
        case "PRIVATE KEY":
            let algorithm = try root.node(1, "the key's algorithm").children(.sequence, "the key's algorithm")
            let oid = try algorithm.node(0, "the key's algorithm").objectIdentifier("the key's algorithm")
            let inner = try root.node(2, "the private key").bytes(.octetString, "the private key")
            switch oid {
            case OID.rsaEncryption, OID.rsassaPSS:
                let key = try parseASN1(inner, "the RSA private key").children(.sequence, "the RSA private key")
                self = .rsa(bits: try Self.rsaModulusBits(privateKey: key))
            case OID.ecPublicKey:
                var curve = algorithm.count > 1 && algorithm[1].identifier == .objectIdentifier ? try algorithm[1].objectIdentifier("the curve") : nil
                if curve == nil {
                    curve = try Self.sec1Curve(try parseASN1(inner, "the EC private key").children(.sequence, "the EC private key"))
                }
                self = .ecdsa(curve: Self.curveName(curve))
            default:
                self = Self.otherAlgorithm(oid)
            }
        case "DSA PRIVATE KEY":
            self = .other("DSA")
        default:
            throw DERFormatError("a « \(discriminator) » is not a private key")
        }
    }

    private static func rsaModulusBits(privateKey nodes: [ASN1Node]) throws(DERFormatError) -> Int {
        // RSAPrivateKey ::= SEQUENCE { version, modulus, publicExponent, … }
        bitLength(ofInteger: try nodes.node(1, "the RSA modulus").bytes(.integer, "the RSA modulus"))
    }

    private static func sec1Curve(_ nodes: [ASN1Node]) throws(DERFormatError) -> ASN1ObjectIdentifier? {
        // ECPrivateKey ::= SEQUENCE { version, privateKey, [0] parameters OPTIONAL, [1] publicKey OPTIONAL }
        guard let parameters = nodes.first(where: { $0.isTagged(0) }) else { return nil }
        return try parameters.children(parameters.identifier, "the curve").node(0, "the curve").objectIdentifier("the curve")
    }

    private static func curveName(_ oid: ASN1ObjectIdentifier?) -> String {
        switch oid {
        case OID.secp256r1: "P-256"
        case OID.secp384r1: "P-384"
        case OID.secp521r1: "P-521"
        case let oid?: "curve \(oid)"
        case nil: "curve of unstated name"
        }
    }

    private static func otherAlgorithm(_ oid: ASN1ObjectIdentifier) -> KeyKind {
        switch oid {
        case OID.ed25519: .other("Ed25519")
        case OID.ed448: .other("Ed448")
        case OID.x25519: .other("X25519")
        case OID.x448: .other("X448")
        case OID.dsa: .other("DSA")
        default: .other("algorithm \(oid)")
        }
    }
}
