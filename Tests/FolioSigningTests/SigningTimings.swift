import FolioSigning
import Foundation
import Testing
import X509

/// Measures (prints, asserts nothing) what signing and checking cost: in a debug build unless run with `-c release`.
@Suite("Signing timings", .serialized)
struct SigningTimings {
    @Test("sign 40 KB with RSA 2048 and with P-256, check one with and without trust roots")
    func measure() async throws {
        let content = SigningTestSupport.content()
        let root = try Certificate(pemEncoded: try TestPKI.shared.text("ca.pem"))
        let runs = 20
        for identity in [try SigningTestSupport.rsaIdentity(), try SigningTestSupport.ecIdentity()] {
            let clock = ContinuousClock()
            var cms: [UInt8] = []
            let signing = try clock.measure { for _ in 0..<runs { cms = try PAdESSignature.sign(content, identity: identity) } }
            let integrity = clock.measure { for _ in 0..<runs { _ = CMSSignatureCheck.checkIntegrity(cms, content: content) } }
            let start = clock.now
            for _ in 0..<runs { _ = await CMSSignatureCheck.check(cms, content: content, trustRoots: [root]) }
            let trusted = clock.now - start
            print("""
                \(identity.keyDescription), 40 KB, CMS of \(cms.count) bytes: sign \(milliseconds(signing / runs)) ms, \
                check \(milliseconds(integrity / runs)) ms, check with chain to the root \(milliseconds(trusted / runs)) ms
                """)
        }
    }

    private func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.2f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
}
