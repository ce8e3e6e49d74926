import Foundation
import FolioDocuments

/// An issued document as the API shows it: its number, kind, date, client and totals (decimal
/// text: money is never a floating-point number), what it came from, and where its files are.
struct DocumentRecord: Encodable, Sendable {
    struct Links: Encodable, Sendable {
        let record: String
        let pdf: String
        let xml: String?

        enum CodingKeys: String, CodingKey {
            case record = "self", pdf, xml
        }
    }

    let number: String
    let kind: String
    let date: String
    let client: String
    let currency: String
    let netTotal: String
    let vatTotal: String
    let grandTotal: String
    let amountDue: String
    let language: String
    let series: String
    let quote: String?
    let credited: String?
    let templates: String
    let terms: String?
    let pdfSHA256: String
    let xmlSHA256: String?
    let links: Links

    init(_ document: IssuedDocument) {
        number = document.number
        kind = document.kind.rawValue
        date = document.date.description
        client = document.client
        currency = document.currency
        netTotal = document.netTotal.description
        vatTotal = document.vatTotal.description
        grandTotal = document.grandTotal.description
        amountDue = document.amountDue.description
        language = document.language
        series = document.series
        quote = document.quote
        credited = document.credited
        templates = document.templates
        terms = document.terms
        pdfSHA256 = document.pdfSHA256
        xmlSHA256 = document.xmlSHA256
        let path = "/v1/documents/\(Self.pathComponent(document.number))"
        links = Links(record: path, pdf: path + "/pdf", xml: document.xmlSHA256 == nil ? nil : path + "/xml")
    }

    /// A number in a URL path: `/` (allowed in numbers) percent-encoded.
    static func pathComponent(_ number: String) -> String {
        number.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_+"))) ?? number
    }
}

/// The documents of a period, in the order they were issued.
struct DocumentList: Encodable, Sendable {
    let documents: [DocumentRecord]
}

/// A quote's recorded decision.
struct DecisionRecord: Encodable, Sendable {
    let quote: String
    let status: String
    let date: String
    let late: Bool
    let signer: String?

    init(_ decision: QuoteDecision) {
        quote = decision.number
        status = decision.status.rawValue
        date = decision.date.description
        late = decision.late
        signer = decision.signer
    }
}

/// A recorded payment, and what its invoice still owes after it.
struct PaymentRecord: Encodable, Sendable {
    let invoice: String
    let date: String
    let amount: String
    let currency: String
    let method: String?
    let reference: String?
    let stillDue: String
}
