import SwiftASN1

/// Small readers over swift-asn1's parsed nodes, each failing with a ``DERFormatError`` that says what was expected.
extension ASN1Node {
    /// The nodes inside this one when it is constructed with the expected tag.
    func children(_ identifier: ASN1Identifier, _ what: String) throws(DERFormatError) -> [ASN1Node] {
        guard self.identifier == identifier, case .constructed(let nodes) = content else {
            throw DERFormatError("\(what) is not the expected ASN.1 element (found \(self.identifier))")
        }
        return Array(nodes)
    }

    /// The content bytes of this node when it is primitive with the expected tag.
    func bytes(_ identifier: ASN1Identifier, _ what: String) throws(DERFormatError) -> ArraySlice<UInt8> {
        guard self.identifier == identifier, case .primitive(let bytes) = content else {
            throw DERFormatError("\(what) is not the expected ASN.1 element (found \(self.identifier))")
        }
        return bytes
    }

    func objectIdentifier(_ what: String) throws(DERFormatError) -> ASN1ObjectIdentifier {
        do {
            return try ASN1ObjectIdentifier(derEncoded: self)
        } catch {
            throw DERFormatError("\(what) is not an object identifier")
        }
    }

    /// Whether this node carries the given tag (any class, constructed or not).
    func isTagged(_ number: UInt, _ tagClass: ASN1Identifier.TagClass = .contextSpecific) -> Bool {
        identifier == ASN1Identifier(tagWithNumber: number, tagClass: tagClass)
    }
}

extension Array where Element == ASN1Node {
    /// The element at `index`, or an error naming what was missing.
    func node(_ index: Int, _ what: String) throws(DERFormatError) -> ASN1Node {
        guard indices.contains(index) else { throw DERFormatError("\(what) is missing") }
        return self[index]
    }
}

/// Parses DER (or BER) bytes into their root node, turning swift-asn1's errors into a ``DERFormatError``.
func parseASN1(_ bytes: ArraySlice<UInt8>, _ what: String, allowingBER: Bool = false) throws(DERFormatError) -> ASN1Node {
    do {
        return allowingBER ? try BER.parse(bytes) : try DER.parse(bytes)
    } catch {
        throw DERFormatError("\(what) is not well-formed \(allowingBER ? "BER" : "DER") (\(error))")
    }
}

/// The length in bits of a positive INTEGER's content bytes (an RSA modulus).
func bitLength(ofInteger bytes: ArraySlice<UInt8>) -> Int {
    let significant = bytes.drop(while: { $0 == 0 })
    guard let first = significant.first else { return 0 }
    return (significant.count - 1) * 8 + (8 - first.leadingZeroBitCount)
}
