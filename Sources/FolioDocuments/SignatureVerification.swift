import FolioInput
import FolioLedger
import FolioPDF
import FolioSigning
import Foundation

/// Every signature of a PDF checked: who signed, when they say, whether it is intact, what it covers,
/// whether a later update changes what the document shows, whether it is trusted; and, for a Folio
/// document, which ledger record it is.
///
/// ```swift
/// let report = try await SignatureVerification.verify(file: "D-2026-0001.signed.pdf", trust: roots, ledger: ledger)
/// report.isSound          // true
/// ```
public struct SignatureVerification: Sendable {
    /// One signature of the file.
    public struct Signature: Sendable {
        public let field: String
        public let signer: String?
        public let organisation: String?
        public let certificateSHA256: String?
        /// `/M` of the signature dictionary, or the CMS's signing-time attribute.
        public let claimedTime: String?
        public let intact: Bool
        /// The bytes the signature covers: up to `coversUpTo` of the file's `fileLength`.
        public let coversUpTo: Int
        public let coversWholeFile: Bool
        /// An update after the signed revision changes what the document shows.
        public let laterChangesContent: Bool
        /// nil when no trust anchors were given.
        public let trusted: Bool?
        public let problems: [String]
    }

    public let file: String
    public let fileLength: Int
    public let signatures: [Signature]
    /// The ledger record the file is (or starts with), when a ledger was given and one matches.
    public let ledgerMatch: String?

    /// True when there is at least one signature, every one intact, none followed by a content
    /// change, and every one trusted when anchors were given.
    public var isSound: Bool {
        !signatures.isEmpty && signatures.allSatisfy { $0.intact && !$0.laterChangesContent && $0.trusted != false && $0.problems.isEmpty }
    }

    /// - Throws: ``InputError`` naming the file when it cannot be read as a PDF.
    public static func verify(file: String, trust: TrustAnchors?, ledger: Ledger?, on date: Date? = nil) async throws -> SignatureVerification {
        let data = try TextFile.bytes(path: file, name: file, limit: InputLimitSettings.current[.pdf].bytes, kind: .pdf)
        let pdf = [UInt8](data)
        let infos: [PDFSignatureInfo]
        do { infos = try PDFSignatures.read(pdf) } catch { throw InputError(source: file, "not a PDF Folio can read (\(error))") }
        var signatures: [Signature] = []
        for info in infos {
            let report = await CMSSignatureCheck.check(info.contents, content: info.signedBytes, trust: trust, on: date)
            var problems = report.problems
            if let shape = info.byteRangeProblem { problems.append(shape) }
            let changes = (try? PDFRevisions.changes(in: pdf, after: info.coversUpTo)) ?? []
            let changed = changes.contains(where: \.changesContent)
            if changed { problems.append("an update after this signature changes what the document shows") }
            signatures.append(Signature(
                field: info.fieldName, signer: report.signerName, organisation: report.organisation,
                certificateSHA256: report.fingerprint,
                claimedTime: info.signingTime ?? report.claimedSigningTime.map { "\($0)" },
                intact: report.intact && info.byteRangeProblem == nil, coversUpTo: info.coversUpTo, coversWholeFile: info.coversWholeFile,
                laterChangesContent: changed, trusted: report.trusted, problems: problems))
        }
        return SignatureVerification(file: file, fileLength: pdf.count, signatures: signatures,
                                     ledgerMatch: try ledger.flatMap { try match(pdf, in: $0) })
    }

    /// The ledger record of a file: a document whose issued bytes are the file or one of its
    /// revisions, or an acceptance whose signed file it is.
    static func match(_ pdf: [UInt8], in ledger: Ledger) throws -> String? {
        let whole = SHA256Hex.of(pdf)
        if let decision = try ledger.decisions().first(where: { $0.signedSHA256 == whole }) {
            return "the signed acceptance of quote \(decision.number) (\(decision.signer ?? "?"), \(decision.date))"
        }
        let revisions = ((try? PDFRevisions.revisions(pdf)) ?? []).map(\.endOffset).filter { $0 <= pdf.count }
        let hashes = Dictionary(revisions.map { (SHA256Hex.of(Array(pdf[..<$0])), $0) }, uniquingKeysWith: { first, _ in first })
        for document in try ledger.documents() {
            if let end = hashes[document.pdfSHA256] {
                return end == pdf.count ? "\(document.number), as issued" : "\(document.number), as issued, with updates after it"
            }
        }
        return nil
    }
}
