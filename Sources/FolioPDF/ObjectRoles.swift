/// What each object of a document is used for, found by walking it along its references from the
/// trailer: what the pages show, a signature, a signature field, a signature widget's appearance, the
/// document security store, or the document's metadata. An object reached along several paths has
/// every role it was reached with; an object nothing reaches has none.
struct ObjectRoles {
    /// A use of an object.
    struct Role: OptionSet, Hashable {
        let rawValue: UInt8
        /// The document itself: catalog, page tree, pages, contents, resources, annotations, other fields…
        static let content = Role(rawValue: 1 << 0)
        /// A signature field or its widget annotation (ISO 32000-1 §12.7.4.5).
        static let signatureField = Role(rawValue: 1 << 1)
        /// A signature dictionary and what it holds, or the catalog's `/Perms` (ISO 32000-1 §12.8).
        static let signature = Role(rawValue: 1 << 2)
        /// What a signature widget's `/AP` draws, and its resources.
        static let appearance = Role(rawValue: 1 << 3)
        /// The document security store (ETSI EN 319 142-1 §5.4) and what it holds.
        static let securityStore = Role(rawValue: 1 << 4)
        /// `/Info` and XMP metadata streams.
        static let information = Role(rawValue: 1 << 5)
    }

    private(set) var roles: [Int: Role] = [:]
    /// Objects that are arrays given as a page's `/Annots`.
    private(set) var annotationArrays: Set<Int> = []

    /// Walks the document `store` reads; each object is visited at most once per role.
    init(_ store: PDFObjectStore) throws(PDFFileError) {
        var pending: [(value: PDFValue, role: Role, key: String)] = []
        if let information = store.trailer["Info"] { pending.append((information, .information, "Info")) }
        if let root = store.trailer["Root"] { pending.append((root, .content, "Root")) }
        while let item = pending.popLast() {
            switch item.value {
            case .reference(let reference):
                let object: PDFObjectStore.IndirectObject
                do {
                    object = try store.object(reference.number)
                } catch .missingObject {
                    continue
                }
                let role = try Self.role(of: object.value, reachedAs: item.role, in: store)
                guard !(roles[reference.number]?.contains(role) ?? false) else { continue }
                roles[reference.number, default: []].insert(role)
                if role == .content, item.key == "Annots", object.value.array != nil { annotationArrays.insert(reference.number) }
                pending.append((object.value, role, item.key))
            case .array(let elements):
                pending += elements.reversed().map { ($0, item.role, item.key) }
            case .dictionary(let dictionary):
                let role = try Self.role(of: item.value, reachedAs: item.role, in: store)
                for entry in dictionary.entries {
                    if let child = Self.role(ofEntry: entry.key, in: dictionary, role: role) {
                        pending.append((entry.value, child, entry.key))
                    }
                }
            default:
                continue
            }
        }
    }

    /// The roles of object `number` (empty when nothing reaches it).
    func role(of number: Int) -> Role {
        roles[number] ?? []
    }

    /// A signature field, its widget or a signature dictionary met while walking the document is one
    /// wherever it is met from (the page's `/Annots`, the form's `/Fields`, a structure element…).
    private static func role(of value: PDFValue, reachedAs role: Role, in store: PDFObjectStore) throws(PDFFileError) -> Role {
        guard role == .content, let dictionary = value.dictionary else { return role }
        if dictionary.names("Sig") || dictionary.names("DocTimeStamp") { return .signature }
        return try FormFields.isSignature(dictionary, in: store) ? .signatureField : role
    }

    /// The role of the value of `key` in `dictionary` of role `role`; nil for links back up
    /// (`/Parent`, an annotation's `/P`), which reach nothing new, and a signature reference's `/Data`.
    private static func role(ofEntry key: String, in dictionary: PDFDictionary, role: Role) -> Role? {
        if key == "Parent" || (key == "P" && dictionary["P"]?.reference != nil) { return nil }
        switch role {
        case .content:
            if key == "Metadata" { return .information }
            if dictionary.names("Catalog") {
                if key == "DSS" { return .securityStore }
                if key == "Perms" { return .signature }
            }
            return .content
        case .signatureField:
            if key == "V" { return .signature }
            if key == "AP" { return .appearance }
            return .signatureField
        case .signature:
            return key == "Data" ? nil : .signature
        default:
            return role
        }
    }
}
