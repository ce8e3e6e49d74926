import SwiftASN1

/// Bytes already encoded in DER, written as they are (a certificate, an issuer Name, a prepared attribute).
struct RawDER: DERSerializable, Sendable {
    let bytes: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }
    init(_ bytes: [UInt8]) { self.bytes = bytes[...] }

    func serialize(into coder: inout DER.Serializer) {
        coder.serializeRawBytes(bytes)
    }
}

extension DER.Serializer {
    // RFC 5280 §4.1.1.2
    /// Writes an AlgorithmIdentifier: the algorithm and, for RSA PKCS#1 v1.5 (RFC 4055 §5), NULL parameters.
    mutating func serializeAlgorithm(_ oid: ASN1ObjectIdentifier, nullParameters: Bool = false) throws {
        try appendConstructedNode(identifier: .sequence) { algorithm in
            try algorithm.serialize(oid)
            if nullParameters { try algorithm.serialize(ASN1Null()) }
        }
    }
}
