import FolioCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

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
        let builder = XMLTreeBuilder(maximumDepth: limits.depth)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        // Foundation's parser on Linux may accept a document cut short: every element must also be closed.
        let parsed = parser.parse()
        if builder.tooDeep {
            throw EInvoiceReadError(source: source, InputLimitRefusal.reason(
                "elements nested more than \(limits.depth) deep (line \(parser.lineNumber))", kind: .einvoice, limit: .depth))
        }
        guard parsed, let root = builder.root, builder.isComplete else {
            let line = parser.lineNumber
            let reason = parser.parserError.map { Self.reason($0) }
                ?? (builder.root == nil ? "the document is empty" : "the document ends before its elements are closed (truncated?)")
            throw EInvoiceReadError(source: source, "not well-formed XML (line \(line)): \(reason)")
        }
        self.root = root
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
final class XMLTree {
    /// The local name (`Invoice`, `CrossIndustryInvoice`).
    let name: String
    /// The namespace URI of the element.
    let namespace: String?
    let attributes: [String: String]
    fileprivate(set) var children: [XMLTree] = []
    fileprivate(set) var content = ""

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

/// Builds the tree from the parser's events (Foundation's `XMLParser`: strict, it stops at the first
/// error, where `XMLDocument` would silently recover a truncated file).
private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
    var root: XMLTree?
    private var open: [XMLTree] = []
    /// Elements deeper than this stop the parse (a tree a million deep would overflow the stack when freed).
    let maximumDepth: Int
    private(set) var tooDeep = false
    /// True once the root element is closed.
    var isComplete: Bool { root != nil && open.isEmpty }

    init(maximumDepth: Int) {
        self.maximumDepth = maximumDepth
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard open.count < maximumDepth else {
            tooDeep = true
            parser.abortParsing()
            return
        }
        let node = XMLTree(name: elementName, namespace: namespaceURI, attributes: attributes)
        if let parent = open.last { parent.children.append(node) } else { root = node }
        open.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        _ = open.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        open.last?.content += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        open.last?.content += String(decoding: CDATABlock, as: UTF8.self)
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
