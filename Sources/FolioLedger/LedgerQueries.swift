import FolioCore
import Foundation

extension Ledger {
    /// Issued documents in the order they were issued, filtered by company, kind and date range.
    public func documents(company: String? = nil, kinds: [Order.Kind]? = nil, from: CalendarDate? = nil,
                          through: CalendarDate? = nil) throws -> [IssuedDocument] {
        try store.read { try $0.documents(DocumentFilter(company: company, kinds: kinds, from: from, through: through)) }
    }

    /// A page of documents, newest first: `limit` of them after skipping `offset`, filtered as
    /// ``documents(company:kinds:from:through:)`` and by `search` (text in the number or the client's
    /// name; ASCII letters of any case), with how many match in all. Reads only the page's records.
    ///
    /// ```swift
    /// let page = try ledger.documentPage(company: "912345618", search: "librairie", offset: 0, limit: 50)
    /// page.total          // 212
    /// page.documents      // the 50 newest
    /// ```
    public func documentPage(company: String? = nil, kinds: [Order.Kind]? = nil, from: CalendarDate? = nil, through: CalendarDate? = nil,
                             search: String? = nil, offset: Int, limit: Int) throws -> DocumentPage {
        var filter = DocumentFilter(company: company, kinds: kinds, from: from, through: through)
        filter.search = search.flatMap { $0.isEmpty ? nil : $0 }
        filter.newestFirst = true
        filter.offset = max(0, offset)
        filter.limit = max(0, limit)
        return try store.read { ledger in
            DocumentPage(documents: try ledger.documents(filter), total: try ledger.documentCount(filter))
        }
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

/// Some documents of the ledger, and how many match the query they were taken from.
public struct DocumentPage: Sendable {
    public let documents: [IssuedDocument]
    public let total: Int
}
