import FolioCore
import FolioLedger
import Foundation

/// Checks a ledger the way an auditor would: the hash chain, gapless series, every PDF as issued,
/// and on request every document rendered again from what the ledger kept.
///
/// ```swift
/// let report = try LedgerVerification.run(ledger, rerender: true)
/// report.isSound     // true, or report.problems says what is wrong
/// ```
public enum LedgerVerification {
    /// What was checked and what was found.
    public struct Report: Sendable {
        public var verification: Ledger.Verification
        /// Files of issues a crash interrupted, finished or removed before checking.
        public var finished: [String]
        public var removed: [String]
        /// Issues a crash interrupted after their number was taken: rendered again and recorded before checking.
        public var completed: InterruptedIssues.Completion = InterruptedIssues.Completion()
        public var isSound: Bool { verification.isSound }
        public var problems: [String] { verification.problems }
    }

    /// Settles what a crash left behind (files to rename, numbers whose documents were never recorded), then verifies.
    ///
    /// - Parameters:
    ///   - rerender: render every document again from its recorded input, profile, language and number,
    ///     finish it with `finishing`, and compare the bytes with the recorded SHA-256 and with the file.
    ///   - engine: the rendering engine of this thread (default: a new one, loaded only if needed).
    public static func run(_ ledger: Ledger, rerender: Bool, finishing: Finishing? = nil,
                           engine: RenderingEngine? = nil) throws -> Report {
        let folder = ledger.documentsFolder
        let settled = try ledger.settlePendingFiles(in: folder)
        let completed = try InterruptedIssues.complete(in: ledger, engine: engine)
        var verification = try ledger.verify()
        for failed in completed.failed {
            verification.problems.append("\(failed.number) was reserved and its issue interrupted, and it could not be rendered again: \(failed.reason)")
        }
        for file in try ledger.unrecordedFiles(in: folder) where file.hasSuffix(".pdf") && !file.hasSuffix(".draft.pdf") {
            verification.problems.append("\(file) has no record in the ledger")
        }
        if rerender {
            verification.problems += try rerendered(ledger.documents(), of: ledger, finishing: finishing, engine: engine)
        }
        return Report(verification: verification, finished: settled.finished, removed: settled.removed, completed: completed)
    }

    /// Renders issued documents again from what the ledger kept and compares the finished bytes with
    /// the SHA-256 recorded at issue and with the PDF the ledger keeps; returns the differences found.
    public static func rerendered(_ documents: [IssuedDocument], of ledger: Ledger, finishing: Finishing? = nil,
                                  engine: RenderingEngine? = nil) throws -> [String] {
        var problems: [String] = []
        let companies = RecordedCompanies(engine: engine, finishing: finishing)
        for document in documents {
            do {
                let company = try companies.company(profile: document.profile, folder: document.profileFolder,
                                                    name: "\(document.number) profile")
                guard let language = DocumentLanguage(rawValue: document.language) else {
                    problems.append("\(document.number): unknown language \(document.language)")
                    continue
                }
                let input = try OrderInput(text: document.input, name: document.number)
                let signed = document.unsignedSHA256 != nil
                let rendered = try company.render(company.compute(input), language: language, number: document.number,
                                                  signature: signed ? .stampOnly : .none)
                let hash = SHA256Hex.of(rendered.pdf)
                let kept = try ledger.keptFile(document.file)
                if signed {
                    // A signed document: the re-rendered bytes are the start of the file, and its signature is intact.
                    problems += SignedDocumentCheck.problems(of: document, kept: kept, rerendered: rendered.pdf)
                } else if hash != document.pdfSHA256 {
                    let versions = rendered.templateVersions.joined(separator: ",")
                    let why = versions != document.templates ? " (templates now \(versions), issued with \(document.templates))"
                        : document.folioVersion != FolioVersion.current ? " (issued by Folio \(document.folioVersion), this is \(FolioVersion.current))" : ""
                    problems.append("\(document.number): re-rendered from its recorded input, it differs from the PDF issued\(why)")
                }
                if !signed, let kept, SHA256Hex.of(kept) != hash {
                    problems.append("\(document.number): \(document.file) differs from the document re-rendered from its recorded input")
                }
            } catch let error as InputError {
                problems.append("\(document.number): cannot be re-rendered: \(error)")
            }
        }
        return problems
    }
}
