import FolioInput
import FolioLedger
import FolioPDF
import FolioSigning
import Foundation

/// A quote the client returned signed, checked against the quote as the ledger issued it: the proof
/// that the client signed exactly that quote.
///
/// ```swift
/// let proof = try SignedQuote.check(Array(data), name: "retour-client.pdf", quote: record)
/// proof.signer                       // "Jeanne Dupont, Librairie du Marais SARL"
/// ```
public enum SignedQuote {
    /// Checks that `pdf` starts with the exact bytes of `quote` as issued (a revision with its
    /// recorded SHA-256), that a signature made after it is intact, that nothing after the issued
    /// bytes changes what the document shows, and that the seller's signature is still intact.
    ///
    /// - Returns: the acceptance to record, its file beside the quote's (`D-2026-0001.signed.pdf`).
    /// - Throws: ``InputError`` naming `name` and saying which check failed.
    public static func check(_ pdf: [UInt8], name: String, quote: IssuedDocument) throws -> SignedAcceptance {
        func refuse(_ reason: String) -> InputError { InputError(source: name, reason) }
        let revisions: [PDFRevision]
        let signatures: [PDFSignatureInfo]
        do {
            revisions = try PDFRevisions.revisions(pdf)
            signatures = try PDFSignatures.read(pdf)
        } catch {
            throw refuse("not a PDF Folio can read (\(error))")
        }
        // The quote as issued is one of the file's revisions, byte for byte.
        guard let issued = revisions.map(\.endOffset).first(where: { $0 <= pdf.count && SHA256Hex.of(Array(pdf[..<$0])) == quote.pdfSHA256 }) else {
            throw refuse("it does not contain quote \(quote.number) as issued (no revision of it has the SHA-256 the ledger recorded): another quote, or this one changed before it was signed")
        }
        guard let client = signatures.last(where: { $0.coversUpTo > issued }) else {
            throw refuse("no signature was added to quote \(quote.number) after it was issued: the client has not signed it")
        }
        if let problem = client.byteRangeProblem { throw refuse("the client's signature is malformed: \(problem)") }
        let report = CMSSignatureCheck.checkIntegrity(client.contents, content: client.signedBytes)
        guard report.intact else {
            throw refuse("the client's signature is broken: \(report.problems.joined(separator: "; "))")
        }
        let changes: [PDFObjectChange]
        do { changes = try PDFRevisions.changes(in: pdf, after: issued) } catch {
            throw refuse("its updates after the quote cannot be read (\(error))")
        }
        if let change = changes.first(where: \.changesContent) {
            throw refuse("an update after the quote as issued changes what it shows (object \(change.number), \(change.kind)): the client signed a modified quote")
        }
        if let seller = signatures.first(where: { $0.fieldName == DocumentSigner.sellerField }) {
            guard seller.coversUpTo == issued, CMSSignatureCheck.checkIntegrity(seller.contents, content: seller.signedBytes).intact else {
                throw refuse("the seller's signature of quote \(quote.number) is no longer intact")
            }
        }
        let signer = [report.signerName, report.organisation].compactMap { $0 }.joined(separator: ", ")
        let folder = URL(fileURLWithPath: quote.file).deletingLastPathComponent()
        let base = URL(fileURLWithPath: quote.file).deletingPathExtension().lastPathComponent
        return SignedAcceptance(pdf: pdf, file: folder.appendingPathComponent("\(base).signed.pdf").path,
                                signer: signer.isEmpty ? "unnamed signer" : signer, certificateSHA256: report.fingerprint ?? "")
    }
}

extension Ledger {
    /// Records a quote's acceptance proven by the client's signature on the returned PDF (see ``SignedQuote``).
    ///
    /// - Throws: ``InputError`` naming the file when the signature does not prove the acceptance, or
    ///   the quote when it cannot be accepted (already decided, late without `late`).
    public func accept(quote number: String, signedFile: String, on date: CalendarDate, late: Bool = false,
                       company: String? = nil) throws -> QuoteDecision {
        // The client's file: read within the limits of PDFs.
        let data = try TextFile.bytes(path: signedFile, name: signedFile, limit: InputLimitSettings.current[.pdf].bytes, kind: .pdf)
        return try accept(quote: number, signedPDF: Array(data), name: signedFile, on: date, late: late, company: company)
    }

    /// Records a quote's acceptance proven by the client's signature on the PDF's bytes (an upload);
    /// `name` names them in messages.
    public func accept(quote number: String, signedPDF data: [UInt8], name: String, on date: CalendarDate, late: Bool = false,
                       company: String? = nil) throws -> QuoteDecision {
        do {
            guard let quote = try document(number: number, company: company), quote.kind == .quote else {
                throw InputError(source: number, "no issued quote \(number) in \(path)")
            }
            let acceptance = try SignedQuote.check(data, name: name, quote: quote)
            let validUntil = try RecordedOrders().computed(quote).validUntil
            return try decide(quote: number, company: quote.company, .accepted, on: date, validUntil: validUntil, late: late,
                              signed: acceptance)
        } catch let violation as RuleViolation {
            throw InputError(source: number, violation.reason)
        }
    }
}
