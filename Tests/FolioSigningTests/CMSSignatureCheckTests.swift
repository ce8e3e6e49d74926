import FolioSigning
import Foundation
import Testing
import X509

@Suite("CMSSignatureCheck: intact, who signed, trusted, on CMS made by Folio and by openssl")
struct CMSSignatureCheckTests {
    let pki = TestPKI.shared

    func certificate(_ name: String) throws -> Certificate {
        try Certificate(pemEncoded: try pki.text(name))
    }

    @Test("Folio's own CMS is intact and trusted, names its signer and claims no signing time")
    func folioCMS() async throws {
        let content = SigningTestSupport.content()
        for identity in [try SigningTestSupport.rsaIdentity(), try SigningTestSupport.ecIdentity()] {
            let cms = try PAdESSignature.sign(content, identity: identity)
            let report = await CMSSignatureCheck.check(cms, content: content, trustRoots: [try certificate("ca.pem")])
            #expect(report.intact, "\(report.problems)")
            #expect(report.trusted == true, "\(report.problems)")
            #expect(report.problems.isEmpty)
            #expect(report.signerName == "Claire Martin")
            #expect(report.organisation == "Atelier Numérique SAS")
            #expect(report.fingerprint == identity.fingerprint)
            #expect(report.claimedSigningTime == nil)
            #expect(report.digestAlgorithm == "SHA-256")
            #expect(report.certificates.count == 1 + identity.chain.count)
            #expect(report.signer == identity.certificate)
        }
        let ec = try SigningTestSupport.ecIdentity()
        #expect(await CMSSignatureCheck.check(try PAdESSignature.sign(content, identity: ec), content: content).signatureAlgorithm == "ECDSA with SHA-256")
    }

    @Test("without trust roots, trusted is nil; against another CA, untrusted but intact")
    func trust() async throws {
        let content = SigningTestSupport.content()
        let cms = try PAdESSignature.sign(content, identity: try SigningTestSupport.rsaIdentity())
        let alone = await CMSSignatureCheck.check(cms, content: content)
        #expect(alone.intact && alone.trusted == nil && alone.problems.isEmpty)
        let other = await CMSSignatureCheck.check(cms, content: content, trustRoots: [try certificate("other-ca.pem")])
        #expect(other.intact)
        #expect(other.trusted == false)
        #expect(other.problems.count == 1)
        #expect(other.problems.first?.hasPrefix("the signer's certificate does not chain to a trusted root") == true)
        // A year and a half from now the seller's certificate has expired.
        let later = await CMSSignatureCheck.check(cms, content: content, trustRoots: [try certificate("ca.pem")],
                                                  on: Date().addingTimeInterval(540 * 24 * 3600))
        #expect(later.intact && later.trusted == false)
    }

    @Test("one byte of the content changed: not intact, the digest named")
    func changedContent() async throws {
        let content = SigningTestSupport.content()
        var changed = content
        changed[12_345] ^= 0x20
        for identity in [try SigningTestSupport.rsaIdentity(), try SigningTestSupport.ecIdentity()] {
            let cms = try PAdESSignature.sign(content, identity: identity)
            let report = await CMSSignatureCheck.check(cms, content: changed, trustRoots: [try certificate("ca.pem")])
            #expect(!report.intact)
            #expect(report.problems == ["the content's SHA-256 differs from the signed messageDigest"])
            #expect(report.trusted == true)
        }
    }

    @Test("a signature byte changed: the signature does not verify")
    func changedSignature() async throws {
        let content = SigningTestSupport.content()
        var cms = try PAdESSignature.sign(content, identity: try SigningTestSupport.rsaIdentity())
        cms[cms.count - 10] ^= 0x01
        let report = await CMSSignatureCheck.check(cms, content: content)
        #expect(!report.intact)
        #expect(report.problems == ["the signature does not verify with the signer's certificate"])
    }

    @Test("openssl's CMS, with signed attributes (and its signingTime) or without (-noattr), by key identifier, attached, BER with indefinite lengths (-stream), intact and trusted",
          arguments: [[String](), ["-noattr"], ["-keyid"], ["-nodetach"], ["-stream"],
                      ["-md", "sha384"], ["-md", "sha512", "-noattr"],
                      ["-keyopt", "rsa_padding_mode:pss", "-keyopt", "rsa_pss_saltlen:digest"]])
    func opensslCMS(options: [String]) async throws {
        let content = SigningTestSupport.content()
        let cms = try SigningTestSupport.opensslCMS(content, options: options)
        let before = Date().addingTimeInterval(-60)
        let report = await CMSSignatureCheck.check(cms, content: content, trustRoots: [try certificate("ca.pem")])
        #expect(report.intact, "\(report.problems)")
        #expect(report.trusted == true)
        #expect(report.problems.isEmpty)
        #expect(report.signerName == "Claire Martin")
        if options.contains("-noattr") {
            #expect(report.claimedSigningTime == nil)
        } else {
            let claimed = try #require(report.claimedSigningTime)
            #expect(claimed >= before && claimed <= Date().addingTimeInterval(60))
        }
        var changed = content
        changed[0] ^= 0xFF
        let broken = await CMSSignatureCheck.check(cms, content: changed)
        #expect(!broken.intact)
        #expect(broken.problems.count == 1)
        // With -stream and DER output, openssl 3.0 encloses the content as well (in BER segments).
        if options.contains("-nodetach") || options.contains("-stream") {
            #expect(broken.problems == ["the CMS carries its own content, which differs from the given content"])
        } else if options.contains("-noattr") {
            #expect(broken.problems == ["the signature does not verify with the signer's certificate"])
        } else {
            #expect(broken.problems.first?.hasSuffix("differs from the signed messageDigest") == true, "\(broken.problems)")
        }
    }

    @Test("openssl's ECDSA P-256 CMS with SHA-384, its chain through the intermediate carried by -certfile")
    func opensslECDSA() async throws {
        let content = SigningTestSupport.content()
        let cms = try SigningTestSupport.opensslCMS(content, signer: "ec", certfile: "intermediate.pem", options: ["-md", "sha384"])
        let report = await CMSSignatureCheck.check(cms, content: content, trustRoots: [try certificate("ca.pem")])
        #expect(report.intact && report.trusted == true, "\(report.problems)")
        #expect(report.signatureAlgorithm == "ECDSA with SHA-384")
        #expect(report.digestAlgorithm == "SHA-384")
    }

    @Test("openssl's ECDSA P-384 CMS (a key Folio does not sign with) is read and verified")
    func opensslP384() async throws {
        let content = SigningTestSupport.content()
        let cms = try SigningTestSupport.opensslCMS(content, signer: "p384", options: ["-md", "sha384"])
        let report = await CMSSignatureCheck.check(cms, content: content, trustRoots: [try certificate("ca.pem")])
        #expect(report.intact && report.trusted == true, "\(report.problems)")
        #expect(report.signerName == "Claire Martin P-384")
        #expect(report.organisation == nil)
        #expect(report.signatureAlgorithm == "ECDSA with SHA-384")
    }

    @Test("RSA-PSS with OpenSSL's default maximal salt is reported as not supported, not as broken content")
    func pssMaximalSalt() async throws {
        let content = SigningTestSupport.content()
        let cms = try SigningTestSupport.opensslCMS(content, options: ["-keyopt", "rsa_padding_mode:pss"])
        let report = await CMSSignatureCheck.check(cms, content: content)
        #expect(!report.intact)
        #expect(report.problems.first?.contains("RSA-PSS with a 222-byte salt") == true, "\(report.problems)")
    }

    @Test("a CMS without certificates (-nocerts): no signer certificate")
    func noCertificates() async throws {
        let content = SigningTestSupport.content()
        let cms = try SigningTestSupport.opensslCMS(content, options: ["-nocerts"])
        let report = await CMSSignatureCheck.check(cms, content: content, trustRoots: [try certificate("ca.pem")])
        #expect(!report.intact)
        #expect(report.trusted == false)
        #expect(report.problems == ["no signer certificate in the CMS (none matches its signer identifier)"])
    }

    @Test("a signer certificate that cannot be read (RSA 1024): no signer certificate, and why")
    func unreadableSigner() async throws {
        let content = SigningTestSupport.content()
        let cms = try SigningTestSupport.opensslCMS(content, signer: "rsa1024")
        let report = await CMSSignatureCheck.check(cms, content: content)
        #expect(!report.intact)
        #expect(report.certificates.isEmpty)
        #expect(report.problems.count == 2)
        #expect(report.problems.first == "no signer certificate in the CMS (none matches its signer identifier)")
        #expect(report.problems.last?.hasPrefix("a certificate in the CMS cannot be read: ") == true)
    }

    @Test("the zero padding of a PDF's /Contents after the CMS is ignored")
    func padding() async throws {
        let content = SigningTestSupport.content()
        let cms = try PAdESSignature.sign(content, identity: try SigningTestSupport.ecIdentity())
        let padded = cms + [UInt8](repeating: 0, count: 8192 - cms.count)
        #expect(await CMSSignatureCheck.check(padded, content: content).intact)
        let trailing = cms + [0, 0, 7]
        #expect(await CMSSignatureCheck.check(trailing, content: content).problems == ["not a CMS SignedData: bytes other than padding follow its end"])
    }
}
