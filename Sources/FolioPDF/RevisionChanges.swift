/// What the incremental updates after a revision change, object by object, and whether each change
/// may alter what the document shows: what a validator asks of the updates after a signed revision
/// (ISO 32000-1 §12.8.2.2 for what a certification signature permits).
///
/// Each object whose newest definition differs from the revision's is judged by what the newest
/// document uses it for (``ObjectRoles``) and by how it differs from its previous version:
/// - signatures, signature fields and widgets, the appearances of signature widgets and the document
///   security store are signing and do not change content; but a signature field, signature or
///   appearance that existed before and is redefined does (an earlier signature's own objects), except
///   a signature field given its first value (`/V`) and appearance (`/AP`, `/AS`);
/// - the catalog may change its `/AcroForm`, `/Perms`, `/DSS` and `/Extensions`; a page only its
///   `/Annots`, by adding signature widgets; the form its `/Fields` (adding signature fields),
///   `/SigFlags`, `/DR` and `/DA` — anything else changes content;
/// - `/Info` and XMP metadata are `.other` and change no content (a signing program often updates the
///   modification date and producer); so is an object nothing refers to, which nothing shows;
/// - any other object the document reaches — a page's `/Contents`, a content stream, resources, another
///   annotation or field — is `.other` and changes content, and so does deleting an object still referred to.
///
/// Cross-reference streams and object streams are containers, not document objects: the objects they
/// hold are judged one by one, and they are not listed. An object rewritten with an equivalent value
/// (another writer's formatting of the same dictionary) is not a change.
struct RevisionChanges {
    private let old: PDFObjectStore
    private let new: PDFObjectStore
    private let roles: ObjectRoles

    /// The keys a signing update may change in the catalog.
    static let catalogSigningKeys: Set<String> = ["AcroForm", "Perms", "DSS", "Extensions"]
    /// The keys a signing update may change in the interactive form dictionary.
    static let formSigningKeys: Set<String> = ["Fields", "SigFlags", "DR", "DA"]
    /// The keys signing an unsigned signature field changes.
    static let fieldSigningKeys: Set<String> = ["V", "AP", "AS"]

    init(old: PDFObjectStore, new: PDFObjectStore) throws(PDFFileError) {
        self.old = old
        self.new = new
        roles = try ObjectRoles(new)
    }

    /// The changed objects, by number.
    func changes() throws(PDFFileError) -> [PDFObjectChange] {
        let numbers = Set(old.crossReference.entries.keys).union(new.crossReference.entries.keys).sorted()
        var changes: [PDFObjectChange] = []
        for number in numbers {
            let before = old.crossReference.entries[number], after = new.crossReference.entries[number]
            guard before != after else { continue }
            if let change = try change(of: number, existedBefore: before != nil && before != .free, existsNow: after != nil && after != .free) {
                changes.append(change)
            }
        }
        return changes
    }

    private func change(of number: Int, existedBefore: Bool, existsNow: Bool) throws(PDFFileError) -> PDFObjectChange? {
        guard existsNow else {
            guard existedBefore else { return nil }
            // A deleted object still referred to now reads as null.
            return PDFObjectChange(number: number, kind: .other, changesContent: !roles.role(of: number).isEmpty)
        }
        let object = try new.object(number)
        if let dictionary = object.value.dictionary, object.streamData != nil, dictionary.names("XRef") || dictionary.names("ObjStm") {
            return nil
        }
        let previous = existedBefore ? try? old.object(number) : nil
        if let previous, previous.value.isEquivalent(to: object.value), streamBytes(previous, in: old) == streamBytes(object, in: new) {
            return nil
        }
        let role = roles.role(of: number)
        let redefined = previous != nil
        if role.contains(.content) {
            return try contentChange(number, object.value, previous: previous?.value)
        }
        if role.contains(.signatureField) {
            let signing = try previous.map { (previous) throws(PDFFileError) in try isSigning(previous.value, object.value) } ?? true
            return PDFObjectChange(number: number, kind: .signatureField, changesContent: !signing)
        }
        if role.contains(.signature) { return PDFObjectChange(number: number, kind: .signature, changesContent: redefined) }
        if role.contains(.appearance) { return PDFObjectChange(number: number, kind: .appearance, changesContent: redefined) }
        if role.contains(.securityStore) { return PDFObjectChange(number: number, kind: .securityStore, changesContent: false) }
        return PDFObjectChange(number: number, kind: .other, changesContent: false)
    }

    /// An object the document itself uses: acceptable only as the catalog, the form, a page or a page's
    /// `/Annots` changed by signing.
    private func contentChange(_ number: Int, _ value: PDFValue, previous: PDFValue?) throws(PDFFileError) -> PDFObjectChange {
        let newCatalog = try new.dictionary(new.trailer["Root"])
        if number == new.trailer["Root"]?.reference?.number, let catalog = value.dictionary {
            let oldCatalog = try old.dictionary(old.trailer["Root"]) ?? PDFDictionary()
            let differing = catalog.keysDiffering(from: oldCatalog)
            if differing.isSubset(of: Self.catalogSigningKeys) {
                var formSigning = true
                if differing.contains("AcroForm") {
                    formSigning = try isFormSigning(try old.dictionary(oldCatalog["AcroForm"]), try new.dictionary(catalog["AcroForm"]))
                }
                return PDFObjectChange(number: number, kind: .catalogForms, changesContent: !formSigning)
            }
            return PDFObjectChange(number: number, kind: .other,
                                   changesContent: !differing.isSubset(of: Self.catalogSigningKeys.union(["Metadata"])))
        }
        if number == newCatalog?["AcroForm"]?.reference?.number, let form = value.dictionary {
            return PDFObjectChange(number: number, kind: .acroForm, changesContent: try !isFormSigning(previous?.dictionary, form))
        }
        if let page = value.dictionary, page.names("Page") {
            guard let before = previous?.dictionary else { return PDFObjectChange(number: number, kind: .other, changesContent: true) }
            guard page.keysDiffering(from: before).isSubset(of: ["Annots"]) else {
                return PDFObjectChange(number: number, kind: .other, changesContent: true)
            }
            let signing = try addsOnlySignatures(try old.resolve(before["Annots"])?.array ?? [], try new.resolve(page["Annots"])?.array ?? [])
            return PDFObjectChange(number: number, kind: .pageAnnotations, changesContent: !signing)
        }
        if roles.annotationArrays.contains(number), let annotations = value.array {
            let signing = try addsOnlySignatures(previous?.array ?? [], annotations)
            return PDFObjectChange(number: number, kind: .pageAnnotations, changesContent: !signing)
        }
        return PDFObjectChange(number: number, kind: .other, changesContent: true)
    }

    /// Whether the form changed only as signing changes it: fields kept, signature fields added, and
    /// only ``formSigningKeys`` changed.
    private func isFormSigning(_ before: PDFDictionary?, _ after: PDFDictionary?) throws(PDFFileError) -> Bool {
        let before = before ?? PDFDictionary(), after = after ?? PDFDictionary()
        guard after.keysDiffering(from: before).isSubset(of: Self.formSigningKeys) else { return false }
        return try addsOnlySignatures(try old.resolve(before["Fields"])?.array ?? [], try new.resolve(after["Fields"])?.array ?? [])
    }

    /// Whether `after` keeps every element of `before` and adds only signature fields or their widgets.
    private func addsOnlySignatures(_ before: [PDFValue], _ after: [PDFValue]) throws(PDFFileError) -> Bool {
        var remaining = after
        for element in before {
            guard let index = remaining.firstIndex(where: { $0.isEquivalent(to: element) }) else { return false }
            remaining.remove(at: index)
        }
        for added in remaining {
            guard let dictionary = try new.dictionary(added), try FormFields.isSignature(dictionary, in: new) else { return false }
        }
        return true
    }

    /// Whether a signature field was changed only by being signed: it was a signature field without a
    /// value, and only ``fieldSigningKeys`` changed.
    private func isSigning(_ before: PDFValue, _ after: PDFValue) throws(PDFFileError) -> Bool {
        guard let before = before.dictionary, let after = after.dictionary, try FormFields.isSignature(before, in: old) else { return false }
        let differing = after.keysDiffering(from: before)
        guard differing.isSubset(of: Self.fieldSigningKeys) else { return false }
        return !differing.contains("V") || (before["V"] ?? .null) == .null
    }

    private func streamBytes(_ object: PDFObjectStore.IndirectObject, in store: PDFObjectStore) -> ArraySlice<UInt8>? {
        object.streamData.map { store.bytes[$0] }
    }
}
