import FolioSigning
import Foundation
import Testing

@Suite("SigningIdentity: a certificate, its chain and its key loaded from PEM files")
struct SigningIdentityTests {
    let pki = TestPKI.shared

    @Test("an RSA 2048 identity: names, organisation, fingerprint and dates as openssl reads them")
    func loadsRSAIdentity() throws {
        let identity = try SigningIdentity.load(certificate: pki.path("seller.pem"), chain: [pki.path("ca.pem")], privateKey: pki.path("seller.key"))
        #expect(identity.signerName == "Claire Martin")
        #expect(identity.organisation == "Atelier Numérique SAS")
        #expect(identity.keyDescription == "an RSA key of 2048 bits")
        #expect(identity.chain.count == 1)
        let openssl = try pki.openssl(["x509", "-in", "seller.pem", "-noout", "-fingerprint", "-sha256"])
        let expected = openssl.split(separator: "=").last.map { $0.replacingOccurrences(of: ":", with: "").lowercased() }?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(identity.fingerprint == expected)
        #expect(identity.notAfter.timeIntervalSince(identity.notBefore) == 365 * 24 * 3600)
        try identity.check(validOn: Date())
    }

    @Test("a P-256 identity whose key file starts with EC PARAMETERS, with a chain file of two certificates")
    func loadsECIdentityWithChainFile() throws {
        let identity = try SigningIdentity.load(certificate: pki.path("ec.pem"), chain: [pki.path("chain.pem")], privateKey: pki.path("ec.key"))
        #expect(identity.keyDescription == "an ECDSA P-256 key")
        #expect(identity.chain.count == 2)
        #expect(identity.signerName == "Claire Martin")
    }

    @Test("a certificate file holding the chain after the certificate: the rest is the chain, repeats dropped")
    func certificateFileWithChain() throws {
        let combined = try pki.text("ec.pem") + pki.text("chain.pem")
        let identity = try SigningIdentity(certificatePEM: combined, chainPEM: [try pki.text("ca.pem")], privateKeyPEM: try pki.text("ec.key"))
        #expect(identity.chain.count == 2)
    }

    @Test("PEM as other tools write it: text before the block, 76-character lines, CRLF; a cut block is refused")
    func lenientPEM() throws {
        let described = try pki.openssl(["x509", "-in", "seller.pem", "-text"])
        let lines = try pki.text("seller.pem").split(separator: "\n")
        let body = lines.dropFirst().dropLast().joined()
        var rewrapped = [String(lines[0])]
        var rest = Substring(body)
        while !rest.isEmpty {
            rewrapped.append(String(rest.prefix(76)))
            rest = rest.dropFirst(76)
        }
        rewrapped.append(String(lines[lines.count - 1]))
        let key = try pki.text("seller.key")
        for certificate in [described, rewrapped.joined(separator: "\r\n") + "\r\n"] {
            let identity = try SigningIdentity(certificatePEM: certificate, privateKeyPEM: key, certificateFile: "seller.pem")
            #expect(identity.signerName == "Claire Martin")
        }
        let cut = try #require(throws: SigningIdentityError.self) {
            try SigningIdentity(certificatePEM: lines.dropLast().joined(separator: "\n"), privateKeyPEM: key, certificateFile: "cut.pem")
        }
        #expect(cut.description == "cut.pem: not a readable PEM file: « -----BEGIN CERTIFICATE----- » has no END line (truncated?)")
    }

    @Test("keys Folio does not sign with are refused, naming the key file and what the key is",
          arguments: [("rsa1024.key", "an RSA key of 1024 bits"), ("p384.key", "an ECDSA P-384 key"), ("ed25519.key", "a key of type Ed25519")])
    func refusesKeyKinds(file: String, what: String) throws {
        let error = try #require(throws: SigningIdentityError.self) {
            try SigningIdentity.load(certificate: pki.path("seller.pem"), chain: [], privateKey: pki.path(file))
        }
        #expect(error.file == pki.path(file))
        #expect(error.reason.contains(what))
        #expect(error.reason.contains("RSA keys of 2048 bits or more and ECDSA P-256"))
        #expect(error.description.hasPrefix(pki.path(file) + ": "))
    }

    @Test("a certificate holding an RSA 1024 key is refused, naming the certificate file and its key")
    func refusesWeakCertificate() throws {
        let error = try #require(throws: SigningIdentityError.self) {
            try SigningIdentity.load(certificate: pki.path("rsa1024.pem"), chain: [], privateKey: pki.path("rsa1024.key"))
        }
        #expect(error.description == "\(pki.path("rsa1024.pem")): the certificate holds an RSA key of 1024 bits: Folio signs with RSA keys of 2048 bits or more and ECDSA P-256 keys")
    }

    @Test("a key that is not the certificate's is refused, naming both files")
    func refusesMismatchedKey() throws {
        let error = try #require(throws: SigningIdentityError.self) {
            try SigningIdentity.load(certificate: pki.path("seller.pem"), chain: [], privateKey: pki.path("other.key"))
        }
        #expect(error.file == pki.path("other.key"))
        #expect(error.reason.contains(pki.path("seller.pem")))
        #expect(error.reason.contains("does not belong to the certificate"))
    }

    @Test("an encrypted key is refused with the openssl command that decrypts it",
          arguments: ["encrypted.key", "encrypted-traditional.key"])
    func refusesEncryptedKey(file: String) throws {
        let error = try #require(throws: SigningIdentityError.self) {
            try SigningIdentity.load(certificate: pki.path("seller.pem"), chain: [], privateKey: pki.path(file))
        }
        #expect(error.file == pki.path(file))
        #expect(error.reason.contains("encrypted"))
        #expect(error.reason.contains("openssl pkey -in \(pki.path(file))"))
    }

    @Test("missing files, swapped files and a chain file without certificates name their file")
    func namesFaultyFiles() throws {
        let missing = try #require(throws: SigningIdentityError.self) {
            try SigningIdentity.load(certificate: pki.path("nowhere.pem"), chain: [], privateKey: pki.path("seller.key"))
        }
        #expect(missing.description == "\(pki.path("nowhere.pem")): no such file")

        let swapped = try #require(throws: SigningIdentityError.self) {
            try SigningIdentity.load(certificate: pki.path("seller.key"), chain: [], privateKey: pki.path("seller.pem"))
        }
        #expect(swapped.file == pki.path("seller.key"))
        #expect(swapped.reason.contains("swapped"))

        let badChain = try #require(throws: SigningIdentityError.self) {
            try SigningIdentity.load(certificate: pki.path("seller.pem"), chain: [pki.path("openssl.cnf")], privateKey: pki.path("seller.key"))
        }
        #expect(badChain.file == pki.path("openssl.cnf"))
        #expect(badChain.reason.contains("no certificate"))
    }

    @Test("check(validOn:) refuses an expired certificate, naming its file and validity dates")
    func refusesExpiredCertificate() throws {
        let identity = try SigningIdentity.load(certificate: pki.path("expired.pem"), chain: [], privateKey: pki.path("expired.key"))
        let error = try #require(throws: SigningIdentityError.self) { try identity.check(validOn: Date()) }
        #expect(error.file == pki.path("expired.pem"))
        #expect(error.reason.contains("expired"))
        #expect(error.reason.contains("valid from 2020-01-01 00:00:00 UTC to 2021-01-01 00:00:00 UTC"))

        let byDay = try #require(throws: SigningIdentityError.self) { try identity.check(validOn: (year: 2021, month: 1, day: 2)) }
        #expect(byDay.reason.hasPrefix("the certificate has expired by 2021-01-02"))
        let early = try #require(throws: SigningIdentityError.self) { try identity.check(validOn: (year: 2019, month: 12, day: 31)) }
        #expect(early.reason.hasPrefix("the certificate is not yet valid on 2019-12-31"))
        // Valid at some moment of these days (the last one until midnight, when it ends).
        try identity.check(validOn: (year: 2020, month: 1, day: 1))
        try identity.check(validOn: (year: 2020, month: 6, day: 15))
        try identity.check(validOn: (year: 2021, month: 1, day: 1))
        let notADate = try #require(throws: SigningIdentityError.self) { try identity.check(validOn: (year: 2020, month: 2, day: 30)) }
        #expect(notADate.reason == "2020-02-30 is not a date")
    }
}
