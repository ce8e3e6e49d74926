import FolioPDF
import Foundation

/// The cost of preparing and embedding a PAdES signature in a finished invoice, the CMS aside (a fixed
/// stand-in of a real CMS's size), and of reading the signature and the update's changes back.
enum SigningBench {
    /// Each measure repeats this many times, as the finishing measure does.
    static let repetitions = 200

    /// About the size of a CMS with the signer's and a CA's RSA 2048 certificates (openssl cms -cades).
    static let cms: [UInt8] = [0x30, 0x82, 0x0B, 0xB0] + [UInt8](repeating: 0x5A, count: 0x0BB0)

    static func run(finished: [UInt8]) throws {
        guard let time = PDFDateTime(year: 2026, month: 11, day: 22, hour: 14, minute: 30, second: 5, utcOffsetMinutes: 60) else { return }
        let request = PDFSignatureRequest(fieldName: "SellerSignature", page: 0, rect: PDFRect(x: 56, y: 60, width: 200, height: 50),
                                          signerName: "Folio", reason: "Facture", signingTime: time,
                                          emptyFields: [PDFSignatureField(name: "ClientSignature", page: 0,
                                                                          rect: PDFRect(x: 320, y: 60, width: 200, height: 50))])
        let clock = ContinuousClock()
        var signed: [UInt8] = []
        var covered = 0
        let signing = try clock.measure {
            for _ in 0..<repetitions {
                signed = try PDFSigning.sign(finished, request) { bytes in
                    covered = bytes.count
                    return cms
                }
            }
        }
        var found = 0
        let reading = try clock.measure {
            for _ in 0..<repetitions {
                found += try PDFSignatures.read(signed).count
                found += try PDFRevisions.changes(in: signed, after: finished.count).count
            }
        }
        print("""
            PAdES signing: \(repetitions) times a \(finished.count)-byte PDF/A-3 invoice, a visible signature and an \
            empty field (\(signed.count) bytes signed, \(covered) covered, the CMS a fixed stand-in)
              \(Bench.milliseconds(signing / repetitions, places: 3)) ms per signature; \
            reading it and the update's changes back \(Bench.milliseconds(reading / repetitions, places: 3)) ms
            """)
    }
}
