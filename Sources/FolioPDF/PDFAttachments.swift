/// Reads the files embedded in a PDF — a received e-invoice's XML, for instance — whoever wrote it.
///
/// Finds the file specifications of the catalog's `/EmbeddedFiles` name tree and of its PDF/A-3
/// `/AF` array, in files with classic cross-reference tables or cross-reference streams and object
/// streams, and decodes their embedded file streams. Truncated, damaged or hostile input ends in a
/// ``PDFFileError``; time is linear in the file's size.
public enum PDFAttachments {
    /// Every embedded file of `pdf`, in the name tree's order, then those only `/AF` lists.
    /// - Parameter maximumSize: the most bytes one embedded file may decode to; more is
    ///   ``PDFFileError/tooLarge(limit:)`` (a compression bomb stops there).
    /// - Throws: ``PDFFileError``, ``PDFFileError/noEmbeddedFile`` when the PDF carries none.
    public static func embeddedFiles(in pdf: [UInt8], maximumSize: Int) throws(PDFFileError) -> [EmbeddedFile] {
        let store = try PDFObjectStore(pdf)
        guard store.trailer["Encrypt"] == nil else { throw .encrypted }
        guard let catalog = try store.dictionary(store.trailer["Root"]) else {
            throw .malformed(reason: "the trailer names no document catalog", offset: pdf.count)
        }
        var specifications: [(key: [UInt8]?, value: PDFValue)] = []
        if let names = try store.dictionary(catalog["Names"]), let tree = names["EmbeddedFiles"] {
            specifications += try leaves(of: tree, in: store)
        }
        if let associated = try store.resolve(catalog["AF"])?.array {
            specifications += associated.map { (nil, $0) }
        }
        var seen: Set<PDFReference> = []
        var files: [EmbeddedFile] = []
        for specification in specifications {
            if let reference = specification.value.reference, !seen.insert(reference).inserted { continue }
            if let file = try embeddedFile(specification.value, key: specification.key, maximumSize: maximumSize, in: store) {
                files.append(file)
            }
        }
        guard !files.isEmpty else { throw .noEmbeddedFile }
        return files
    }

    /// The (key, value) pairs of a name tree (ISO 32000-1 §7.9.6), walked once; each node is visited once
    /// even if the tree loops.
    private static func leaves(of root: PDFValue, in store: PDFObjectStore) throws(PDFFileError) -> [(key: [UInt8]?, value: PDFValue)] {
        var result: [(key: [UInt8]?, value: PDFValue)] = []
        var visited: Set<PDFReference> = []
        var pending: [PDFValue] = [root]
        while let node = pending.popLast() {
            if let reference = node.reference, !visited.insert(reference).inserted { continue }
            guard let dictionary = try store.dictionary(node) else { continue }
            if let names = try store.resolve(dictionary["Names"])?.array {
                var index = 0
                while index + 1 < names.count {
                    result.append((try store.resolve(names[index])?.stringBytes, names[index + 1]))
                    index += 2
                }
            }
            if let kids = try store.resolve(dictionary["Kids"])?.array {
                // Reversed onto the stack, so the kids are walked left to right: the tree's order.
                pending += kids.reversed()
            }
        }
        return result
    }

    /// The file a file specification embeds, or nil when it embeds none (a reference to an outside file).
    private static func embeddedFile(_ specification: PDFValue, key: [UInt8]?, maximumSize: Int,
                                     in store: PDFObjectStore) throws(PDFFileError) -> EmbeddedFile? {
        guard let dictionary = try store.dictionary(specification),
              let streams = try store.dictionary(dictionary["EF"]),
              let reference = (streams["UF"] ?? streams["F"])?.reference else { return nil }
        let stream = try store.object(reference.number)
        let bytes = try store.decodedData(of: stream, maximumSize: maximumSize)
        let unicodeName = try store.resolve(dictionary["UF"])?.stringBytes
        let plainName = try store.resolve(dictionary["F"])?.stringBytes
        let name = unicodeName ?? plainName ?? key
        let mimeType = try store.resolve(stream.value.dictionary?["Subtype"])?.name
        return EmbeddedFile(name: name.map(TextString.decode), mimeType: mimeType.map(text(ofName:)),
                            relationship: try store.resolve(dictionary["AFRelationship"])?.name.map(text(ofName:)), bytes: bytes)
    }

    /// A name's bytes read as UTF-8, as PDF 1.7 says names should be (`text#2Fxml` is `text/xml`).
    private static func text(ofName name: String) -> String {
        String(decoding: name.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }, as: UTF8.self)
    }
}
