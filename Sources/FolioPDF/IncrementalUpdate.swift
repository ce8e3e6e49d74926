import Crypto

/// An incremental update of a PDF (ISO 32000-1 §7.5.6): the file's bytes unchanged, then new and
/// redefined objects, a cross-reference section listing only them and a trailer pointing back to the
/// previous section with `/Prev`.
///
/// The section is a classic `xref` table when the file's newest section is one, else a
/// cross-reference stream (§7.5.8), as readers expect an update to continue the file's own form.
/// The trailer keeps `/Root`, `/Info` and the first `/ID` element; the second is hashed from the update.
struct IncrementalUpdate {
    private(set) var bytes: [UInt8]
    /// Where the update starts: the original's length.
    private let start: Int
    private var offsets: [Int: (offset: Int, generation: Int)] = [:]
    private let previousTrailer: PDFDictionary
    private let previousSection: Int
    private let usesStream: Bool
    private var next: Int

    /// Starts an update of the file `store` reads; `capacity` is how many bytes the update may add.
    init(_ store: PDFObjectStore, capacity: Int = 4096) {
        bytes = []
        bytes.reserveCapacity(store.bytes.count + capacity)
        bytes += store.bytes
        start = store.bytes.count
        previousTrailer = store.trailer
        previousSection = store.crossReference.newestSection
        usesStream = store.crossReference.newestIsStream
        next = max(store.trailer["Size"]?.integer ?? 0, (store.crossReference.entries.keys.max() ?? 0) + 1)
        // The update's first object starts on a line of its own.
        if let last = bytes.last, last != 0x0A, last != 0x0D { bytes.append(0x0A) }
    }

    /// A number for a new object, after every number the file uses.
    mutating func newReference() -> PDFReference {
        defer { next += 1 }
        return PDFReference(number: next, generation: 0)
    }

    /// Writes an object, new or a new version of an existing one (same number and generation); with
    /// `stream`, a stream of those bytes.
    mutating func write(_ value: PDFValue, as reference: PDFReference, stream: ArraySlice<UInt8>? = nil) {
        offsets[reference.number] = (bytes.count, reference.generation)
        PDFSerialization.writeObject(value, as: reference, stream: stream, to: &bytes)
    }

    /// Writes an object whose value the caller wrote as bytes; returns where those bytes start in the file.
    mutating func write(body: [UInt8], as reference: PDFReference) -> Int {
        offsets[reference.number] = (bytes.count, reference.generation)
        bytes += Array("\(reference.number) \(reference.generation) obj\n".utf8)
        let bodyStart = bytes.count
        bytes += body
        bytes += Array("\nendobj\n".utf8)
        return bodyStart
    }

    /// Ends the update: its cross-reference section, the trailer, `startxref` and `%%EOF`.
    mutating func finish() -> [UInt8] {
        var trailer = PDFDictionary()
        if let root = previousTrailer["Root"] { trailer["Root"] = root }
        if let information = previousTrailer["Info"] { trailer["Info"] = information }
        let updateHash = SHA256.hash(data: bytes[start...])
        let changed = PDFValue.string(Array(updateHash.prefix(16)), hexadecimal: true)
        // The first element identifies the document across its revisions; the second, this revision.
        let permanent = previousTrailer["ID"]?.array?.first.flatMap { $0.stringBytes == nil ? nil : $0 } ?? changed
        trailer["ID"] = .array([permanent, changed])
        trailer["Prev"] = .integer(previousSection)
        if usesStream {
            finishWithStream(trailer)
        } else {
            finishWithTable(trailer)
        }
        return bytes
    }

    private mutating func finishWithTable(_ trailer: PDFDictionary) {
        var trailer = trailer
        trailer["Size"] = .integer(max(next, (offsets.keys.max() ?? 0) + 1))
        let tableOffset = bytes.count
        bytes += Array("xref\n".utf8)
        for run in runs() {
            bytes += Array("\(run.lowerBound) \(run.count)\n".utf8)
            for number in run {
                if let (offset, generation) = offsets[number] { bytes += PDFFileWriter.entry(offset, generation, "n") }
            }
        }
        bytes += Array("trailer\n".utf8)
        PDFSerialization.write(.dictionary(trailer), to: &bytes)
        bytes += Array("\nstartxref\n\(tableOffset)\n%%EOF\n".utf8)
    }

    /// A cross-reference stream (ISO 32000-1 §7.5.8), uncompressed: rows of type 1, the offset, the
    /// generation; it lists itself too.
    private mutating func finishWithStream(_ trailer: PDFDictionary) {
        let reference = newReference()
        let streamOffset = bytes.count
        offsets[reference.number] = (streamOffset, 0)
        var offsetWidth = 1
        while streamOffset >> (8 * offsetWidth) > 0 { offsetWidth += 1 }
        let runs = runs()
        var rows: [UInt8] = []
        for run in runs {
            for number in run {
                guard let (offset, generation) = offsets[number] else { continue }
                rows.append(1)
                for shift in stride(from: 8 * (offsetWidth - 1), through: 0, by: -8) { rows.append(UInt8(truncatingIfNeeded: offset >> shift)) }
                rows += [UInt8(truncatingIfNeeded: generation >> 8), UInt8(truncatingIfNeeded: generation)]
            }
        }
        var dictionary = PDFDictionary(["Type": .name("XRef")])
        dictionary["Size"] = .integer(max(next, reference.number + 1))
        dictionary["Index"] = .array(runs.flatMap { [PDFValue.integer($0.lowerBound), .integer($0.count)] })
        dictionary["W"] = .array([.integer(1), .integer(offsetWidth), .integer(2)])
        for entry in trailer.entries { dictionary[entry.key] = entry.value }
        PDFSerialization.writeObject(.dictionary(dictionary), as: reference, stream: rows[...], to: &bytes)
        bytes += Array("startxref\n\(streamOffset)\n%%EOF\n".utf8)
    }

    /// The numbers written, as runs of consecutive numbers: the subsections of the section.
    private func runs() -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for number in offsets.keys.sorted() {
            if let last = runs.last, last.upperBound + 1 == number {
                runs[runs.count - 1] = last.lowerBound...number
            } else {
                runs.append(number...number)
            }
        }
        return runs
    }
}
