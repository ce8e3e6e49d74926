/// Reads the signatures of any PDF: each signed signature field's byte range, CMS, signed bytes and
/// signature dictionary (ISO 32000-1 §12.8.1), whoever wrote the file.
///
/// Nothing is verified cryptographically; a `/ByteRange` that is not what a signature's must be is
/// reported in ``PDFSignatureInfo/byteRangeProblem``, never thrown.
public enum PDFSignatures {
    /// The signatures of the signed signature fields, in the order they were made (by the end of the
    /// revision each covers).
    /// - Throws: ``PDFFileError`` when the file cannot be read or is encrypted.
    public static func read(_ pdf: [UInt8]) throws(PDFFileError) -> [PDFSignatureInfo] {
        let store = try PDFObjectStore(pdf)
        guard store.trailer["Encrypt"] == nil else { throw .encrypted }
        guard let catalog = try store.dictionary(store.trailer["Root"]) else {
            throw .malformed(reason: "the trailer names no document catalog", offset: pdf.count)
        }
        let fields = try FormFields.fields(of: try store.dictionary(catalog["AcroForm"]), in: store)
        let revisions = PDFRevisions.bounds(pdf)
        var signatures: [PDFSignatureInfo] = []
        for field in fields where field.isTerminal && field.type == "Sig" {
            guard let value = field.dictionary["V"], let dictionary = try store.dictionary(value) else { continue }
            signatures.append(try signature(field.name, dictionary, reference: value.reference, in: store, revisions: revisions))
        }
        return signatures.enumerated().sorted { ($0.element.coversUpTo, $0.offset) < ($1.element.coversUpTo, $1.offset) }.map(\.element)
    }

    private static func signature(_ fieldName: String, _ dictionary: PDFDictionary, reference: PDFReference?,
                                  in store: PDFObjectStore, revisions: [ClosedRange<Int>]) throws(PDFFileError) -> PDFSignatureInfo {
        let pdf = store.bytes
        let numbers = try store.resolve(dictionary["ByteRange"])?.array ?? []
        let byteRange = numbers.compactMap(\.integer)
        let contents = try store.resolve(dictionary["Contents"])?.stringBytes ?? []
        var problem: String?
        var signedBytes: [UInt8] = []
        var coversUpTo = 0
        if byteRange.count == numbers.count, byteRange.count % 2 == 0 {
            coversUpTo = stride(from: 0, to: byteRange.count, by: 2).map { byteRange[$0] + byteRange[$0 + 1] }.max() ?? 0
        }
        if byteRange.count != 4 || numbers.count != 4 || byteRange.contains(where: { $0 < 0 }) {
            problem = "the /ByteRange is not four non-negative integers (two ranges around /Contents)"
        } else if byteRange[0] != 0 {
            problem = "the /ByteRange does not start at the file's first byte"
        } else if byteRange[1] > byteRange[2] {
            problem = "the /ByteRange's ranges overlap"
        } else if byteRange[2] > pdf.count - byteRange[3] {
            problem = "the /ByteRange goes beyond the end of the file"
        } else {
            signedBytes = Array(pdf[0..<byteRange[1]]) + pdf[byteRange[2]..<(byteRange[2] + byteRange[3])]
            let gap = byteRange[1]..<byteRange[2]
            let offset = try reference.flatMap { (reference) throws(PDFFileError) in try store.object(reference.number).extent?.lowerBound }
            if offset.flatMap({ DictionaryValueLocation.range(of: "Contents", inObjectAt: $0, of: pdf) }) != gap {
                problem = "the gap in the /ByteRange is not exactly the signature dictionary's /Contents string"
            } else if !revisions.contains(where: { $0.contains(coversUpTo) }) {
                problem = "the signed bytes do not end at the end of a revision (%%EOF)"
            }
        }
        return PDFSignatureInfo(
            fieldName: fieldName, byteRange: byteRange, contents: CMSPadding.trimmed(contents), signedBytes: signedBytes,
            coversUpTo: coversUpTo, coversWholeFile: problem == nil && coversUpTo == pdf.count,
            subFilter: try store.resolve(dictionary["SubFilter"])?.name,
            signingTime: try text(dictionary["M"], in: store), name: try text(dictionary["Name"], in: store),
            reason: try text(dictionary["Reason"], in: store), location: try text(dictionary["Location"], in: store),
            docMDP: try docMDP(dictionary, in: store), byteRangeProblem: problem)
    }

    /// The `/P` of the signature's DocMDP transform (ISO 32000-1 §12.8.2.2): 2 when the parameters leave it out.
    private static func docMDP(_ dictionary: PDFDictionary, in store: PDFObjectStore) throws(PDFFileError) -> Int? {
        for reference in try store.resolve(dictionary["Reference"])?.array ?? [] {
            guard let transform = try store.dictionary(reference), transform.names("DocMDP", at: "TransformMethod") else { continue }
            return try store.dictionary(transform["TransformParams"]).flatMap { (parameters) throws(PDFFileError) in
                try store.resolve(parameters["P"])?.integer
            } ?? 2
        }
        return nil
    }

    private static func text(_ value: PDFValue?, in store: PDFObjectStore) throws(PDFFileError) -> String? {
        try store.resolve(value)?.stringBytes.map(TextString.decode)
    }
}
