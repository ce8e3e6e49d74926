import FolioCore
import FolioLedger
import Foundation

/// Completes the issues a crash interrupted: numbers reserved whose issuer died before recording the
/// document are rendered again from what their reservation kept (the order, the profile, the
/// language, the signature) and recorded, so that numbers stay gapless and every record gets its
/// PDF. Rendering is deterministic: the PDF is the one the issuer would have written (a signature
/// gets today's signing time).
///
/// ```swift
/// let ledger = try Ledger(path: "out/folio-ledger.sqlite")
/// let completion = try InterruptedIssues.complete(in: ledger)
/// completion.completed.map(\.number)    // ["F-2026-0042"]
/// ```
public enum InterruptedIssues {
    /// What ``complete(in:engine:)`` did.
    public struct Completion: Sendable {
        /// Documents rendered again and recorded.
        public var completed: [IssuedDocument] = []
        /// Numbers that could not be completed, and why (they stay reserved for the next opening).
        public var failed: [(number: String, reason: String)] = []
    }

    /// Renders and records every interrupted issue of `ledger`; issues still at work elsewhere are left alone.
    ///
    /// - Parameter engine: the rendering engine of this thread (default: a new one, loaded only if needed).
    /// - Throws: only the ledger's own failures; a document that cannot be rendered is reported in ``Completion/failed``.
    @discardableResult
    public static func complete(in ledger: Ledger, engine: RenderingEngine? = nil) throws -> Completion {
        var completion = Completion()
        let interrupted = try ledger.interruptedReservations()
        guard !interrupted.isEmpty else { return completion }
        let companies = RecordedCompanies(engine: engine)
        for reservation in interrupted {
            do {
                let request = try IssueRequest(json: reservation.request)
                let company = try companies.company(profile: request.profile, folder: request.profileFolder,
                                                    name: "\(reservation.number) profile")
                guard let language = DocumentLanguage(rawValue: request.language) else {
                    throw InputError(source: reservation.number, field: "language", "\(request.language) is not a language Folio writes")
                }
                let input = try OrderInput(text: request.input, name: "\(reservation.number) (input as reserved)")
                let computed = try company.compute(input)
                let (prepared, _) = try company.prepare(computed, request: request, language: language, number: reservation.number)
                completion.completed.append(try ledger.complete(reservation, with: prepared))
            } catch {
                completion.failed.append((reservation.number, "\(error)"))
            }
        }
        return completion
    }
}
