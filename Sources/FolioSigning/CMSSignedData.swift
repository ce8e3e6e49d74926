import SwiftASN1

/// A CMS SignedData as read from a ContentInfo, kept close to its encoding: what a check needs and nothing more.
///
/// Reads what Folio, pyHanko, Acrobat and OpenSSL write: DER or BER (indefinite lengths), detached or not, with the
/// zero bytes a PDF's /Contents pads the CMS with after its end.
struct CMSSignedData: Sendable {
    /// The type of the signed content (id-data for a PDF signature).
    let contentType: ASN1ObjectIdentifier
    /// The content when the CMS carries it (attached), nil when detached.
    let content: [UInt8]?
    /// The DER of each X.509 certificate in `certificates` (other certificate choices are skipped).
    let certificates: [ArraySlice<UInt8>]
    let signers: [CMSSignerInfo]

    // RFC 5652 §3, §5.1, §5.2
    init(_ bytes: [UInt8]) throws(DERFormatError) {
        let root = try Self.root(bytes)
        let contentInfo = try root.children(.sequence, "the ContentInfo")
        guard try contentInfo.node(0, "the content type").objectIdentifier("the content type") == OID.signedData else {
            throw DERFormatError("its content type is not signedData")
        }
        let explicit = try contentInfo.node(1, "the SignedData").children(ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific), "the SignedData's [0] tag")
        let signedData = try explicit.node(0, "the SignedData").children(.sequence, "the SignedData")

        // version, digestAlgorithms, encapContentInfo, [0] certificates, [1] crls, signerInfos
        _ = try signedData.node(0, "the SignedData's version").bytes(.integer, "the SignedData's version")
        _ = try signedData.node(1, "the digest algorithms").children(.set, "the digest algorithms")
        let encapsulated = try signedData.node(2, "the encapsulated content").children(.sequence, "the encapsulated content")
        contentType = try encapsulated.node(0, "the encapsulated content type").objectIdentifier("the encapsulated content type")
        if encapsulated.count > 1 {
            let wrapper = try encapsulated[1].children(ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific), "the encapsulated content")
            content = try Self.octets(try wrapper.node(0, "the encapsulated content"), "the encapsulated content")
        } else {
            content = nil
        }

        var index = 3
        var certificates: [ArraySlice<UInt8>] = []
        if index < signedData.count, signedData[index].isTagged(0) {
            for choice in try signedData[index].children(signedData[index].identifier, "the certificates") where choice.identifier == .sequence {
                certificates.append(choice.encodedBytes)
            }
            index += 1
        }
        if index < signedData.count, signedData[index].isTagged(1) { index += 1 }
        self.certificates = certificates
        let signerInfos = try signedData.node(index, "the signer infos").children(.set, "the signer infos")
        var signers: [CMSSignerInfo] = []
        for signerInfo in signerInfos { signers.append(try CMSSignerInfo(signerInfo)) }
        self.signers = signers
    }

    /// The most ASN.1 elements read: a CMS with a few certificates has about a thousand, one carrying large CRLs
    /// (Acrobat's revocation archive) tens of thousands.
    static let maximumElements = 250_000

    /// The ContentInfo's root node, past the zero bytes that may follow it.
    private static func root(_ bytes: [UInt8]) throws(DERFormatError) -> ASN1Node {
        guard bytes.count >= 2, bytes[0] == 0x30 else { throw DERFormatError("it does not start with an ASN.1 SEQUENCE") }
        guard ElementCount.count(bytes[...], limit: maximumElements) <= maximumElements else {
            throw DERFormatError("it holds more than \(maximumElements) ASN.1 elements, far more than any signature")
        }
        if bytes[1] != 0x80 {
            // Definite length: the CMS ends where its length says; what follows must be padding.
            var length = Int(bytes[1])
            var header = 2
            if length > 0x80 {
                let count = length - 0x80
                guard count <= 4, bytes.count >= 2 + count else { throw DERFormatError("its length is malformed") }
                length = bytes[2..<(2 + count)].reduce(0) { $0 << 8 | Int($1) }
                header += count
            }
            guard header + length <= bytes.count else {
                throw DERFormatError("it is truncated (\(bytes.count) bytes where its header announces \(header + length))")
            }
            guard bytes[(header + length)...].allSatisfy({ $0 == 0 }) else {
                throw DERFormatError("bytes other than padding follow its end")
            }
            return try parseASN1(bytes[..<(header + length)], "the CMS", allowingBER: true)
        }
        // Indefinite length (BER): its end-of-contents octets are zeros too, so try the likely counts.
        let trimmed = bytes[..<(bytes.lastIndex(where: { $0 != 0 }).map { $0 + 1 } ?? 0)]
        var firstError: DERFormatError?
        for zeros in stride(from: 2, through: 16, by: 2) {
            do {
                return try parseASN1(trimmed + [UInt8](repeating: 0, count: zeros), "the CMS", allowingBER: true)
            } catch {
                firstError = firstError ?? error
            }
        }
        throw firstError ?? DERFormatError("the CMS is not well-formed BER")
    }

    /// The bytes of an OCTET STRING, primitive or (in BER) constructed from segments.
    static func octets(_ node: ASN1Node, _ what: String) throws(DERFormatError) -> [UInt8] {
        guard node.identifier == .octetString else { throw DERFormatError("\(what) is not an OCTET STRING") }
        switch node.content {
        case .primitive(let bytes):
            return Array(bytes)
        case .constructed(let segments):
            var result: [UInt8] = []
            for segment in segments { result += try octets(segment, what) }
            return result
        }
    }
}

/// One SignerInfo of a SignedData: who signed, with which algorithms, over which attributes.
struct CMSSignerInfo: Sendable {
    /// How the SignerInfo names the signer's certificate.
    enum Identifier: Sendable {
        /// The complete TLVs of the issuer Name and serial number INTEGER.
        case issuerAndSerialNumber(issuer: ArraySlice<UInt8>, serialNumber: ArraySlice<UInt8>)
        case subjectKeyIdentifier(ArraySlice<UInt8>)
    }

    let identifier: Identifier
    let digestAlgorithm: ASN1ObjectIdentifier
    /// The signed attributes by type (each with its values), nil when the SignerInfo has none.
    let signedAttributes: [(type: ASN1ObjectIdentifier, values: [ASN1Node])]?
    /// What the signature covers when there are signed attributes: their encoding tagged as a SET OF.
    let signedAttributesAsSet: [UInt8]?
    let signatureAlgorithm: ASN1ObjectIdentifier
    let signatureParameters: ASN1Node?
    let signature: [UInt8]

    // RFC 5652 §5.3, §10.2.4
    init(_ node: ASN1Node) throws(DERFormatError) {
        let fields = try node.children(.sequence, "the SignerInfo")
        _ = try fields.node(0, "the SignerInfo's version").bytes(.integer, "the SignerInfo's version")
        let sid = try fields.node(1, "the signer identifier")
        if sid.identifier == .sequence {
            let parts = try sid.children(.sequence, "the issuer and serial number")
            let issuer = try parts.node(0, "the signer's issuer")
            let serial = try parts.node(1, "the signer's serial number")
            guard issuer.identifier == .sequence, serial.identifier == .integer else {
                throw DERFormatError("the signer's issuer and serial number are malformed")
            }
            identifier = .issuerAndSerialNumber(issuer: issuer.encodedBytes, serialNumber: serial.encodedBytes)
        } else if sid.isTagged(0), case .primitive(let keyIdentifier) = sid.content {
            identifier = .subjectKeyIdentifier(keyIdentifier)
        } else {
            throw DERFormatError("the signer identifier is neither an issuer and serial number nor a subject key identifier")
        }
        digestAlgorithm = try Self.algorithm(try fields.node(2, "the digest algorithm"), "the digest algorithm").oid

        var index = 3
        if index < fields.count, fields[index].isTagged(0) {
            let attributesNode = fields[index]
            var attributes: [(ASN1ObjectIdentifier, [ASN1Node])] = []
            for attribute in try attributesNode.children(attributesNode.identifier, "the signed attributes") {
                let parts = try attribute.children(.sequence, "a signed attribute")
                let type = try parts.node(0, "a signed attribute's type").objectIdentifier("a signed attribute's type")
                attributes.append((type, try parts.node(1, "a signed attribute's values").children(.set, "a signed attribute's values")))
            }
            signedAttributes = attributes
            // RFC 5652 §5.4: the [0] IMPLICIT tag is replaced by the SET OF tag, the rest stays as encoded.
            var asSet = Array(attributesNode.encodedBytes)
            asSet[0] = 0x31
            signedAttributesAsSet = asSet
            index += 1
        } else {
            signedAttributes = nil
            signedAttributesAsSet = nil
        }
        let signatureAlgorithm = try Self.algorithm(try fields.node(index, "the signature algorithm"), "the signature algorithm")
        self.signatureAlgorithm = signatureAlgorithm.oid
        signatureParameters = signatureAlgorithm.parameters
        signature = try CMSSignedData.octets(try fields.node(index + 1, "the signature"), "the signature")
    }

    /// The values of the signed attribute of a type (nil when absent).
    func attribute(_ type: ASN1ObjectIdentifier) -> [ASN1Node]? {
        signedAttributes?.first(where: { $0.type == type })?.values
    }

    /// An AlgorithmIdentifier's algorithm and parameters.
    static func algorithm(_ node: ASN1Node, _ what: String) throws(DERFormatError) -> (oid: ASN1ObjectIdentifier, parameters: ASN1Node?) {
        let parts = try node.children(.sequence, what)
        let oid = try parts.node(0, what).objectIdentifier(what)
        let parameters = parts.count > 1 && parts[1].identifier != .null ? parts[1] : nil
        return (oid, parameters)
    }
}
