import FolioCore

/// A received XML document, parsed only when it is safe to: bounded in size, and with no document
/// type declaration (an e-invoice never needs one, and its entities are how an « XML bomb » expands a
/// few kilobytes into gigabytes, or reads local files).
struct XMLInput {
    let root: XMLTree

    /// - Throws: ``EInvoiceReadError`` naming `source` when the bytes are beyond `limits` (size,
    ///   nesting of elements), declare a DTD or are not well-formed XML.
    init(_ bytes: [UInt8], source: String, limits: InputLimits) throws(EInvoiceReadError) {
        guard bytes.count <= limits.bytes else {
            throw EInvoiceReadError(source: source, InputLimitRefusal.reason(
                "\(bytes.count) bytes: more than \(InputLimitRefusal.size(limits.bytes))", kind: .einvoice, limit: .bytes))
        }
        if Self.declaresDocumentType(bytes) {
            throw EInvoiceReadError(source: source, "the XML declares a document type (<!DOCTYPE or <!ENTITY): refused, an e-invoice has none and its entities could expand without bound")
        }
        root = try XMLDocumentReader.tree(of: bytes, source: source, maximumDepth: limits.depth)
    }

    /// True when `<!DOCTYPE` or `<!ENTITY` appears anywhere (in UTF-8 or, zero bytes apart, UTF-16).
    static func declaresDocumentType(_ bytes: [UInt8]) -> Bool {
        let compact = bytes.filter { $0 != 0 }
        for keyword in ["<!DOCTYPE", "<!ENTITY"] {
            let pattern = Array(keyword.utf8)
            if compact.count >= pattern.count {
                for start in 0...(compact.count - pattern.count) where compact[start] == pattern[0] {
                    if compact[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
                }
            }
        }
        return false
    }
}

/// An element of a parsed document, looked up by local names so namespace prefixes do not matter.
final class XMLTree {
    /// The local name (`Invoice`, `CrossIndustryInvoice`).
    let name: String
    /// The namespace URI of the element.
    let namespace: String?
    let attributes: [String: String]
    var children: [XMLTree] = []
    var content = ""

    init(name: String, namespace: String?, attributes: [String: String]) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
    }

    /// The child elements called `name`.
    func children(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

    /// The elements at a path of local names (`SpecifiedTradeProduct/Name`).
    func all(_ path: String) -> [XMLTree] {
        var current = [self]
        for step in path.split(separator: "/") {
            current = current.flatMap { $0.children(String(step)) }
        }
        return current
    }

    func first(_ path: String) -> XMLTree? { all(path).first }

    /// The trimmed text at `path` (`""`: this element's), nil when absent or empty.
    func text(_ path: String) -> String? {
        let node = path.isEmpty ? self : first(path)
        guard let value = node?.content.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// An attribute of the element at `path`.
    func attribute(_ name: String, at path: String = "") -> String? {
        (path.isEmpty ? self : first(path))?.attributes[name]
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
