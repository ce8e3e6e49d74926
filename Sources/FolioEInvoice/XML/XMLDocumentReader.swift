import CLibXML2
import CXMLErrors
import FolioCore

/// Parses XML with libxml2 into an ``XMLTree``: strict (any error refuses the document, a document
/// cut short is an error, the first error is the one reported), with no network, no DTD loaded and
/// no entity substituted; libxml2 prints nothing (CXMLErrors keeps its errors).
///
/// libxml2 rather than Foundation's `XMLParser`: on Linux, `XMLParser` leaks the error it makes of
/// every malformed document (some 1 KB each, found by the `einvoice` fuzz target), which a service
/// reading documents sent to it cannot afford; libxml2 is what `XMLParser` calls anyway.
enum XMLDocumentReader {
    /// libxml2 sets up its global state once per process before any thread parses.
    private static let initialised: Void = xmlInitParser()

    /// - Throws: ``EInvoiceReadError`` naming `source`: not well-formed XML (with libxml2's line and
    ///   message), empty, or elements nested deeper than `maximumDepth`.
    static func tree(of bytes: [UInt8], source: String, maximumDepth: Int) throws(EInvoiceReadError) -> XMLTree {
        _ = initialised
        folio_xml_keep_errors()
        guard let context = xmlNewParserCtxt() else { throw EInvoiceReadError(source: source, "cannot parse XML: out of memory") }
        defer { xmlFreeParserCtxt(context) }
        var options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        // libxml2 stops at 256 levels of its own, unless told the document may be huge.
        let libxml2Depth = 256
        if maximumDepth > libxml2Depth { options |= Int32(XML_PARSE_HUGE.rawValue) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                xmlCtxtReadMemory(context, characters.baseAddress, Int32(characters.count), nil, nil, options)
            }
        }
        guard let document else {
            guard let error = xmlCtxtGetLastError(context), error.pointee.code != 0 else {
                throw EInvoiceReadError(source: source, "not well-formed XML (line 1): the document is empty")
            }
            if error.pointee.code == XML_ERR_INTERNAL_ERROR.rawValue, maximumDepth <= libxml2Depth,
               error.pointee.message.map({ String(cString: $0).contains("depth") }) == true {
                throw EInvoiceReadError(source: source, InputLimitRefusal.reason(
                    "elements nested more than \(maximumDepth) deep (line \(error.pointee.line))", kind: .einvoice, limit: .depth))
            }
            let first = String(cString: folio_xml_first_error())
            if !first.isEmpty {
                let reason = first.split(separator: "\n").joined(separator: " ")
                if folio_xml_first_error_domain() == Int32(XML_FROM_I18N.rawValue) {
                    throw EInvoiceReadError(source: source, "not valid in its encoding: \(reason)")
                }
                throw EInvoiceReadError(source: source, "not well-formed XML (line \(folio_xml_first_error_line())): \(reason)")
            }
            let message = error.pointee.message.map { String(cString: $0).split(separator: "\n").joined(separator: " ") } ?? "error \(error.pointee.code)"
            throw EInvoiceReadError(source: source, "not well-formed XML (line \(error.pointee.line)): \(message)")
        }
        defer { xmlFreeDoc(document) }
        guard let element = xmlDocGetRootElement(document) else {
            throw EInvoiceReadError(source: source, "not well-formed XML (line 1): the document is empty")
        }
        return try tree(element, depth: 1, source: source, maximumDepth: maximumDepth)
    }

    /// The element and its descendants; text and CDATA joined into its content, as written.
    private static func tree(_ element: xmlNodePtr, depth: Int, source: String, maximumDepth: Int) throws(EInvoiceReadError) -> XMLTree {
        guard depth <= maximumDepth else {
            throw EInvoiceReadError(source: source, InputLimitRefusal.reason(
                "elements nested more than \(maximumDepth) deep (line \(xmlGetLineNo(element)))", kind: .einvoice, limit: .depth))
        }
        let node = XMLTree(name: text(element.pointee.name), namespace: element.pointee.ns.flatMap { $0.pointee.href.map(text) },
                           attributes: attributes(of: element))
        var child = element.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                node.children.append(try tree(current, depth: depth + 1, source: source, maximumDepth: maximumDepth))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { node.content += text(content) }
            default:
                break
            }
            child = current.pointee.next
        }
        return node
    }

    /// The attributes by local name.
    private static func attributes(of element: xmlNodePtr) -> [String: String] {
        var attributes: [String: String] = [:]
        var attribute = element.pointee.properties
        while let current = attribute {
            if let value = xmlNodeListGetString(element.pointee.doc, current.pointee.children, 1) {
                attributes[text(current.pointee.name)] = text(value)
                folio_xml_free(value)
            } else {
                attributes[text(current.pointee.name)] = ""
            }
            attribute = current.pointee.next
        }
        return attributes
    }

    private static func text(_ characters: UnsafePointer<xmlChar>?) -> String {
        characters.map { String(cString: $0) } ?? ""
    }
}
