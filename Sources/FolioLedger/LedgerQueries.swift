import FolioCore
import Foundation

extension Ledger {
    /// Issued documents in the order they were issued, filtered by company, kind and date range.
    public func documents(company: String? = nil, kinds: [Order.Kind]? = nil, from: CalendarDate? = nil,
                          through: CalendarDate? = nil) throws -> [IssuedDocument] {
        try store.read { try $0.documents(DocumentFilter(company: company, kinds: kinds, from: from, through: through)) }
    }

    /// The document of a number; with several companies in the ledger, name the company.
    public func document(number: String, company: String? = nil) throws -> IssuedDocument? {
        let found = try store.read { try $0.documents(DocumentFilter(company: company, number: number)) }
        guard found.count <= 1 else {
            throw RuleViolation("\(found.count) companies issued a document \(number): name the company (--company)")
        }
        return found.first
    }

    /// Every quote decision, by quote number (company and number).
    public func decisions(company: String? = nil) throws -> [QuoteDecision] {
        try store.read { try $0.decisions(company: company, number: nil) }
    }

    /// The documents made from a quote (its deposit and balance invoices).
    public func documents(fromQuote quote: String, company: String) throws -> [IssuedDocument] {
        try store.read { try $0.documents(DocumentFilter(company: company, quote: quote)) }
    }

    /// The bytes of a recorded file (a document's PDF, a notice's, a signed acceptance) as the ledger
    /// keeps them: the file on disk beside a SQLite ledger, the database's copy in a PostgreSQL one.
    /// Nil when they are missing.
    public func keptFile(_ name: String) throws -> [UInt8]? {
        try store.read { try $0.keptFile(name) }
    }

    /// The e-invoice XML a PostgreSQL ledger keeps beside an invoice's PDF; nil in a SQLite ledger,
    /// where it is read from the PDF it is embedded in.
    public func keptEInvoice(of document: IssuedDocument) throws -> [UInt8]? {
        guard store.keepsFilesInDatabase, document.xmlSHA256 != nil else { return nil }
        return try keptFile(Self.eInvoiceFile(of: document.file))
    }
}
