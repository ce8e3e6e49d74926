import Foundation
import X509

/// The certificate authorities a signature is checked against (`folio verify --trust CA.pem`).
///
/// ```swift
/// let roots = try TrustAnchors.load(["out/signing/ca.pem"])
/// let report = await CMSSignatureCheck.check(cms, content: signed, trust: roots)
/// ```
public struct TrustAnchors: Sendable {
    public let certificates: [Certificate]

    public init(_ certificates: [Certificate]) {
        self.certificates = certificates
    }

    /// Every certificate of the PEM files.
    ///
    /// - Throws: ``SigningIdentityError`` naming the file that holds no readable certificate.
    public static func load(_ files: [String]) throws(SigningIdentityError) -> TrustAnchors {
        var certificates: [Certificate] = []
        for file in files {
            certificates += try SigningIdentity.certificates(in: PEMFile.text(of: file), file: file).map(\.certificate)
        }
        return TrustAnchors(certificates)
    }
}

extension CMSSignatureCheck {
    /// ``check(_:content:trustRoots:on:)`` with trust anchors; nil checks integrity only (`trusted` is nil).
    public static func check(_ cms: [UInt8], content: [UInt8], trust: TrustAnchors?, on date: Date? = nil) async -> SignatureReport {
        guard let trust else { return checkIntegrity(cms, content: content) }
        return await check(cms, content: content, trustRoots: trust.certificates, on: date)
    }
}
