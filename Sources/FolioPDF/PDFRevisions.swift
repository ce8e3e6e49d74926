/// The revisions of any PDF — the file as first written, then after each incremental update
/// (ISO 32000-1 §7.5.6) — and what the updates after a revision change.
public enum PDFRevisions {
    /// Each revision, oldest first: one for every `%%EOF` that ends a `startxref` pointing at a
    /// cross-reference section. (A linearized file's first-page trailer, `startxref 0`, ends none.)
    /// - Throws: ``PDFFileError/notAPDF`` without a PDF header, ``PDFFileError/malformed(reason:offset:)``
    ///   when no revision ends in the file.
    public static func revisions(_ pdf: [UInt8]) throws(PDFFileError) -> [PDFRevision] {
        guard pdf.starts(with: Array("%PDF-".utf8)) else { throw .notAPDF }
        let bounds = bounds(pdf)
        guard !bounds.isEmpty else { throw .malformed(reason: "no %%EOF ends a revision (is the file truncated?)", offset: pdf.count) }
        return bounds.map { PDFRevision(endOffset: $0.upperBound) }
    }

    /// What the updates after `offset` change: each object added, redefined or deleted, what it is
    /// and whether it may change what the document shows (see ``PDFObjectChange``). Signing, widgets of
    /// signature fields, their appearances, the document security store, `/Info` and XMP metadata
    /// change no content; changed pages, content streams, resources and other annotations do.
    /// - Parameter offset: the end of a revision: a ``PDFRevision/endOffset``, or a signature's
    ///   ``PDFSignatureInfo/coversUpTo`` (the end of line after `%%EOF` may be left out).
    /// - Throws: ``PDFFileError`` when the file or the revision cannot be read, or `offset` ends no revision.
    public static func changes(in pdf: [UInt8], after offset: Int) throws(PDFFileError) -> [PDFObjectChange] {
        guard pdf.starts(with: Array("%PDF-".utf8)) else { throw .notAPDF }
        guard bounds(pdf).contains(where: { $0.contains(offset) }) else {
            throw .malformed(reason: "offset \(offset) is not the end of a revision", offset: offset)
        }
        let new = try PDFObjectStore(pdf)
        guard new.trailer["Encrypt"] == nil else { throw .encrypted }
        let old = try PDFObjectStore(Array(pdf.prefix(offset)))
        return try RevisionChanges(old: old, new: new).changes()
    }

    /// For each revision, from just after its `%%EOF` to after the end of line that follows (both ends
    /// are where a revision ends).
    static func bounds(_ pdf: [UInt8]) -> [ClosedRange<Int>] {
        let marker = Array("%%EOF".utf8)
        var bounds: [ClosedRange<Int>] = []
        var index = 0
        while index + marker.count <= pdf.count {
            defer { index += 1 }
            guard pdf[index] == UInt8(ascii: "%"), pdf[index + 1] == UInt8(ascii: "%"),
                  pdf[index..<(index + marker.count)].elementsEqual(marker), endsStartxref(pdf, before: index) else { continue }
            var end = index + marker.count
            let eof = end
            if end < pdf.count, pdf[end] == 0x0D { end += 1 }
            if end < pdf.count, pdf[end] == 0x0A { end += 1 }
            bounds.append(eof...end)
        }
        return bounds
    }

    /// Whether `startxref`, an offset of a cross-reference section and white space come just before `index`.
    private static func endsStartxref(_ pdf: [UInt8], before index: Int) -> Bool {
        var position = index
        while position > 0, PDFParser.isWhitespace(pdf[position - 1]) { position -= 1 }
        let digitsEnd = position
        while position > 0, (0x30...0x39).contains(pdf[position - 1]) { position -= 1 }
        guard position < digitsEnd, digitsEnd - position <= 18 else { return false }
        let offset = pdf[position..<digitsEnd].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        while position > 0, PDFParser.isWhitespace(pdf[position - 1]) { position -= 1 }
        let keyword = Array("startxref".utf8)
        guard position >= keyword.count, pdf[(position - keyword.count)..<position].elementsEqual(keyword),
              offset > 0, offset < pdf.count else { return false }
        var parser = PDFParser(pdf, at: offset)
        return parser.consume(keyword: "xref") || (try? parser.objectHeader()) != nil
    }
}
