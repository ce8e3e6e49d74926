import FolioCore
import Foundation
import GRDB

extension Ledger {
    /// Issued documents in the order they were issued, filtered by company, kind and date range.
    public func documents(company: String? = nil, kinds: [Order.Kind]? = nil, from: CalendarDate? = nil,
                          through: CalendarDate? = nil) throws -> [IssuedDocument] {
        try database.read { db in
            var request = IssuedDocument.order(Column("position"))
            if let company { request = request.filter(Column("company") == company) }
            if let kinds { request = request.filter(kinds.contains(Column("kind"))) }
            if let from { request = request.filter(Column("date") >= from) }
            if let through { request = request.filter(Column("date") <= through) }
            return try request.fetchAll(db)
        }
    }

    /// The document of a number; with several companies in the ledger, name the company.
    public func document(number: String, company: String? = nil) throws -> IssuedDocument? {
        try database.read { db in
            var request = IssuedDocument.filter(Column("number") == number)
            if let company { request = request.filter(Column("company") == company) }
            let found = try request.fetchAll(db)
            guard found.count <= 1 else {
                throw RuleViolation("\(found.count) companies issued a document \(number): name the company (--company)")
            }
            return found.first
        }
    }

    /// Every quote decision, by quote number (company and number).
    public func decisions(company: String? = nil) throws -> [QuoteDecision] {
        try database.read { db in
            var request = QuoteDecision.order(Column("position"))
            if let company { request = request.filter(Column("company") == company) }
            return try request.fetchAll(db)
        }
    }

    /// The documents made from a quote (its deposit and balance invoices).
    public func documents(fromQuote quote: String, company: String) throws -> [IssuedDocument] {
        try database.read { db in
            try IssuedDocument.filter(Column("company") == company && Column("quote") == quote)
                .order(Column("position")).fetchAll(db)
        }
    }
}
