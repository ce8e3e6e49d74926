import FolioCore
import Foundation

/// Whether an issued document is signed: as the profile says for its kind, or as one command says.
public enum SigningChoice: String, Sendable, Hashable, CaseIterable {
    /// The profile's `signing.documents` (quotes by default), when the profile has a signing block.
    case automatic
    /// Signed (`--sign`): the profile must have a signing block.
    case sign
    /// Not signed (`--no-sign`).
    case doNotSign
}

/// How ``Company/render(_:language:number:signature:)`` treats the seller's signature.
public enum SignatureRendering: Sendable {
    /// Not signed, no stamp.
    case none
    /// The stamp printed, the signature not applied: the finished bytes a signed document starts with
    /// (what `ledger verify --rerender` compares).
    case stampOnly
    /// Stamped and signed at this time (`/M`).
    case sign(at: Date)
}

extension Company {
    /// The company's signer, loaded on first use; nil when the profile has no `signing` block.
    ///
    /// - Throws: ``InputError`` naming the certificate or key file that cannot be used.
    public func signer() throws -> DocumentSigner? {
        if let loaded = loadedSigner { return loaded }
        guard let configuration = profile.signing else { return nil }
        let signer = try DocumentSigner.load(configuration, paths: paths, profile: name)
        loadedSigner = signer
        return signer
    }

    /// Whether a document of `kind` is signed under `choice`.
    ///
    /// - Throws: ``InputError`` when `choice` is `.sign` and the profile has no signing block.
    public func signs(_ kind: Order.Kind, choice: SigningChoice) throws -> Bool {
        switch choice {
        case .doNotSign: return false
        case .automatic: return profile.signing?.documents.contains(kind) ?? false
        case .sign:
            guard profile.signing != nil else {
                throw InputError(source: name, field: "signing", "--sign needs a signing block in the profile (certificate, chain, privateKey)")
            }
            return true
        }
    }
}

extension Company {
    /// A rendered letter or terms document signed by the seller when `choice` says so (`--sign`): an
    /// invisible certification signature, unless its template has a `seller-signature` box. Order
    /// documents are signed while they are issued (``IssuingPolicy/signing``); these only on request.
    ///
    /// - Throws: ``InputError`` when `.sign` is asked of a profile without a signing block, or its
    ///   certificate is not valid on the document's date.
    public func signed(_ document: RenderedDocument, choice: SigningChoice, at time: Date = Date()) throws -> RenderedDocument {
        guard choice == .sign else { return document }
        guard let signer = try signer() else {
            throw InputError(source: name, field: "signing", "--sign needs a signing block in the profile (certificate, chain, privateKey)")
        }
        try signer.check(validOn: document.facts.date)
        var signed = document
        signed.pdf = try signer.sign(document.pdf, facts: document.facts, at: time)
        signed.unsignedLength = document.pdf.count
        return signed
    }
}
