import Crypto

/// Finishes a PDF drawn by Cairo as a PDF/A-3b (ISO 19005-3, conformance level B) carrying associated
/// files — an e-invoice's XML, for instance.
///
/// The file is rewritten as one revision: every object Cairo wrote is kept (copied byte for byte, or
/// amended where PDF/A asks), and the catalog gains the XMP metadata, an sRGB output intent, the
/// attachments (`/AF` and the `/EmbeddedFiles` name tree) and the language; a new `/Info` says what
/// the XMP says; the trailer gets an `/ID` hashed from the content. Nothing comes from a clock, so the
/// same input always gives the same bytes.
public enum PDFA3 {
    /// The output intent's condition: the colour space Cairo's DeviceRGB colours are meant in, named as
    /// the ICC registry names the sRGB profile given with it.
    static let outputConditionIdentifier = "sRGB IEC61966-2.1"

    /// Where the output condition's name is registered.
    static let registryName = "http://www.color.org"

    /// Namespace prefixes the packet itself uses, which an extension schema cannot take.
    static let reservedPrefixes: Set<String> = [
        "x", "rdf", "xml", "pdfaid", "dc", "xmp", "pdf", "pdfaExtension", "pdfaSchema", "pdfaProperty",
    ]

    /// The PDF/A-3b form of a PDF drawn by Cairo, with its attachments.
    /// - Parameters:
    ///   - drawn: the PDF as Cairo wrote it (classic cross-reference table, no object streams).
    ///   - metadata: the title, author, dates… written into `/Info` and the XMP metadata alike.
    ///   - attachments: the associated files, embedded compressed, listed in `/AF` and the name tree.
    ///   - colorProfile: an sRGB ICC profile (`color/sRGB.icc`, see ``ColorProfiles``).
    /// - Throws: ``PDFFileError`` when `drawn` is not a PDF Cairo wrote, or the metadata, attachments or
    ///   profile cannot make a valid PDF/A.
    public static func finish(_ drawn: [UInt8], metadata: PDFAMetadata, attachments: [PDFAttachment],
                              colorProfile: [UInt8]) throws(PDFFileError) -> [UInt8] {
        try finish(drawn, metadata: metadata, attachments: attachments, colorProfile: PDFColorProfile(colorProfile))
    }

    /// The same, with a profile compressed once for many documents.
    public static func finish(_ drawn: [UInt8], metadata: PDFAMetadata, attachments: [PDFAttachment],
                              colorProfile: PDFColorProfile) throws(PDFFileError) -> [UInt8] {
        try check(metadata)
        try check(attachments)
        try checkProfile(colorProfile.bytes)
        let store = try PDFObjectStore(drawn)
        guard !store.crossReference.usesStreams else { throw .notCairoOutput("it uses cross-reference streams") }
        guard store.trailer["Encrypt"] == nil else { throw .encrypted }
        guard let root = store.trailer["Root"]?.reference, var catalog = try store.object(root.number).value.dictionary,
              catalog.names("Catalog") else {
            throw .notCairoOutput("its trailer names no document catalog")
        }
        guard catalog["Metadata"] == nil, catalog["OutputIntents"] == nil, catalog["AF"] == nil else {
            throw .notCairoOutput("it has XMP metadata, an output intent or associated files already: was it finished before?")
        }

        var rewrite = try PDFRewrite(store)
        for object in rewrite.objects {
            if let amended = amended(object.value) { rewrite.replace(object.reference.number, with: amended) }
        }
        let xmp = PDFDictionary(["Type": .name("Metadata"), "Subtype": .name("XML")])
        catalog["Metadata"] = .reference(rewrite.add(.dictionary(xmp), stream: XMPPacket.bytes(for: metadata)))
        let profile = PDFDictionary(["N": .integer(3), "Alternate": .name("DeviceRGB"), "Filter": .name("FlateDecode")])
        catalog["OutputIntents"] = .array([.dictionary(PDFDictionary([
            "Type": .name("OutputIntent"), "S": .name("GTS_PDFA1"),
            "OutputConditionIdentifier": .text(outputConditionIdentifier), "Info": .text(outputConditionIdentifier),
            "RegistryName": .text(registryName),
            "DestOutputProfile": .reference(rewrite.add(.dictionary(profile), stream: colorProfile.compressed)),
        ]))])
        if !attachments.isEmpty { try attach(attachments, to: &catalog, in: &rewrite, store: store) }
        if let language = metadata.language { catalog["Lang"] = .text(language) }
        rewrite.replace(root.number, with: .dictionary(catalog))

        // Cairo's /Info is replaced in place (its dates lack the D: prefix, its producer is Cairo's);
        // a PDF without one gets a new one.
        let information: PDFReference
        if let existing = store.trailer["Info"]?.reference, rewrite.contains(existing.number) {
            information = existing
            rewrite.replace(existing.number, with: .dictionary(informationDictionary(metadata)))
        } else {
            information = rewrite.add(.dictionary(informationDictionary(metadata)))
        }
        return rewrite.written(root: root, information: information)
    }

    /// Adds the attachments' streams and file specifications, lists them in the catalog's `/AF` and in
    /// the `/EmbeddedFiles` name tree of its `/Names` (Cairo's, which may hold `/Dests`, or a new one).
    private static func attach(_ attachments: [PDFAttachment], to catalog: inout PDFDictionary, in rewrite: inout PDFRewrite,
                               store: PDFObjectStore) throws(PDFFileError) {
        var specifications: [(key: [UInt8], reference: PDFReference)] = []
        for attachment in attachments {
            let stream = rewrite.add(.dictionary(embeddedFileDictionary(attachment)), stream: Flate.compress(attachment.bytes))
            let specification = rewrite.add(.dictionary(specificationDictionary(attachment, stream: stream)))
            specifications.append((TextString.encode(attachment.fileName).bytes, specification))
        }
        catalog["AF"] = .array(specifications.map { .reference($0.reference) })
        // A name tree's keys are sorted by their bytes (ISO 32000-1 §7.9.6).
        let sorted = specifications.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        let tree = PDFValue.dictionary(PDFDictionary([
            "Names": .array(sorted.flatMap { [PDFValue.string($0.key, hexadecimal: false), .reference($0.reference)] }),
        ]))
        switch catalog["Names"] {
        case .reference(let reference)?:
            guard var names = try store.object(reference.number).value.dictionary else {
                throw .notCairoOutput("the catalog's /Names is not a dictionary")
            }
            try add(tree, to: &names)
            rewrite.replace(reference.number, with: .dictionary(names))
        case .dictionary(var names)?:
            try add(tree, to: &names)
            catalog["Names"] = .dictionary(names)
        default:
            catalog["Names"] = .dictionary(PDFDictionary(["EmbeddedFiles": tree]))
        }
    }

    /// An object Cairo wrote, changed where PDF/A-3 asks; nil when it stays as written. A stream keeps its data.
    private static func amended(_ value: PDFValue) -> PDFValue? {
        guard var dictionary = value.dictionary else { return nil }
        if dictionary.names("Page"), let group = dictionary["Group"]?.dictionary, group.names("Transparency", at: "S") {
            // Cairo 1.16 gives every page a transparency group (/S /Transparency /CS /DeviceRGB) whether
            // or not anything drawn is transparent; Folio draws nothing transparent, and our PDF/A check
            // (scripts/check-pdfa.py) forbids transparency groups, so the entry goes.
            dictionary["Group"] = nil
            return .dictionary(dictionary)
        }
        if dictionary.names("Font"), dictionary.names("CIDFontType2", at: "Subtype"), dictionary["CIDToGIDMap"] == nil {
            // PDF/A-2 and -3 require the mapping to be written (ISO 19005-3 §6.2.11.3.2); Cairo leaves out
            // the default it relies on, the identity (its subsets number glyphs as their CIDs).
            dictionary["CIDToGIDMap"] = .name("Identity")
            return .dictionary(dictionary)
        }
        if dictionary.names("Image", at: "Subtype"), dictionary["Interpolate"] == .boolean(true) {
            // Cairo asks viewers to smooth images scaled up (its default filter); PDF/A forbids the request
            // (ISO 19005-3 §6.2.8.1), so viewers show the pixels as they are. The image data stays the same.
            dictionary["Interpolate"] = nil
            return .dictionary(dictionary)
        }
        if dictionary.names("Annot"), !dictionary.names("Popup", at: "Subtype"), dictionary["F"] == nil {
            // Annotations must be printed with the page (§6.3.2): the Print flag, 4.
            dictionary["F"] = .integer(4)
            return .dictionary(dictionary)
        }
        return nil
    }

    private static func add(_ tree: PDFValue, to names: inout PDFDictionary) throws(PDFFileError) {
        guard names["EmbeddedFiles"] == nil else { throw .notCairoOutput("it has embedded files already") }
        names["EmbeddedFiles"] = tree
    }

    /// The document information dictionary: the same values as the XMP metadata.
    private static func informationDictionary(_ metadata: PDFAMetadata) -> PDFDictionary {
        var information = PDFDictionary(["Title": .text(metadata.title)])
        if let author = metadata.author { information["Author"] = .text(author) }
        if let subject = metadata.subject { information["Subject"] = .text(subject) }
        if let keywords = metadata.keywords { information["Keywords"] = .text(keywords) }
        information["Creator"] = .text(metadata.creatorTool)
        information["Producer"] = .text(metadata.producer)
        information["CreationDate"] = .text(metadata.creationDate.pdf)
        information["ModDate"] = .text(metadata.creationDate.pdf)
        return information
    }

    /// The embedded file stream's dictionary (ISO 32000-1 §7.11.4), its data compressed.
    private static func embeddedFileDictionary(_ attachment: PDFAttachment) -> PDFDictionary {
        PDFDictionary([
            "Type": .name("EmbeddedFile"),
            "Subtype": .name(attachment.mimeType),
            "Filter": .name("FlateDecode"),
            "Params": .dictionary(PDFDictionary([
                "Size": .integer(attachment.bytes.count),
                "ModDate": .text(attachment.modificationDate.pdf),
                "CheckSum": .string(Array(Insecure.MD5.hash(data: attachment.bytes)), hexadecimal: true),
            ])),
        ])
    }

    /// The file specification (ISO 32000-1 §7.11.3, ISO 19005-3 §6.8): name, description, relationship.
    private static func specificationDictionary(_ attachment: PDFAttachment, stream: PDFReference) -> PDFDictionary {
        var specification = PDFDictionary([
            "Type": .name("Filespec"),
            "F": .text(attachment.fileName),
            "UF": .text(attachment.fileName),
        ])
        if let description = attachment.description { specification["Desc"] = .text(description) }
        specification["AFRelationship"] = .name(attachment.relationship.rawValue)
        specification["EF"] = .dictionary(PDFDictionary(["F": .reference(stream), "UF": .reference(stream)]))
        return specification
    }

    private static func check(_ metadata: PDFAMetadata) throws(PDFFileError) {
        guard !metadata.title.isEmpty else { throw .invalidInput("the PDF/A metadata has an empty title") }
        let texts = [metadata.title, metadata.author, metadata.subject, metadata.keywords, metadata.creatorTool, metadata.producer]
        for case let text? in texts where !XMLText.canCarry(text) {
            throw .invalidInput("the PDF/A metadata « \(text) » holds a control character XMP cannot carry")
        }
        if let language = metadata.language {
            guard !language.isEmpty, language.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }) else {
                throw .invalidInput("the language « \(language) » is not a language tag such as fr-FR")
            }
        }
        var prefixes: Set<String> = [], namespaces: Set<String> = []
        for schema in metadata.extensions {
            guard XMLText.isPlainName(schema.prefix), !reservedPrefixes.contains(schema.prefix), prefixes.insert(schema.prefix).inserted else {
                throw .invalidInput("the XMP extension schema prefix « \(schema.prefix) » is not a plain XML name, is reserved or is used twice")
            }
            guard !schema.namespaceURI.isEmpty, XMLText.canCarry(schema.namespaceURI), namespaces.insert(schema.namespaceURI).inserted else {
                throw .invalidInput("the XMP extension schema « \(schema.name) » has an empty, invalid or repeated namespace URI")
            }
            var names: Set<String> = []
            for property in schema.properties {
                guard XMLText.isPlainName(property.name), names.insert(property.name).inserted else {
                    throw .invalidInput("the XMP property name « \(property.name) » is not a plain XML name or is used twice in \(schema.prefix)")
                }
                guard !property.valueType.isEmpty, [schema.name, property.valueType, property.description, property.value].allSatisfy(XMLText.canCarry) else {
                    throw .invalidInput("the XMP property \(schema.prefix):\(property.name) has no value type or holds a control character")
                }
            }
        }
    }

    private static func check(_ attachments: [PDFAttachment]) throws(PDFFileError) {
        var names: Set<String> = []
        for attachment in attachments {
            guard !attachment.fileName.isEmpty, names.insert(attachment.fileName).inserted else {
                throw .invalidInput("an attachment's file name is empty or used twice (« \(attachment.fileName) »)")
            }
            let parts = attachment.mimeType.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && !$0.isWhitespace } }) else {
                throw .invalidInput("the attachment \(attachment.fileName) has the MIME type « \(attachment.mimeType) », not type/subtype")
            }
        }
    }

    /// An ICC profile (its signature `acsp` at byte 36) of an RGB colour space (`RGB ` at byte 16),
    /// as the output intent of a document drawn in DeviceRGB must be.
    private static func checkProfile(_ profile: [UInt8]) throws(PDFFileError) {
        // An ICC profile's header is 128 bytes long.
        guard profile.count >= 128, profile[36..<40].elementsEqual("acsp".utf8), profile[16..<20].elementsEqual("RGB ".utf8) else {
            throw .invalidInput("the colour profile is not an RGB ICC profile")
        }
    }
}
