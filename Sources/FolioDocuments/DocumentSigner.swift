import FolioCore
import FolioLayout
import FolioPDF
import FolioSigning
import Foundation

/// The company's electronic signature, loaded from its profile's `signing` block: signs finished
/// PDFs as an incremental update (PAdES baseline B-B), so the unsigned bytes stay the start of the file.
///
/// ```swift
/// let signer = try company.signer()          // nil when the profile has no signing block
/// let signed = try signer?.sign(finished, facts: document.facts, at: Date())
/// ```
public struct DocumentSigner: Sendable {
    /// The certificate, its chain and its key.
    public let identity: SigningIdentity
    public let configuration: SigningConfiguration

    /// The seller's field (over the stamp when the template prints one) and the client's (over the quote's acceptance box).
    public static let sellerField = "SellerSignature"
    public static let clientField = "ClientSignature"
    /// The template boxes the fields go over.
    static let sellerRegion = "seller-signature"
    static let clientRegion = "client-signature"

    /// Loads the PEM files named by `configuration`, relative to the profile's folder.
    ///
    /// - Throws: ``InputError`` naming the file: outside the profile's folder (``ProfilePaths``),
    ///   unreadable, encrypted, of a kind Folio does not sign with, or a key that does not belong to
    ///   the certificate.
    static func load(_ configuration: SigningConfiguration, paths: ProfilePaths, profile: String) throws -> DocumentSigner {
        let certificate = try paths.resolve(configuration.certificate, field: "signing.certificate", source: profile).path
        let chain = try configuration.chain.enumerated().map { index, file in
            try paths.resolve(file, field: "signing.chain[\(index)]", source: profile).path
        }
        let privateKey = try paths.resolve(configuration.privateKey, field: "signing.privateKey", source: profile).path
        do {
            let identity = try SigningIdentity.load(certificate: certificate, chain: chain, privateKey: privateKey)
            return DocumentSigner(identity: identity, configuration: configuration)
        } catch {
            throw InputError(source: error.file, field: "signing", error.reason)
        }
    }

    /// What the template's stamp prints: the signer, the organisation, the document's date.
    func stamp(on date: CalendarDate, language: DocumentLanguage) -> [String: String] {
        var values = ["signer": identity.signerName, "date": LocalizedFormat(language).date(date)]
        values["organisation"] = identity.organisation
        return values
    }

    /// Checks the certificate is valid on the document's date (before any number is taken).
    ///
    /// - Throws: ``InputError`` naming the certificate file and its validity.
    func check(validOn date: CalendarDate) throws {
        do { try identity.check(validOn: (date.year, date.month, date.day)) } catch {
            throw InputError(source: error.file, field: "signing.certificate", error.reason)
        }
    }

    /// `finished` with the seller's certification signature appended (form filling and signing
    /// allowed, so the client can sign after), over the template's `seller-signature` box when there
    /// is one; a quote also gets the client's empty field over its `client-signature` box.
    func sign(_ finished: [UInt8], facts: DocumentFacts, at time: Date) throws -> [UInt8] {
        guard let signingTime = PDFDateTime(time) else { throw InputError(source: nil, "\(time) cannot be written as a PDF date") }
        let seller = placement(of: Self.sellerRegion, in: facts)
        var request = PDFSignatureRequest(
            fieldName: Self.sellerField, page: seller?.page ?? 0, rect: seller?.rect, signerName: identity.signerName,
            reason: facts.language.words(fr: "Émis et signé par", en: "Issued and signed by", de: "Ausgestellt und signiert von")
                + " \(facts.author ?? identity.signerName)",
            signingTime: signingTime, certification: .formFillingAndSigning,
            placeholderSize: max(PDFSignatureRequest.defaultPlaceholderSize, PAdESSignature.maximumLength(for: identity) + 1024))
        if facts.kind == .order(.quote), let client = placement(of: Self.clientRegion, in: facts) {
            request.emptyFields = [PDFSignatureField(name: Self.clientField, page: client.page, rect: client.rect)]
        }
        let identity = self.identity
        do {
            return try PDFSigning.sign(finished, request) { content in try PAdESSignature.sign(content, identity: identity) }
        } catch let error as PAdESSignatureError {
            throw InputError(source: identity.certificateFile, field: "signing", "\(error)")
        }
    }

    /// A named box of the document in PDF coordinates (from the page's bottom-left corner).
    private func placement(of name: String, in facts: DocumentFacts) -> (page: Int, rect: PDFRect)? {
        guard let region = facts.regions.first(where: { $0.name == name }), let paper = facts.paperSize else { return nil }
        let rect = region.rect
        return (region.page, PDFRect(x: rect.x, y: paper.height - rect.y - rect.height, width: rect.width, height: rect.height))
    }
}
