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
        let signer = try DocumentSigner.load(configuration, folder: folder)
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
