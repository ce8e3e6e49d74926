import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A received XML document, parsed only when it is safe to: bounded in size, and with no document
/// type declaration (an e-invoice never needs one, and its entities are how an « XML bomb » expands a
/// few kilobytes into gigabytes, or reads local files).
struct XMLInput {
    /// The largest XML Folio reads: the biggest real e-invoices are a few megabytes (thousands of lines).
    static let maximumSize = 32 * 1024 * 1024

    let root: XMLTree

    /// - Throws: ``EInvoiceReadError`` naming `source` when the bytes are too big, declare a DTD or
    ///   are not well-formed XML.
    init(_ bytes: [UInt8], source: String) throws(EInvoiceReadError) {
        guard bytes.count <= Self.maximumSize else {
            throw EInvoiceReadError(source: source, "\(bytes.count) bytes: larger than the \(Self.maximumSize / 1024 / 1024) MB an e-invoice may have")
        }
        if Self.declaresDocumentType(bytes) {
            throw EInvoiceReadError(source: source, "the XML declares a document type (<!DOCTYPE or <!ENTITY): refused, an e-invoice has none and its entities could expand without bound")
        }
        let document: XMLDocument
        do {
            document = try XMLDocument(data: Data(bytes), options: [])
        } catch {
            throw EInvoiceReadError(source: source, "not well-formed XML: \(Self.reason(error))")
        }
        guard let root = document.rootElement() else { throw EInvoiceReadError(source: source, "the XML has no root element") }
        self.root = XMLTree(root)
    }

    /// True when `<!DOCTYPE` or `<!ENTITY` appears anywhere (in UTF-8 or, zero bytes apart, UTF-16).
    static func declaresDocumentType(_ bytes: [UInt8]) -> Bool {
        let compact = bytes.filter { $0 != 0 }
        for keyword in ["<!DOCTYPE", "<!ENTITY"] {
            let pattern = Array(keyword.utf8)
            if compact.count >= pattern.count {
                for start in 0...(compact.count - pattern.count) where compact[start] == pattern[0] {
                    if Array(compact[start..<(start + pattern.count)]) == pattern { return true }
                }
            }
        }
        return false
    }

    private static func reason(_ error: any Error) -> String {
        let text = (error as NSError).userInfo[NSLocalizedDescriptionKey] as? String ?? "\(error)"
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// An element of a parsed document, looked up by local names so namespace prefixes do not matter.
struct XMLTree {
    let element: XMLElement

    init(_ element: XMLElement) { self.element = element }

    /// The local name (`Invoice`, `CrossIndustryInvoice`).
    var name: String { element.localName ?? element.name ?? "" }
    /// The namespace URI of the element.
    var namespace: String? { element.uri }

    /// The child elements called `name`.
    func children(_ name: String) -> [XMLTree] {
        (element.children ?? []).compactMap { $0 as? XMLElement }.filter { ($0.localName ?? $0.name) == name }.map(XMLTree.init)
    }

    /// The elements at a path of local names (`SpecifiedTradeProduct/Name`).
    func all(_ path: String) -> [XMLTree] {
        var current = [self]
        for step in path.split(separator: "/") {
            current = current.flatMap { $0.children(String(step)) }
        }
        return current
    }

    func first(_ path: String) -> XMLTree? { all(path).first }

    /// The trimmed text at `path`, nil when absent or empty.
    func text(_ path: String) -> String? {
        let node = path.isEmpty ? self : first(path)
        guard let value = node?.element.stringValue?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// An attribute of the element at `path`, by its local name.
    ///
    /// Looked up among the attributes rather than with `attribute(forName:)`, which swift-corelibs
    /// FoundationXML answers with nil on an element in a namespace.
    func attribute(_ name: String, at path: String = "") -> String? {
        let node = path.isEmpty ? self : first(path)
        return node?.element.attributes?.first { ($0.localName ?? $0.name) == name }?.stringValue
    }
}

/// A received e-invoice cannot be read: the message names the source and the reason.
public struct EInvoiceReadError: Error, Sendable, CustomStringConvertible {
    public let source: String
    public let reason: String
    init(source: String, _ reason: String) {
        self.source = source
        self.reason = reason
    }
    public var description: String { "\(source): \(reason)" }
}
