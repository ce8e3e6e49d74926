import FolioLedger
import Foundation

/// What became of each issued document: a quote's decision, an invoice's credit notes.
///
/// ```swift
/// let statuses = try DocumentStatuses(ledger)
/// statuses.status(of: quote)      // "accepted 2026-10-09"
/// statuses.status(of: invoice)    // "credited by A-2026-0001"
/// ```
public struct DocumentStatuses: Sendable {
    private let decisions: [String: QuoteDecision]
    private let credited: [String: [String]]

    public init(_ ledger: Ledger) throws {
        decisions = Dictionary(try ledger.decisions().map { ("\($0.company) \($0.number)", $0) }, uniquingKeysWith: { first, _ in first })
        credited = Dictionary(grouping: try ledger.documents(kinds: [.creditNote]).filter { $0.credited != nil }) {
            "\($0.company) \($0.credited ?? "")"
        }.mapValues { $0.map(\.number) }
    }

    /// `issued`, `accepted 2026-10-09`, `refused …`, `expired …`, or `credited by A-2026-0001 …`.
    public func status(of document: IssuedDocument) -> String {
        let key = "\(document.company) \(document.number)"
        if document.kind == .quote { return decisions[key].map { "\($0.status.rawValue) \($0.date)" } ?? "issued" }
        if let notes = credited[key] { return "credited by \(notes.joined(separator: " "))" }
        return "issued"
    }
}

/// The issued documents as CSV for the accountant (RFC 4180, comma, dot decimals): number, date,
/// kind, client, totals, currency, status.
public enum LedgerJournal {
    public static func csv(_ documents: [IssuedDocument], statuses: DocumentStatuses) -> String {
        var text = "number,date,kind,client,total_excl_vat,vat,total_incl_vat,currency,status\r\n"
        for document in documents {
            let fields = [document.number, document.date.description, document.kind.rawValue, document.client,
                          document.netTotal.description, document.vatTotal.description, document.grandTotal.description,
                          document.currency, statuses.status(of: document)]
            text += fields.map(field).joined(separator: ",") + "\r\n"
        }
        return text
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
