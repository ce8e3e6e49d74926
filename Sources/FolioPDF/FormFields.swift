/// A field of a document's interactive form (ISO 32000-1 §12.7.3.1): a terminal one, which has a
/// value, or one that groups others.
struct FormField {
    /// The field's object; nil for a field written directly inside another object.
    var reference: PDFReference?
    /// The fully qualified name: the partial names (`/T`) of the field and its ancestors, joined by periods.
    var name: String
    /// The field type (`/FT`, inherited from an ancestor when absent): `Sig` for a signature field.
    var type: String?
    var dictionary: PDFDictionary
    /// Whether the field has no kid fields (only widget annotations, or is one itself).
    var isTerminal: Bool

    /// Whether the field holds a value: for a signature field, whether it is signed.
    var hasValue: Bool {
        switch dictionary["V"] {
        case nil, .null?: false
        default: true
        }
    }
}

/// Reads the fields of a document's interactive form (ISO 32000-1 §12.7.2, §12.7.3).
enum FormFields {
    /// Form trees nested deeper than this are a loop or a hostile file.
    static let maximumDepth = 32

    /// The fields under `/Fields` of `acroForm`, each before its kids, in the form's order; each object is
    /// visited once.
    static func fields(of acroForm: PDFDictionary?, in store: PDFObjectStore) throws(PDFFileError) -> [FormField] {
        guard let roots = try store.resolve(acroForm?["Fields"])?.array else { return [] }
        var fields: [FormField] = []
        var visited: Set<PDFReference> = []
        var pending: [(value: PDFValue, parentName: String?, type: String?, depth: Int)] =
            roots.reversed().map { ($0, nil, nil, 0) }
        while let node = pending.popLast() {
            if let reference = node.value.reference, !visited.insert(reference).inserted { continue }
            guard node.depth <= maximumDepth, let dictionary = try store.dictionary(node.value) else { continue }
            let partial = try store.resolve(dictionary["T"])?.stringBytes.map(TextString.decode)
            let name = [node.parentName, partial].compactMap { $0 }.joined(separator: ".")
            let type = try store.resolve(dictionary["FT"])?.name ?? node.type
            let kids = try store.resolve(dictionary["Kids"])?.array ?? []
            // Kids with a partial name are fields; kids without one are the field's widget annotations.
            var childFields: [PDFValue] = []
            for kid in kids {
                if try store.dictionary(kid)?["T"] != nil { childFields.append(kid) }
            }
            fields.append(FormField(reference: node.value.reference, name: name, type: type, dictionary: dictionary,
                                    isTerminal: childFields.isEmpty))
            pending += childFields.reversed().map { ($0, name, type, node.depth + 1) }
        }
        return fields
    }

    /// Whether `dictionary` is a signature field, or a widget annotation of one (its `/Parent` chain
    /// reaching a field of type `/Sig`).
    static func isSignature(_ dictionary: PDFDictionary, in store: PDFObjectStore) throws(PDFFileError) -> Bool {
        var current: PDFDictionary? = dictionary
        for _ in 0...maximumDepth {
            guard let node = current else { return false }
            if let type = try store.resolve(node["FT"])?.name { return type == "Sig" }
            current = try store.dictionary(node["Parent"])
        }
        return false
    }
}
