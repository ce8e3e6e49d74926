/// A PDF file rewritten as one revision: every object of the original kept — copied byte for byte
/// unless replaced — and new objects added after them, numbered from the original's `/Size`.
struct PDFRewrite {
    private let original: [UInt8]
    private var kept: [PDFObjectStore.IndirectObject] = []
    private var replacements: [Int: PDFValue] = [:]
    private var added: [(reference: PDFReference, value: PDFValue, stream: [UInt8]?)] = []
    private var next: Int

    /// Every object the cross-reference table lists, in the order of their numbers.
    /// - Throws: ``PDFFileError/notCairoOutput(_:)`` for objects in object streams or not ending with
    ///   `endobj` (the writer copies objects from `N G obj` to `endobj`).
    init(_ store: PDFObjectStore) throws(PDFFileError) {
        original = store.bytes
        for (number, entry) in store.crossReference.entries.sorted(by: { $0.key < $1.key }) {
            switch entry {
            case .free:
                continue
            case .compressed:
                throw .notCairoOutput("object \(number) is in an object stream")
            case .inFile:
                let object = try store.object(number)
                guard let extent = object.extent, original[extent].suffix(6).elementsEqual("endobj".utf8) else {
                    throw .notCairoOutput("object \(number) does not end with endobj")
                }
                kept.append(object)
            }
        }
        next = max(store.trailer["Size"]?.integer ?? 0, (kept.last?.reference.number ?? 0) + 1)
    }

    /// The objects kept, as read.
    var objects: [PDFObjectStore.IndirectObject] { kept }

    /// Whether the original has object `number`.
    func contains(_ number: Int) -> Bool {
        kept.contains { $0.reference.number == number }
    }

    /// Writes `value` instead of the original object `number` (a stream keeps its data).
    mutating func replace(_ number: Int, with value: PDFValue) {
        replacements[number] = value
    }

    /// A new object, numbered after the original's; with `stream`, a stream of those bytes.
    mutating func add(_ value: PDFValue, stream: [UInt8]? = nil) -> PDFReference {
        let reference = PDFReference(number: next, generation: 0)
        next += 1
        added.append((reference, value, stream))
        return reference
    }

    /// The file: `%PDF-1.7`, the objects, the cross-reference table and a trailer naming `root` and
    /// `information`, with an `/ID` hashed from the content.
    func written(root: PDFReference, information: PDFReference) -> [UInt8] {
        let capacity = original.count + added.reduce(4096) { $0 + ($1.stream?.count ?? 0) }
        var writer = PDFFileWriter(capacity: capacity)
        for object in kept {
            if let replacement = replacements[object.reference.number] {
                writer.write(replacement, as: object.reference, stream: object.streamData.map { original[$0] })
            } else if let extent = object.extent {
                writer.copy(original[extent], as: object.reference)
            }
        }
        for object in added {
            writer.write(object.value, as: object.reference, stream: object.stream?[...])
        }
        return writer.finish(trailer: PDFDictionary(["Root": .reference(root), "Info": .reference(information)]))
    }
}
