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
        try check(metadata)
        try check(attachments)
        try checkProfile(colorProfile)
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

        // Every object Cairo wrote, in the order of their numbers, amended where PDF/A asks.
        var kept: [(object: PDFObjectStore.IndirectObject, replacement: PDFValue?)] = []
        for (number, entry) in store.crossReference.entries.sorted(by: { $0.key < $1.key }) {
            switch entry {
            case .free:
                continue
            case .compressed:
                throw .notCairoOutput("object \(number) is in an object stream")
            case .inFile:
                let object = try store.object(number)
                // Objects are copied from `N G obj` to `endobj`: a file whose objects do not end so is not Cairo's.
                guard let extent = object.extent, drawn[extent].suffix(6).elementsEqual("endobj".utf8) else {
                    throw .notCairoOutput("object \(number) does not end with endobj")
                }
                kept.append((object, object.streamData == nil ? amended(object.value) : nil))
            }
        }
        let highest = kept.last?.object.reference.number ?? 0
        var next = max(store.trailer["Size"]?.integer ?? 0, highest + 1)
        func allocate() -> PDFReference {
            defer { next += 1 }
            return PDFReference(number: next, generation: 0)
        }

        var added: [(reference: PDFReference, value: PDFValue, stream: [UInt8]?)] = []
        let metadataReference = allocate()
        added.append((metadataReference, .dictionary(PDFDictionary(["Type": .name("Metadata"), "Subtype": .name("XML")])),
                      XMPPacket.bytes(for: metadata)))
        let profileReference = allocate()
        added.append((profileReference, .dictionary(PDFDictionary([
            "N": .integer(3), "Alternate": .name("DeviceRGB"), "Filter": .name("FlateDecode"),
        ])), Flate.compress(colorProfile)))

        var specifications: [(key: [UInt8], reference: PDFReference)] = []
        for attachment in attachments {
            let stream = allocate(), specification = allocate()
            added.append((stream, .dictionary(embeddedFileDictionary(attachment)), Flate.compress(attachment.bytes)))
            added.append((specification, .dictionary(specificationDictionary(attachment, stream: stream)), nil))
            specifications.append((TextString.encode(attachment.fileName).bytes, specification))
        }

        var replacements: [Int: PDFValue] = [:]
        for entry in kept { if let replacement = entry.replacement { replacements[entry.object.reference.number] = replacement } }
        if !specifications.isEmpty {
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
                replacements[reference.number] = .dictionary(names)
            case .dictionary(var names)?:
                try add(tree, to: &names)
                catalog["Names"] = .dictionary(names)
            default:
                catalog["Names"] = .dictionary(PDFDictionary(["EmbeddedFiles": tree]))
            }
        }
        catalog["Metadata"] = .reference(metadataReference)
        catalog["OutputIntents"] = .array([.dictionary(PDFDictionary([
            "Type": .name("OutputIntent"), "S": .name("GTS_PDFA1"),
            "OutputConditionIdentifier": .text(outputConditionIdentifier), "Info": .text(outputConditionIdentifier),
            "RegistryName": .text(registryName), "DestOutputProfile": .reference(profileReference),
        ]))])
        if let language = metadata.language { catalog["Lang"] = .text(language) }
        replacements[root.number] = .dictionary(catalog)

        // Cairo's /Info is replaced in place (its dates lack the D: prefix, its producer is Cairo's);
        // a PDF without one gets a new one.
        let information: PDFReference
        if let existing = store.trailer["Info"]?.reference, kept.contains(where: { $0.object.reference.number == existing.number }) {
            information = existing
            replacements[existing.number] = .dictionary(informationDictionary(metadata))
        } else {
            information = allocate()
            added.append((information, .dictionary(informationDictionary(metadata)), nil))
        }

        var writer = PDFFileWriter(capacity: drawn.count + colorProfile.count + attachments.reduce(4096) { $0 + $1.bytes.count })
        for (object, _) in kept {
            let reference = object.reference
            if let replacement = replacements[reference.number] {
                writer.write(replacement, as: reference, stream: object.streamData.map { drawn[$0] })
            } else if let extent = object.extent {
                writer.copy(drawn[extent], as: reference)
            }
        }
        for object in added {
            writer.write(object.value, as: object.reference, stream: object.stream?[...])
        }
        return writer.finish(trailer: PDFDictionary(["Root": .reference(root), "Info": .reference(information)]))
    }

    /// An object Cairo wrote, changed where PDF/A-3 asks; nil when it stays as written.
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
