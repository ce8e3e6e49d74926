import ArgumentParser
import FolioDocuments
import FolioSigning
import Foundation

/// `folio verify FILE`: every signature of a PDF, checked.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every signature of a PDF: signer, claimed time, intact or broken, what it covers, later changes, trust.",
        discussion: """
            Exit codes: 0 every signature intact, none followed by a change of what the document shows, and \
            trusted when --trust is given; 4 something wrong (the report says what); 1 unreadable. With the \
            ledger (--ledger, or $FOLIO_LEDGER when it exists), a Folio document is matched to its record.
            Examples:
              folio verify out/documents/D-2026-0001.pdf --trust out/signing/ca.pem
              folio verify retour-client.pdf --json
            """)

    @Argument(help: "The PDF.")
    var file: String

    @Option(help: "A PEM file of certificate authorities to trust (repeat for several).")
    var trust: [String] = []

    @Option(help: "The ledger to match the document against (default: $FOLIO_LEDGER, else out/folio-ledger.sqlite when it exists).")
    var ledger: String?

    @Flag(help: "Print JSON for programs.")
    var json = false

    mutating func run() async throws {
        let anchors: TrustAnchors?
        do { anchors = trust.isEmpty ? nil : try TrustAnchors.load(trust) } catch {
            throw InputError(source: error.file, field: "--trust", error.reason)
        }
        // No ledger to match against is not an error here: the signatures are checked all the same.
        let opened = try? Ledger.named(ledger, existing: true)
        let report = try await SignatureVerification.verify(file: file, trust: anchors, ledger: opened)
        print(json ? try JSONText.of(VerifyReport(report)) : VerifyReport.text(report))
        if !report.isSound { throw ExitCode(FolioExitCode.inconsistentEInvoice) }
    }
}

/// What `folio verify` prints.
struct VerifyReport: Encodable {
    struct Signature: Encodable {
        let field: String
        let signer: String?
        let organisation: String?
        let certificateSHA256: String?
        let claimedTime: String?
        let intact: Bool
        let coversUpTo: Int
        let coversWholeFile: Bool
        let laterChangesContent: Bool
        let trusted: Bool?
        let problems: [String]
    }
    let file: String
    let fileLength: Int
    let sound: Bool
    let ledgerRecord: String?
    let signatures: [Signature]

    init(_ report: SignatureVerification) {
        file = report.file
        fileLength = report.fileLength
        sound = report.isSound
        ledgerRecord = report.ledgerMatch
        signatures = report.signatures.map {
            Signature(field: $0.field, signer: $0.signer, organisation: $0.organisation, certificateSHA256: $0.certificateSHA256,
                      claimedTime: $0.claimedTime, intact: $0.intact, coversUpTo: $0.coversUpTo, coversWholeFile: $0.coversWholeFile,
                      laterChangesContent: $0.laterChangesContent, trusted: $0.trusted, problems: $0.problems)
        }
    }

    static func text(_ report: SignatureVerification) -> String {
        var lines = ["\(report.file): \(report.signatures.count) signature\(report.signatures.count == 1 ? "" : "s"), \(report.fileLength) bytes"]
        if let match = report.ledgerMatch { lines.append("Ledger: \(match)") }
        for signature in report.signatures {
            let who = [signature.signer, signature.organisation].compactMap { $0 }.joined(separator: ", ")
            lines.append("\(signature.field): \(who.isEmpty ? "unnamed signer" : who)\(signature.claimedTime.map { ", claimed time \($0)" } ?? "")")
            lines.append("  \(signature.intact ? "intact" : "BROKEN"); covers \(signature.coversWholeFile ? "the whole file" : "bytes 0–\(signature.coversUpTo)")"
                + "; \(signature.laterChangesContent ? "LATER UPDATES CHANGE THE CONTENT" : "nothing after it changes the content")"
                + (signature.trusted.map { $0 ? "; trusted" : "; NOT TRUSTED" } ?? ""))
            if let fingerprint = signature.certificateSHA256 { lines.append("  certificate SHA-256 \(fingerprint)") }
            lines += signature.problems.map { "  problem: \($0)" }
        }
        if report.signatures.isEmpty { lines.append("No signature.") }
        lines.append(report.isSound ? "All signatures sound." : "Something is wrong (see above).")
        return lines.joined(separator: "\n")
    }
}
