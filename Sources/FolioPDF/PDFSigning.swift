/// Signs a PDF as an incremental update (ISO 32000-1 §12.8, ETSI EN 319 142-1 PAdES baseline B-B):
/// the given bytes stay exactly as they are and the signature comes after them, so a PDF/A-3 or
/// Factur-X file stays one, and an earlier signature stays valid.
///
/// The update holds the signature dictionary (`/SubFilter /ETSI.CAdES.detached`), the signature field
/// and its widget — or the existing unsigned field of that name, now given its value — the further
/// unsigned fields asked for, the pages whose `/Annots` grow, the interactive form (`/SigFlags 3`) and,
/// for a certification signature, the catalog's `/Perms /DocMDP`. Widgets are printable and a visible
/// one has an (empty) appearance, as PDF/A asks. FolioPDF makes no cryptography: the caller's `cms`
/// signs the bytes the `/ByteRange` covers.
public enum PDFSigning {
    /// The largest placeholder accepted: far more than any CMS with a chain, timestamps and revocation data.
    public static let maximumPlaceholderSize = 1 << 20

    /// `pdf` and an incremental update holding the signature.
    /// - Parameters:
    ///   - pdf: any unencrypted PDF: classic cross-reference tables or streams, earlier updates, other signatures.
    ///   - request: the field, its place, what the signature dictionary says, further unsigned fields.
    ///   - cms: receives the bytes the `/ByteRange` covers and returns the DER-encoded CMS
    ///     (a detached CAdES signature of them).
    /// - Throws: ``PDFFileError`` when `pdf` cannot be read, ``PDFSigningError`` when the request does not
    ///   fit the document or the CMS does not fit its placeholder, and whatever `cms` throws.
    public static func sign(_ pdf: [UInt8], _ request: PDFSignatureRequest, cms: ([UInt8]) throws -> [UInt8]) throws -> [UInt8] {
        try check(request)
        let store = try PDFObjectStore(pdf)
        guard store.trailer["Encrypt"] == nil else { throw PDFFileError.encrypted }
        guard let root = store.trailer["Root"]?.reference, var catalog = try store.dictionary(.reference(root)) else {
            throw PDFFileError.malformed(reason: "the trailer names no document catalog", offset: pdf.count)
        }
        let pages = try PageTree.pages(of: catalog, in: store)
        let acroFormReference = catalog["AcroForm"]?.reference
        var acroForm = try store.dictionary(catalog["AcroForm"]) ?? PDFDictionary()
        let fields = try FormFields.fields(of: acroForm, in: store)
        if request.certification != nil {
            let permissions = try store.dictionary(catalog["Perms"])
            guard permissions?["DocMDP"] == nil, !fields.contains(where: { $0.isTerminal && $0.type == "Sig" && $0.hasValue }) else {
                throw PDFSigningError.certificationNotFirst
            }
        }

        var update = IncrementalUpdate(store, capacity: 2 * request.placeholderSize + 16384)
        let signature = update.newReference()
        var newFields: [PDFReference] = []
        var newAnnotations: [Int: [PDFReference]] = [:]
        var names = Set(fields.map(\.name))

        if let existing = fields.first(where: { $0.name == request.fieldName }) {
            guard existing.isTerminal else { throw PDFSigningError.fieldNotSignable(name: existing.name, reason: "it groups other fields") }
            guard existing.type == "Sig" else {
                throw PDFSigningError.fieldNotSignable(name: existing.name, reason: "it is not a signature field")
            }
            guard !existing.hasValue else { throw PDFSigningError.fieldNotSignable(name: existing.name, reason: "it is signed already") }
            guard let reference = existing.reference else {
                throw PDFSigningError.fieldNotSignable(name: existing.name, reason: "it is not an indirect object")
            }
            var dictionary = existing.dictionary
            dictionary["V"] = .reference(signature)
            if dictionary.names("Widget", at: "Subtype"), dictionary["AP"] == nil, let rect = try rect(of: dictionary, in: store), !rect.isEmpty {
                // Another program's visible field without an appearance: given an empty one, as PDF/A asks.
                dictionary["AP"] = .dictionary(PDFDictionary(["N": .reference(emptyAppearance(rect, in: &update))]))
            }
            update.write(.dictionary(dictionary), as: reference)
        } else {
            try checkNewName(request.fieldName, against: &names)
            let field = try addField(PDFSignatureField(name: request.fieldName, page: request.page, rect: request.rect),
                                     value: signature, pages: pages, to: &update)
            newFields.append(field)
            newAnnotations[request.page, default: []].append(field)
        }
        for empty in request.emptyFields {
            try checkNewName(empty.name, against: &names)
            let field = try addField(empty, value: nil, pages: pages, to: &update)
            newFields.append(field)
            newAnnotations[empty.page, default: []].append(field)
        }

        for (index, annotations) in newAnnotations.sorted(by: { $0.key < $1.key }) {
            try addAnnotations(annotations, toPage: pages[index], in: store, to: &update)
        }
        let formChanged = !newFields.isEmpty || acroForm["SigFlags"]?.integer != 3
        if formChanged {
            // ISO 32000-1 §12.7.2 table 219: SigFlags 3, SignaturesExist and AppendOnly.
            let existingFields = try store.resolve(acroForm["Fields"])?.array ?? []
            acroForm["Fields"] = .array(existingFields + newFields.map(PDFValue.reference))
            acroForm["SigFlags"] = .integer(3)
        }
        var catalogChanged = false
        if let acroFormReference {
            if formChanged { update.write(.dictionary(acroForm), as: acroFormReference) }
        } else if formChanged {
            catalog["AcroForm"] = .dictionary(acroForm)
            catalogChanged = true
        }
        if request.certification != nil {
            // ISO 32000-1 §12.8.4 table 258: the certification signature is the catalog's /Perms /DocMDP.
            var permissions = try store.dictionary(catalog["Perms"]) ?? PDFDictionary()
            permissions["DocMDP"] = .reference(signature)
            catalog["Perms"] = .dictionary(permissions)
            catalogChanged = true
        }
        if catalogChanged { update.write(.dictionary(catalog), as: root) }

        let body = SignaturePlaceholder.body(signatureDictionary(request), contentsSize: request.placeholderSize)
        let placeholder = SignaturePlaceholder(body: body, at: update.write(body: body.bytes, as: signature))
        var file = update.finish()
        _ = placeholder.fillByteRange(in: &file)
        try placeholder.fillContents(try cms(placeholder.signedBytes(of: file)), in: &file)
        return file
    }

    /// The signature dictionary but its `/ByteRange` and `/Contents` (ISO 32000-1 §12.8.1 table 252).
    static func signatureDictionary(_ request: PDFSignatureRequest) -> PDFDictionary {
        var dictionary = PDFDictionary([
            "Type": .name("Sig"), "Filter": .name("Adobe.PPKLite"), "SubFilter": .name("ETSI.CAdES.detached"),
        ])
        if let permission = request.certification {
            // ISO 32000-1 §12.8.2.2: the DocMDP transform, its parameters' version 1.2.
            dictionary["Reference"] = .array([.dictionary(PDFDictionary([
                "Type": .name("SigRef"), "TransformMethod": .name("DocMDP"),
                "TransformParams": .dictionary(PDFDictionary([
                    "Type": .name("TransformParams"), "P": .integer(permission.rawValue), "V": .name("1.2"),
                ])),
            ]))])
        }
        dictionary["M"] = .string(Array(request.signingTime.pdf.utf8), hexadecimal: false)
        if let name = request.signerName { dictionary["Name"] = .text(name) }
        if let reason = request.reason { dictionary["Reason"] = .text(reason) }
        if let location = request.location { dictionary["Location"] = .text(location) }
        if let contact = request.contactInfo { dictionary["ContactInfo"] = .text(contact) }
        return dictionary
    }

    /// A signature field merged with its widget annotation (ISO 32000-1 §12.7.4.5, §12.5.6.19), written
    /// with its appearance when visible; returns its reference.
    private static func addField(_ field: PDFSignatureField, value: PDFReference?, pages: [PDFReference],
                                 to update: inout IncrementalUpdate) throws(PDFSigningError) -> PDFReference {
        guard pages.indices.contains(field.page) else { throw .pageOutOfRange(page: field.page, pageCount: pages.count) }
        let reference = update.newReference()
        let rect = field.rect ?? PDFRect(x: 0, y: 0, width: 0, height: 0)
        var widget = PDFDictionary(["Type": .name("Annot"), "Subtype": .name("Widget"), "FT": .name("Sig"), "T": .text(field.name)])
        if let value { widget["V"] = .reference(value) }
        // Printed with the page, as PDF/A requires of every annotation (ISO 19005-3 §6.3.2).
        widget["F"] = .integer(4)
        widget["P"] = .reference(pages[field.page])
        widget["Rect"] = rect.array
        if !rect.isEmpty {
            widget["AP"] = .dictionary(PDFDictionary(["N": .reference(emptyAppearance(rect, in: &update))]))
        }
        update.write(.dictionary(widget), as: reference)
        return reference
    }

    /// An empty form XObject of the rectangle's size: the normal appearance every annotation of non-zero
    /// area needs in PDF/A, showing nothing, as an unsigned or plain signature should.
    private static func emptyAppearance(_ rect: PDFRect, in update: inout IncrementalUpdate) -> PDFReference {
        // ISO 19005-3 §6.3.3
        let appearance = update.newReference()
        let form = PDFDictionary([
            "Type": .name("XObject"), "Subtype": .name("Form"),
            "BBox": .array([.integer(0), .integer(0), PDFRect.number(rect.width), PDFRect.number(rect.height)]),
            "Resources": .dictionary(PDFDictionary()),
        ])
        update.write(.dictionary(form), as: appearance, stream: [])
        return appearance
    }

    /// A widget's `/Rect`, when it is four numbers.
    private static func rect(of widget: PDFDictionary, in store: PDFObjectStore) throws(PDFFileError) -> PDFRect? {
        let numbers = try store.resolve(widget["Rect"])?.array?.compactMap { (value) -> Double? in
            switch value {
            case .integer(let integer): Double(integer)
            case .real(let written): Double(written)
            default: nil
            }
        }
        guard let numbers, numbers.count == 4 else { return nil }
        return PDFRect(x: min(numbers[0], numbers[2]), y: min(numbers[1], numbers[3]),
                       width: abs(numbers[2] - numbers[0]), height: abs(numbers[3] - numbers[1]))
    }

    /// A new version of the page (or of its `/Annots` array, when that is an object of its own) listing
    /// `annotations` after its own.
    private static func addAnnotations(_ annotations: [PDFReference], toPage page: PDFReference, in store: PDFObjectStore,
                                       to update: inout IncrementalUpdate) throws(PDFFileError) {
        guard var dictionary = try store.dictionary(.reference(page)) else { throw .missingObject(number: page.number) }
        let added = annotations.map(PDFValue.reference)
        if let arrayReference = dictionary["Annots"]?.reference, let existing = try store.resolve(dictionary["Annots"])?.array {
            update.write(.array(existing + added), as: arrayReference)
        } else {
            dictionary["Annots"] = .array((try store.resolve(dictionary["Annots"])?.array ?? []) + added)
            update.write(.dictionary(dictionary), as: page)
        }
    }

    private static func checkNewName(_ name: String, against names: inout Set<String>) throws(PDFSigningError) {
        guard !name.isEmpty, !name.contains(".") else {
            throw .invalidRequest("the field name « \(name) » is empty or has a period (ISO 32000-1 §12.7.3.2)")
        }
        guard names.insert(name).inserted else { throw .duplicateFieldName(name) }
    }

    private static func check(_ request: PDFSignatureRequest) throws(PDFSigningError) {
        guard (1...maximumPlaceholderSize).contains(request.placeholderSize) else {
            throw .invalidRequest("the placeholder size \(request.placeholderSize) is not between 1 and \(maximumPlaceholderSize) bytes")
        }
        for rect in [request.rect] + request.emptyFields.map(\.rect) {
            guard let rect else { continue }
            guard [rect.x, rect.y, rect.width, rect.height].allSatisfy(\.isFinite), rect.width >= 0, rect.height >= 0,
                  abs(rect.x) < 1e6, abs(rect.y) < 1e6, rect.width < 1e6, rect.height < 1e6 else {
                throw .invalidRequest("a widget rectangle is not finite with a non-negative width and height")
            }
        }
    }
}
