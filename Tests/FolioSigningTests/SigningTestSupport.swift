import FolioSigning
import Foundation

/// Identities and contents shared by the signing and checking tests.
enum SigningTestSupport {
    static var pki: TestPKI { TestPKI.shared }

    static func rsaIdentity() throws -> SigningIdentity {
        try SigningIdentity.load(certificate: pki.path("seller.pem"), chain: [pki.path("ca.pem")], privateKey: pki.path("seller.key"))
    }

    /// The P-256 identity, issued by the intermediate CA (its chain file holds the intermediate and the root).
    static func ecIdentity() throws -> SigningIdentity {
        try SigningIdentity.load(certificate: pki.path("ec.pem"), chain: [pki.path("chain.pem")], privateKey: pki.path("ec.key"))
    }

    /// 40 KB of varied bytes standing for a PDF's signed byte ranges.
    static func content(size: Int = 40 * 1024, seed: UInt64 = 1) -> [UInt8] {
        var state = seed
        return (0..<size).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
    }

    /// A CMS made by `openssl cms -sign` over `content` with extra options (-noattr, -md sha384…).
    static func opensslCMS(_ content: [UInt8], signer: String = "seller", certfile: String? = nil, options: [String] = []) throws -> [UInt8] {
        let input = try pki.write(content, name: "content.bin")
        let output = input + ".cms.der"
        var arguments = ["cms", "-sign", "-binary", "-outform", "DER", "-md", "sha256", "-in", input,
                         "-signer", "\(signer).pem", "-inkey", "\(signer).key", "-out", output]
        if let certfile { arguments += ["-certfile", certfile] }
        try pki.openssl(arguments + options)
        return try pki.read(output)
    }

    /// What `openssl cms -verify` says of a CMS over `content`, trusting `caFile` (exit status and output).
    static func opensslVerify(_ cms: [UInt8], content: [UInt8], caFile: String = "ca.pem") throws -> (status: Int32, output: String) {
        let contentFile = try pki.write(content, name: "content.bin")
        let cmsFile = try pki.write(cms, name: "signature.der")
        return try TestPKI.run("openssl", ["cms", "-verify", "-inform", "DER", "-in", cmsFile, "-binary", "-content", contentFile,
                                           "-CAfile", caFile, "-purpose", "any", "-out", "/dev/null"], in: pki.folder)
    }
}
