/// The XMP metadata packet of a PDF/A-3b (ISO 19005-3 §6.6, XMP ISO 16684-1): identification
/// (`pdfaid`), Dublin Core, XMP basic and Adobe PDF properties matching the `/Info` dictionary, and the
/// description and values of each extension schema.
enum XMPPacket {
    /// The PDF/A part this packet declares.
    static let part = 3
    /// The conformance level: B (basic), the visual appearance is preserved; U and A need more than Cairo writes.
    static let conformance = "B"

    /// The packet's bytes (UTF-8), ready for a `/Type /Metadata` stream.
    static func bytes(for metadata: PDFAMetadata) -> [UInt8] {
        Array(text(for: metadata).utf8)
    }

    static func text(for metadata: PDFAMetadata) -> String {
        let date = metadata.creationDate.xmp
        var xml = """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
               <pdfaid:part>\(part)</pdfaid:part>
               <pdfaid:conformance>\(conformance)</pdfaid:conformance>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
               <dc:format>application/pdf</dc:format>
               <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(XMLText.escaped(metadata.title))</rdf:li></rdf:Alt></dc:title>

            """
        if let author = metadata.author {
            xml += "   <dc:creator><rdf:Seq><rdf:li>\(XMLText.escaped(author))</rdf:li></rdf:Seq></dc:creator>\n"
        }
        if let subject = metadata.subject {
            xml += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(XMLText.escaped(subject))</rdf:li></rdf:Alt></dc:description>\n"
        }
        if let language = metadata.language {
            xml += "   <dc:language><rdf:Bag><rdf:li>\(XMLText.escaped(language))</rdf:li></rdf:Bag></dc:language>\n"
        }
        xml += """
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
               <xmp:CreatorTool>\(XMLText.escaped(metadata.creatorTool))</xmp:CreatorTool>
               <xmp:CreateDate>\(date)</xmp:CreateDate>
               <xmp:ModifyDate>\(date)</xmp:ModifyDate>
               <xmp:MetadataDate>\(date)</xmp:MetadataDate>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
               <pdf:Producer>\(XMLText.escaped(metadata.producer))</pdf:Producer>

            """
        if let keywords = metadata.keywords {
            xml += "   <pdf:Keywords>\(XMLText.escaped(keywords))</pdf:Keywords>\n"
        }
        xml += "  </rdf:Description>\n"
        if !metadata.extensions.isEmpty {
            xml += extensionDescriptions(metadata.extensions)
            for schema in metadata.extensions { xml += values(of: schema) }
        }
        xml += """
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """
        return xml
    }

    /// The `pdfaExtension:schemas` container describing every extension schema and its properties.
    private static func extensionDescriptions(_ schemas: [XMPExtensionSchema]) -> String {
        var xml = """
              <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
               <pdfaExtension:schemas>
                <rdf:Bag>

            """
        for schema in schemas {
            xml += """
                     <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>\(XMLText.escaped(schema.name))</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>\(XMLText.escaped(schema.namespaceURI))</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>\(schema.prefix)</pdfaSchema:prefix>
                      <pdfaSchema:property>
                       <rdf:Seq>

                """
            for property in schema.properties {
                xml += """
                            <rdf:li rdf:parseType="Resource">
                             <pdfaProperty:name>\(property.name)</pdfaProperty:name>
                             <pdfaProperty:valueType>\(XMLText.escaped(property.valueType))</pdfaProperty:valueType>
                             <pdfaProperty:category>\(property.category.rawValue)</pdfaProperty:category>
                             <pdfaProperty:description>\(XMLText.escaped(property.description))</pdfaProperty:description>
                            </rdf:li>

                    """
            }
            xml += """
                       </rdf:Seq>
                      </pdfaSchema:property>
                     </rdf:li>

                """
        }
        xml += """
                </rdf:Bag>
               </pdfaExtension:schemas>
              </rdf:Description>

            """
        return xml
    }

    /// The schema's property values, in its own namespace.
    private static func values(of schema: XMPExtensionSchema) -> String {
        var xml = "  <rdf:Description rdf:about=\"\" xmlns:\(schema.prefix)=\"\(XMLText.escaped(schema.namespaceURI))\">\n"
        for property in schema.properties {
            xml += "   <\(schema.prefix):\(property.name)>\(XMLText.escaped(property.value))</\(schema.prefix):\(property.name)>\n"
        }
        xml += "  </rdf:Description>\n"
        return xml
    }
}
