import FolioCore
import Foundation

/// An element of a received UBL document and the path that leads to it, so that every error names the
/// business term and where it was looked for: « BT-1 (cbc:ID): missing ».
///
/// Paths are written with the UBL prefixes (`cac:Item/cbc:Name`) for the messages, and looked up by
/// local names, whatever prefixes the sender chose.
struct UBLNode {
    let tree: XMLTree
    /// The path from the root element, `cac:InvoiceLine[2]/cac:Item`; empty for the root.
    let path: String
    /// The file or name the document came from, for the errors.
    let source: String

    /// The child elements called `name` (`cac:InvoiceLine`), numbered from 1 in their paths.
    func children(_ name: String) -> [UBLNode] {
        tree.children(Self.local(name)).enumerated().map { index, child in
            UBLNode(tree: child, path: full("\(name)[\(index + 1)]"), source: source)
        }
    }

    /// Every element at `path` (`cac:TaxTotal/cac:TaxSubtotal`), numbered in their paths.
    func all(_ path: String) -> [UBLNode] {
        var nodes = [self]
        for step in path.split(separator: "/") {
            nodes = nodes.flatMap { $0.children(String(step)) }
        }
        return nodes
    }

    /// The first element at `path`, nil when there is none.
    func first(_ path: String) -> UBLNode? {
        tree.first(Self.local(path)).map { UBLNode(tree: $0, path: full(path), source: source) }
    }

    /// The trimmed text at `path` (the element itself for an empty path), nil when absent or empty.
    func text(_ path: String = "") -> String? {
        tree.text(Self.local(path))
    }

    /// An attribute of the element at `path`, nil when absent or empty.
    func attribute(_ name: String, at path: String = "") -> String? {
        guard let value = tree.attribute(name, at: Self.local(path))?.trimmingCharacters(in: .whitespacesAndNewlines),
              !value.isEmpty else { return nil }
        return value
    }

    /// The text of a mandatory term.
    func required(_ term: String, _ path: String) throws(EInvoiceReadError) -> String {
        guard let value = text(path) else { throw error(term, path, "missing") }
        return value
    }

    /// An amount, quantity, price or percent as stated, nil when absent.
    func decimal(_ term: String, _ path: String) throws(EInvoiceReadError) -> ExactDecimal? {
        guard let text = text(path) else { return nil }
        guard let value = Self.decimal(text) else { throw error(term, path, "\"\(text)\" is not a decimal number") }
        return value
    }

    /// A mandatory amount, quantity or price.
    func requiredDecimal(_ term: String, _ path: String) throws(EInvoiceReadError) -> ExactDecimal {
        guard let value = try decimal(term, path) else { throw error(term, path, "missing") }
        return value
    }

    /// A date (`2026-11-26`, a time zone allowed after it), nil when absent.
    func date(_ term: String, _ path: String) throws(EInvoiceReadError) -> CalendarDate? {
        guard let text = text(path) else { return nil }
        guard let value = Self.date(text) else { throw error(term, path, "\"\(text)\" is not a date (YYYY-MM-DD)") }
        return value
    }

    /// A mandatory date.
    func requiredDate(_ term: String, _ path: String) throws(EInvoiceReadError) -> CalendarDate {
        guard let value = try date(term, path) else { throw error(term, path, "missing") }
        return value
    }

    /// The error « TERM (path): problem », the path from the root.
    func error(_ term: String, _ path: String, _ problem: String) -> EInvoiceReadError {
        EInvoiceReadError(source: source, "\(term) (\(full(path))): \(problem)")
    }

    /// `path` below this element.
    func full(_ path: String) -> String {
        if path.isEmpty { return self.path }
        return self.path.isEmpty ? path : self.path + "/" + path
    }

    /// The local names of a prefixed path: `cac:Item/cbc:Name` → `Item/Name`.
    static func local(_ path: String) -> String {
        path.split(separator: "/").map { $0.split(separator: ":").last.map(String.init) ?? "" }.joined(separator: "/")
    }

    /// An `xsd:decimal`: an optional sign, digits with an optional point (`.5` and `5.` included).
    static func decimal(_ text: String) -> ExactDecimal? {
        var body = Substring(text)
        var sign = ""
        if let first = body.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        guard body.contains(where: { $0.isASCII && $0.isNumber }) else { return nil }
        if body.hasPrefix(".") { body = "0" + body }
        if body.hasSuffix(".") { body = body.dropLast() }
        return ExactDecimal(sign + body)
    }

    /// An `xsd:date`: `YYYY-MM-DD`, optionally followed by `Z` or an offset `+hh:mm` / `-hh:mm`, which
    /// does not change the calendar day the invoice states.
    static func date(_ text: String) -> CalendarDate? {
        let day = text.prefix(10)
        let zone = text.dropFirst(10)
        guard zone.isEmpty || zone == "Z" || Self.isOffset(zone) else { return nil }
        return CalendarDate(day)
    }

    private static func isOffset(_ zone: Substring) -> Bool {
        let characters = Array(zone)
        guard characters.count == 6, characters[0] == "+" || characters[0] == "-", characters[3] == ":" else { return false }
        return [1, 2, 4, 5].allSatisfy { characters[$0].isASCII && characters[$0].isNumber }
    }
}
