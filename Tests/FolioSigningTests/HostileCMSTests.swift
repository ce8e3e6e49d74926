import FolioSigning
import Foundation
import Testing

/// Garbage, truncated, mutated and hostile bytes: a report with intact false and a problem, never a crash.
/// (The time they take is printed, never asserted: a loaded CI machine has no bound; `folio-bench` measures.)
@Suite("CMSSignatureCheck on hostile bytes")
struct HostileCMSTests {
    /// Checks bytes, expecting a problem, and returns how long it took (for printing only).
    @discardableResult
    func checkRefused(_ cms: [UInt8], content: [UInt8] = [1, 2, 3], _ comment: Comment? = nil) -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        let report = CMSSignatureCheck.checkIntegrity(cms, content: content)
        let elapsed = clock.now - start
        #expect(!report.intact, comment)
        #expect(!report.problems.isEmpty, comment)
        return elapsed
    }

    @Test("empty, tiny and random bytes: not a CMS SignedData")
    func garbage() {
        #expect(CMSSignatureCheck.checkIntegrity([], content: []).problems == ["not a CMS SignedData: it does not start with an ASN.1 SEQUENCE"])
        checkRefused([0x30])
        checkRefused([0x30, 0x00])
        checkRefused([0x30, 0x80])
        checkRefused([0x30, 0x84, 0xFF, 0xFF, 0xFF, 0xFF])
        checkRefused([0x30, 0x89, 1, 2, 3, 4, 5, 6, 7, 8, 9])
        checkRefused(Array("%PDF-1.7 not a signature".utf8))
        var generator = SeededBytes(seed: 42)
        for size in [1, 2, 7, 64, 1000, 20_000] {
            for _ in 0..<50 {
                var bytes = generator.bytes(size)
                checkRefused(bytes, "random \(size) bytes")
                bytes[0] = 0x30  // looks like a SEQUENCE at first sight
                checkRefused(bytes, "random \(size) bytes starting with SEQUENCE")
            }
        }
    }

    @Test("every truncation of a valid CMS is refused as truncated or malformed")
    func truncations() throws {
        let content = SigningTestSupport.content()
        let cms = try PAdESSignature.sign(content, identity: try SigningTestSupport.ecIdentity())
        for length in stride(from: 0, to: cms.count, by: 7) {
            checkRefused(Array(cms.prefix(length)), content: content, "first \(length) bytes")
        }
        // Truncated but with the outer length rewritten to fit: the inner elements are cut instead.
        for length in stride(from: 8, to: cms.count, by: 11) {
            var cut = Array(cms.prefix(length))
            cut[1] = 0x82
            cut[2] = UInt8((length - 4) >> 8)
            cut[3] = UInt8((length - 4) & 0xFF)
            checkRefused(cut, content: content, "first \(length) bytes, outer length adjusted")
        }
    }

    @Test("random byte changes in Folio's and openssl's CMS never crash and never pass changed content as intact")
    func mutations() throws {
        let content = SigningTestSupport.content()
        var changed = content
        changed[99] ^= 0x04
        let samples = [try PAdESSignature.sign(content, identity: try SigningTestSupport.rsaIdentity()),
                       try SigningTestSupport.opensslCMS(content, options: ["-noattr"]),
                       try SigningTestSupport.opensslCMS(content, options: ["-stream"])]
        var generator = SeededBytes(seed: 7)
        var slowest = Duration.zero
        for cms in samples {
            for _ in 0..<400 {
                var mutated = cms
                for _ in 0...(generator.next() % 3) {
                    let position = Int(generator.next() % UInt64(mutated.count))
                    mutated[position] = UInt8(truncatingIfNeeded: generator.next())
                }
                let clock = ContinuousClock()
                let start = clock.now
                let report = CMSSignatureCheck.checkIntegrity(mutated, content: changed)
                slowest = max(slowest, clock.now - start)
                #expect(!report.intact)
                _ = CMSSignatureCheck.checkIntegrity(mutated, content: content)
            }
        }
        print("slowest check of a mutated CMS: \(slowest)")
    }

    @Test("deep nesting, huge lengths, many nodes and many certificates stay bounded")
    func hostileStructures() throws {
        // 100 000 nested indefinite-length SEQUENCEs (swift-asn1 stops at depth 50).
        checkRefused([UInt8]((0..<100_000).flatMap { _ in [0x30, 0x80] }))
        // 100 000 nested definite-length SEQUENCEs announcing more than there is.
        checkRefused([0x30, 0x83, 0x03, 0x0D, 0x40] + [UInt8](repeating: 0x30, count: 200_000))
        // A ContentInfo holding 1.5 million NULLs.
        let nulls = [UInt8]((0..<1_500_000).flatMap { _ in [0x05, 0x00] })
        let manyNodes = DERBuilder.sequence([DERBuilder.oid([0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02]), nulls])
        let many = checkRefused(manyNodes)
        #expect(CMSSignatureCheck.checkIntegrity(manyNodes, content: []).problems
            == ["not a CMS SignedData: it holds more than 250000 ASN.1 elements, far more than any signature"])
        print("1.5 million NULL nodes refused in \(many)")
        // Larger than any signature.
        checkRefused([0x30, 0x84, 0x01, 0x00, 0x00, 0x00] + [UInt8](repeating: 0, count: 16 * 1024 * 1024))

        // A SignedData carrying 500 copies of a certificate: read up to the limit.
        let content = SigningTestSupport.content()
        let identity = try SigningTestSupport.rsaIdentity()
        let certificate = try TestPKI.shared.read("seller.pem")
        let der = try #require(pemBody(String(decoding: certificate, as: UTF8.self)))
        let signedData = DERBuilder.sequence([
            [0x02, 0x01, 0x01], DERBuilder.set([]), DERBuilder.sequence([DERBuilder.oid([0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x01])]),
            DERBuilder.tagged(0xA0, [UInt8](repeating: 0, count: 0) + (0..<500).flatMap { _ in der }), DERBuilder.set([]),
        ])
        let cms = DERBuilder.sequence([DERBuilder.oid([0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02]), DERBuilder.tagged(0xA0, signedData)])
        let elapsed = checkRefused(cms, content: content)
        let report = CMSSignatureCheck.checkIntegrity(cms, content: content)
        #expect(report.problems.contains("the CMS carries 500 certificates: only the first 64 are read"))
        #expect(report.problems.contains("no signer in the CMS (its SignerInfos are empty)"))
        #expect(report.certificates.count == 64)
        #expect(report.certificates.first == identity.certificate)
        print("500 certificates refused in \(elapsed)")
    }

    private func pemBody(_ pem: String) -> [UInt8]? {
        let base64 = pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        return Data(base64Encoded: base64).map(Array.init)
    }
}

/// Minimal DER writing for hand-made hostile structures.
enum DERBuilder {
    static func tagged(_ tag: UInt8, _ content: [UInt8]) -> [UInt8] {
        let count = content.count
        let length: [UInt8] = count < 0x80 ? [UInt8(count)]
            : count < 0x100 ? [0x81, UInt8(count)]
            : count < 0x10000 ? [0x82, UInt8(count >> 8), UInt8(count & 0xFF)]
            : [0x83, UInt8(count >> 16), UInt8((count >> 8) & 0xFF), UInt8(count & 0xFF)]
        return [tag] + length + content
    }
    static func sequence(_ parts: [[UInt8]]) -> [UInt8] { tagged(0x30, parts.flatMap { $0 }) }
    static func set(_ parts: [[UInt8]]) -> [UInt8] { tagged(0x31, parts.flatMap { $0 }) }
    static func oid(_ body: [UInt8]) -> [UInt8] { tagged(0x06, body) }
}

/// A small deterministic generator of test bytes (SplitMix64).
struct SeededBytes {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) } }
}
