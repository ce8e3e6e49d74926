import Crypto
import FolioSigning
import Foundation
import Testing

@Suite("PAdESSignature: the detached CMS of a PAdES B-B signature, as openssl reads it")
struct PAdESSignatureTests {
    let pki = TestPKI.shared

    @Test("openssl cms -verify accepts Folio's CMS with RSA and with P-256 (through an intermediate CA)")
    func opensslVerifies() throws {
        let content = SigningTestSupport.content()
        for identity in [try SigningTestSupport.rsaIdentity(), try SigningTestSupport.ecIdentity()] {
            let cms = try PAdESSignature.sign(content, identity: identity)
            let verified = try SigningTestSupport.opensslVerify(cms, content: content)
            #expect(verified.status == 0, "\(identity.keyDescription): \(verified.output)")
            #expect(verified.output.contains("Verification successful"))

            var changed = content
            changed[20_000] ^= 0x01
            #expect(try SigningTestSupport.opensslVerify(cms, content: changed).status != 0)
            #expect(try SigningTestSupport.opensslVerify(cms, content: content, caFile: "other-ca.pem").status != 0)
        }
    }

    @Test("the signed attributes are exactly contentType, messageDigest and signing-certificate-v2: no signingTime")
    func signedAttributes() throws {
        for identity in [try SigningTestSupport.rsaIdentity(), try SigningTestSupport.ecIdentity()] {
            let cms = try PAdESSignature.sign(SigningTestSupport.content(), identity: identity)
            let printed = try pki.openssl(["cms", "-cmsout", "-print", "-inform", "DER", "-in", try pki.write(cms, name: "signature.der")])
            // The first « signedAttrs: » (« unsignedAttrs: » comes after the signature).
            let signedPart = try #require(printed.components(separatedBy: "signedAttrs:").dropFirst().first?.components(separatedBy: "signatureAlgorithm:").first)
            let objects = signedPart.split(separator: "\n").filter { $0.contains("object:") }.map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(objects == ["object: contentType (1.2.840.113549.1.9.3)", "object: messageDigest (1.2.840.113549.1.9.4)",
                                "object: id-smime-aa-signingCertificateV2 (1.2.840.113549.1.9.16.2.47)"])
            #expect(!printed.contains("signingTime"))
            // The ESSCertIDv2 holds the SHA-256 of the signer's certificate (its hash algorithm left to the default).
            #expect(signedPart.contains("OCTET STRING      [HEX DUMP]:" + identity.fingerprint.uppercased()))
            #expect(printed.contains("algorithm: sha256 (2.16.840.1.101.3.4.2.1)"))
            let expectedSignature = identity.keyDescription.contains("RSA") ? "sha256WithRSAEncryption" : "ecdsa-with-SHA256"
            #expect(printed.contains(expectedSignature))
            // Detached: the encapsulated content is id-data without eContent.
            #expect(printed.contains("eContentType: pkcs7-data (1.2.840.113549.1.7.1)\n      eContent: <ABSENT>"))
            // The certificate and its chain travel in the CMS.
            #expect(printed.components(separatedBy: "cert_info:").count - 1 == 1 + identity.chain.count)
        }
    }

    @Test("signing the SHA-256 of the content gives the same CMS (RSA PKCS#1 v1.5 is deterministic)")
    func signsDigest() throws {
        let identity = try SigningTestSupport.rsaIdentity()
        let content = SigningTestSupport.content()
        let byContent = try PAdESSignature.sign(content, identity: identity)
        let byDigest = try PAdESSignature.sign(digest: Array(SHA256.hash(data: content)), identity: identity)
        #expect(byContent == byDigest)
        #expect(byContent.count <= PAdESSignature.maximumLength(for: identity))
        let ec = try SigningTestSupport.ecIdentity()
        #expect(try PAdESSignature.sign(content, identity: ec).count <= PAdESSignature.maximumLength(for: ec))

        let error = try #require(throws: PAdESSignatureError.self) { try PAdESSignature.sign(digest: [1, 2, 3], identity: identity) }
        #expect(error.description == "a SHA-256 digest has 32 bytes, not 3")
        #expect(PAdESSignature.subFilter == "ETSI.CAdES.detached")
    }
}
