import SwiftASN1

/// The raw DER of the fields of an X.509 certificate that a CMS names it by, read without re-encoding.
///
/// A SignerInfo's `issuerAndSerialNumber` and an ESSCertIDv2's `issuerSerial` must repeat the certificate's issuer
/// exactly as the issuing CA encoded it, so the bytes are taken from the certificate itself.
struct CertificateFields: Sendable {
    /// The complete TLV of the serial number INTEGER.
    let serialNumber: ArraySlice<UInt8>
    /// The complete TLV of the issuer Name.
    let issuer: ArraySlice<UInt8>
    /// The subjectPublicKeyInfo element.
    let subjectPublicKeyInfo: ASN1Node

    // RFC 5280 §4.1
    init(der: [UInt8]) throws(DERFormatError) {
        let certificate = try parseASN1(der[...], "the certificate").children(.sequence, "the certificate")
        let tbs = try certificate.node(0, "the certificate's tbsCertificate").children(.sequence, "the tbsCertificate")
        // version [0] EXPLICIT is absent from version 1 certificates.
        let first = (try tbs.node(0, "the certificate's serial number")).isTagged(0) ? 1 : 0
        let serial = try tbs.node(first, "the certificate's serial number")
        guard serial.identifier == .integer else { throw DERFormatError("the certificate's serial number is not an INTEGER") }
        let issuer = try tbs.node(first + 2, "the certificate's issuer")
        guard issuer.identifier == .sequence else { throw DERFormatError("the certificate's issuer is not a Name") }
        self.serialNumber = serial.encodedBytes
        self.issuer = issuer.encodedBytes
        self.subjectPublicKeyInfo = try tbs.node(first + 5, "the certificate's subjectPublicKeyInfo")
    }
}
