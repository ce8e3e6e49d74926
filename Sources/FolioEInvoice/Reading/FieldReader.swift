import FolioCore

/// Reads the terms of a received e-invoice, each error naming the business term, the element and the value.
struct FieldReader {
    let source: String
    /// The root element's name, for messages (`rsm:CrossIndustryInvoice`, `Invoice`).
    let syntax: String

    func error(_ reason: String) -> EInvoiceReadError { EInvoiceReadError(source: source, reason) }

    func optional(_ node: XMLTree?, _ path: String) -> String? { node?.text(path) }

    func required(_ term: String, _ node: XMLTree?, _ path: String) throws(EInvoiceReadError) -> String {
        guard let value = node?.text(path) else { throw error("\(term) (\(path)): missing") }
        return value
    }

    func decimal(_ term: String, _ text: String?, path: String) throws(EInvoiceReadError) -> ExactDecimal {
        guard let text else { throw error("\(term) (\(path)): missing") }
        // XML Schema decimals may carry a leading « + »; Folio's decimals never a thousands separator or exponent.
        let digits = text.hasPrefix("+") ? String(text.dropFirst()) : text
        guard let value = ExactDecimal(digits), value.normalized.places <= 18 else {
            throw error("\(term) (\(path)): « \(text) » is not a decimal number")
        }
        return value
    }

    func requiredDecimal(_ term: String, _ node: XMLTree?, _ path: String) throws(EInvoiceReadError) -> ExactDecimal {
        try decimal(term, node?.text(path), path: path)
    }

    func optionalDecimal(_ term: String, _ node: XMLTree?, _ path: String) throws(EInvoiceReadError) -> ExactDecimal? {
        guard let text = node?.text(path) else { return nil }
        return try decimal(term, text, path: path)
    }

    /// A date as CII writes it (format 102, `20261126`) or as UBL does (`2026-11-26`).
    func date(_ term: String, _ text: String, path: String) throws(EInvoiceReadError) -> CalendarDate {
        let iso = text.count == 8 && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber)
            ? "\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.suffix(2))" : String(text.prefix(10))
        guard let date = CalendarDate(iso) else { throw error("\(term) (\(path)): « \(text) » is not a date") }
        return date
    }

    func requiredDate(_ term: String, _ node: XMLTree?, _ path: String) throws(EInvoiceReadError) -> CalendarDate {
        try date(term, try required(term, node, path), path: path)
    }

    func optionalDate(_ term: String, _ node: XMLTree?, _ path: String) throws(EInvoiceReadError) -> CalendarDate? {
        guard let text = node?.text(path) else { return nil }
        return try date(term, text, path: path)
    }

    func currency(_ term: String, _ code: String) throws(EInvoiceReadError) -> Currency {
        guard let currency = Currency(code: code) else { throw error("\(term): « \(code) » is not an ISO 4217 currency code Folio knows") }
        return currency
    }

    /// A VAT category (UNTDID 5305 subset of EN 16931) and its rate; categories other than S, L, M carry 0.
    func vat(_ term: String, _ node: XMLTree, category: String, rate: String) throws(EInvoiceReadError) -> VATClassification {
        let code = try required(term, node, category)
        guard let kind = VATCategory(rawValue: code) else {
            throw error("\(term) (\(category)): « \(code) » is not a VAT category of EN 16931 (S, Z, E, AE, K, G, O, L, M)")
        }
        return VATClassification(category: kind, rate: try optionalDecimal("\(term) rate", node, rate) ?? .zero)
    }
}
