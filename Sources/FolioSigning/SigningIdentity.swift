import Crypto
import Foundation
import SwiftASN1
import X509

/// The seller's signing certificate, the certificates of its chain and its private key, ready to sign.
///
/// Loaded from PEM files and checked on the way in: the key is unencrypted, RSA of 2048 bits or more or ECDSA P-256,
/// and it is the certificate's key. Every refusal is a ``SigningIdentityError`` naming its file.
///
/// ```swift
/// let identity = try SigningIdentity.load(certificate: "seller.pem", chain: ["ca-chain.pem"], privateKey: "seller.key")
/// try identity.check(validOn: (year: 2026, month: 11, day: 26))
/// print(identity.signerName, identity.organisation ?? "", identity.fingerprint)
/// let cms = try PAdESSignature.sign(signedBytes, identity: identity)
/// ```
public struct SigningIdentity: Sendable {
    /// The signer's certificate.
    public let certificate: Certificate
    /// The certificates of its chain (intermediates, possibly the root), as found in the chain files.
    public let chain: [Certificate]
    /// Where the certificate was read from (named by errors).
    public let certificateFile: String
    /// The subject's common name (CN), or the whole subject when it has none.
    public let signerName: String
    /// The subject's organisation (O), if stated.
    public let organisation: String?
    /// The SHA-256 of the certificate's DER, in lowercase hexadecimal.
    public let fingerprint: String

    /// The first moment the certificate is valid.
    public var notBefore: Date { certificate.notValidBefore }
    /// The last moment the certificate is valid.
    public var notAfter: Date { certificate.notValidAfter }
    /// The key in words: « an RSA key of 2048 bits », « an ECDSA P-256 key ».
    public var keyDescription: String { keyKind.description }

    let privateKey: Certificate.PrivateKey
    let keyKind: KeyKind
    let certificateDER: [UInt8]
    let chainDER: [[UInt8]]
    let fields: CertificateFields

    /// Loads an identity from PEM files: the certificate, chain files (each may hold several certificates) and the
    /// unencrypted private key (PKCS#8, PKCS#1 or SEC 1).
    ///
    /// A certificate file holding several certificates is read as the signer's certificate followed by its chain.
    /// - Throws: ``SigningIdentityError`` naming the file that is missing, unreadable, encrypted, of a refused key
    ///   type, or (naming both) a key that does not belong to the certificate.
    public static func load(certificate: String, chain: [String], privateKey: String) throws(SigningIdentityError) -> SigningIdentity {
        let certificateText = try PEMFile.text(of: certificate)
        var chainTexts: [String] = []
        for file in chain { chainTexts.append(try PEMFile.text(of: file)) }
        let keyText = try PEMFile.text(of: privateKey)
        return try SigningIdentity(certificatePEM: certificateText, chainPEM: chainTexts, privateKeyPEM: keyText,
                                   certificateFile: certificate, chainFiles: chain, privateKeyFile: privateKey)
    }

    /// Makes an identity from PEM text already read; the names stand for the files in errors.
    public init(certificatePEM: String, chainPEM: [String] = [], privateKeyPEM: String,
                certificateFile: String = "certificate", chainFiles: [String]? = nil,
                privateKeyFile: String = "private key") throws(SigningIdentityError) {
        var certificates = try Self.certificates(in: certificatePEM, file: certificateFile)
        let signer = certificates.removeFirst()
        let chainNames = chainFiles ?? chainPEM.indices.map { "chain \($0 + 1)" }
        for (index, text) in chainPEM.enumerated() {
            certificates += try Self.certificates(in: text, file: index < chainNames.count ? chainNames[index] : "chain \(index + 1)")
        }
        // The signer's own certificate and repeats are not part of the chain.
        var seen: Set<[UInt8]> = [signer.der]
        certificates = certificates.filter { seen.insert($0.der).inserted }

        let (key, kind) = try Self.privateKey(in: privateKeyPEM, file: privateKeyFile)
        guard key.publicKey == signer.certificate.publicKey else {
            throw SigningIdentityError(file: privateKeyFile, reason: "this private key does not belong to the certificate \(certificateFile) (their public keys differ): give the key the certificate was issued for")
        }
        do {
            fields = try CertificateFields(der: signer.der)
        } catch {
            throw SigningIdentityError(file: certificateFile, reason: "the certificate cannot be read: \(error.reason)")
        }
        certificate = signer.certificate
        certificateDER = signer.der
        chain = certificates.map(\.certificate)
        chainDER = certificates.map(\.der)
        self.certificateFile = certificateFile
        privateKey = key
        keyKind = kind
        signerName = Self.attribute(.RDNAttributeType.commonName, of: signer.certificate.subject) ?? signer.certificate.subject.description
        organisation = Self.attribute(.RDNAttributeType.organizationName, of: signer.certificate.subject)
        fingerprint = Array(SHA256.hash(data: signer.der)).map { String(format: "%02x", $0) }.joined()
    }

    /// Refuses a certificate that is not yet valid or has expired at `date`.
    /// - Throws: ``SigningIdentityError`` naming the certificate file and its validity dates.
    public func check(validOn date: Date) throws(SigningIdentityError) {
        if date < notBefore {
            throw validityError("is not yet valid on \(Self.moment(date))")
        }
        if date > notAfter {
            throw validityError("has expired by \(Self.moment(date))")
        }
    }

    /// Refuses a certificate that is valid at no moment of the given day (in UTC): not yet valid at its end, or
    /// expired before its start. The day is usually the document's date.
    /// - Throws: ``SigningIdentityError`` naming the certificate file and its validity dates.
    public func check(validOn day: (year: Int, month: Int, day: Int)) throws(SigningIdentityError) {
        let name = String(format: "%04d-%02d-%02d", day.year, day.month, day.day)
        guard let start = Self.utc.date(from: DateComponents(year: day.year, month: day.month, day: day.day)),
              Self.utc.component(.day, from: start) == day.day, Self.utc.component(.month, from: start) == day.month
        else {
            throw SigningIdentityError(file: certificateFile, reason: "\(name) is not a date")
        }
        if notBefore >= start.addingTimeInterval(24 * 3600) {
            throw validityError("is not yet valid on \(name)")
        }
        if notAfter < start {
            throw validityError("has expired by \(name)")
        }
    }

    private func validityError(_ what: String) -> SigningIdentityError {
        SigningIdentityError(file: certificateFile, reason: "the certificate \(what): it is valid from \(Self.moment(notBefore)) to \(Self.moment(notAfter))")
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    /// A moment as « 2021-01-01 00:00:00 UTC ».
    static func moment(_ date: Date) -> String {
        let parts = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d UTC", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    /// The first value of an attribute of a distinguished name, as text.
    static func attribute(_ type: ASN1ObjectIdentifier, of name: DistinguishedName) -> String? {
        for relativeName in name {
            for attribute in relativeName where attribute.type == type {
                if let text = String(attribute.value) { return text }
            }
        }
        return nil
    }

    /// The certificates of a PEM text, each with its DER.
    static func certificates(in text: String, file: String) throws(SigningIdentityError) -> [(certificate: Certificate, der: [UInt8])] {
        let documents = try PEMFile.documents(text, file: file)
        let blocks = documents.filter { $0.discriminator == "CERTIFICATE" }
        guard !blocks.isEmpty else {
            let holdsKey = documents.contains { $0.discriminator.hasSuffix("PRIVATE KEY") } || PEMFile.holdsEncryptedKey(text)
            throw SigningIdentityError(file: file, reason: holdsKey
                ? "holds a private key, not a certificate: were the certificate and key files swapped?"
                : "no certificate in this file (a PEM « -----BEGIN CERTIFICATE----- » block was expected)")
        }
        var result: [(Certificate, [UInt8])] = []
        for (index, block) in blocks.enumerated() {
            let which = blocks.count > 1 ? "certificate \(index + 1)" : "the certificate"
            do {
                result.append((try Certificate(derEncoded: block.derBytes), block.derBytes))
            } catch {
                // swift-certificates refuses keys it does not support without naming them: say what the key is.
                if let kind = try? KeyKind(subjectPublicKeyInfo: CertificateFields(der: block.derBytes).subjectPublicKeyInfo),
                   !kind.isAcceptedForSigning {
                    throw SigningIdentityError(file: file, reason: "\(which) holds \(kind): \(KeyKind.accepted)")
                }
                throw SigningIdentityError(file: file, reason: "\(which) cannot be read (\(error))")
            }
        }
        return result
    }

    /// The private key of a PEM text and its kind, refused when encrypted or of a kind Folio does not sign with.
    private static func privateKey(in text: String, file: String) throws(SigningIdentityError) -> (Certificate.PrivateKey, KeyKind) {
        if PEMFile.holdsEncryptedKey(text) {
            throw SigningIdentityError(file: file, reason: "the private key is encrypted (protected by a passphrase) and Folio reads unencrypted keys only: decrypt it with « openssl pkey -in \(file) -out decrypted-key.pem » and keep that file private (readable by you alone)")
        }
        let documents = try PEMFile.documents(text, file: file)
        guard let block = documents.first(where: { $0.discriminator.hasSuffix("PRIVATE KEY") }) else {
            throw SigningIdentityError(file: file, reason: documents.contains { $0.discriminator == "CERTIFICATE" }
                ? "holds a certificate, not a private key: were the certificate and key files swapped?"
                : "no private key in this file (a PEM « -----BEGIN PRIVATE KEY----- » block was expected)")
        }
        let kind: KeyKind
        do {
            kind = try KeyKind(privateKeyPEM: block.discriminator, der: block.derBytes)
        } catch {
            throw SigningIdentityError(file: file, reason: "the private key cannot be read: \(error.reason)")
        }
        guard kind.isAcceptedForSigning else {
            throw SigningIdentityError(file: file, reason: "\(kind): \(KeyKind.accepted)")
        }
        do {
            return (try Certificate.PrivateKey(pemDocument: block), kind)
        } catch {
            throw SigningIdentityError(file: file, reason: "the private key (\(kind)) cannot be read (\(error))")
        }
    }
}
