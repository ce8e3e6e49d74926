import Foundation
import SwiftASN1
@_spi(FixedExpiryValidationTime) import X509

/// Checks a CMS SignedData over given content: whether the content is intact, who signed it, whether the signer is
/// trusted. Never throws: anything wrong is a problem in the report.
///
/// Reads what Folio, pyHanko, Acrobat and OpenSSL write: signed attributes or not; RSA PKCS#1 v1.5, RSA-PSS (salt as
/// long as the digest), ECDSA P-256/P-384/P-521; SHA-256/384/512; the signer named by issuer and serial number or by
/// subject key identifier. Garbage, truncated or hostile bytes give a report with `intact` false.
///
/// ```swift
/// let report = await CMSSignatureCheck.check(cms, content: signedBytes, trustRoots: [root], on: Date())
/// print(report.intact, report.trusted ?? false, report.signerName ?? "", report.problems)
/// ```
public enum CMSSignatureCheck {
    /// The largest CMS read: a PDF signature's /Contents holds tens of kilobytes, not megabytes.
    public static let maximumSize = 4 * 1024 * 1024
    /// The most certificates of a CMS read (a real chain has a handful; Acrobat's rarely more than ten).
    static let maximumCertificates = 64
    /// The most certificates of a CMS used to build a chain.
    static let maximumIntermediates = 32

    /// Checks `cms` over `content` and, when `trustRoots` are given, whether the signer's certificate chains to one
    /// of them under RFC 5280 at `date` (now when nil).
    public static func check(_ cms: [UInt8], content: [UInt8], trustRoots: [Certificate] = [], on date: Date? = nil) async -> SignatureReport {
        var report = checkIntegrity(cms, content: content)
        guard !trustRoots.isEmpty else { return report }
        guard let signer = report.signer else {
            report.trusted = false
            return report
        }
        let intermediates = report.certificates.filter { $0 != signer }.prefix(maximumIntermediates)
        let moment = date ?? Date()
        var verifier = Verifier(rootCertificates: CertificateStore(trustRoots)) {
            RFC5280Policy(fixedExpiryValidationTime: moment)
        }
        switch await verifier.validate(leaf: signer, intermediates: CertificateStore(intermediates)) {
        case .validCertificate:
            report.trusted = true
        case .couldNotValidate(let failures):
            report.trusted = false
            let reasons = Set(failures.map { $0.policyFailureReason.description }).sorted()
            report.problems.append("the signer's certificate does not chain to a trusted root on \(SigningIdentity.moment(moment))"
                + (reasons.isEmpty ? "" : " (\(reasons.joined(separator: "; ")))"))
        }
        return report
    }

    /// Everything ``check(_:content:trustRoots:on:)`` reports but trust, synchronously.
    public static func checkIntegrity(_ cms: [UInt8], content: [UInt8]) -> SignatureReport {
        var report = SignatureReport()
        guard cms.count <= maximumSize else {
            report.problems.append("not a CMS SignedData: \(cms.count) bytes, more than the \(maximumSize / 1024 / 1024) MB a signature may have")
            return report
        }
        let signedData: CMSSignedData
        do {
            signedData = try CMSSignedData(cms)
        } catch {
            report.problems.append("not a CMS SignedData: \(error.reason)")
            return report
        }

        var certificates: [(certificate: Certificate, der: ArraySlice<UInt8>)] = []
        if signedData.certificates.count > maximumCertificates {
            report.problems.append("the CMS carries \(signedData.certificates.count) certificates: only the first \(maximumCertificates) are read")
        }
        // A certificate that cannot be read (an unsupported key, a malformed extension) matters only when the signer's
        // is missing: it may be that one.
        var unreadable: [String] = []
        for der in signedData.certificates.prefix(maximumCertificates) {
            do {
                certificates.append((try Certificate(derEncoded: Array(der)), der))
            } catch {
                unreadable.append("\(error)")
            }
        }
        report.certificates = certificates.map(\.certificate)

        guard let signerInfo = signedData.signers.first else {
            report.problems.append("no signer in the CMS (its SignerInfos are empty)")
            return report
        }
        if signedData.signers.count > 1 {
            report.problems.append("the CMS has \(signedData.signers.count) signers: only the first is checked")
        }
        let signed = signedContent(signedData, given: content, report: &report)

        guard let digest = DigestAlgorithm(signerInfo.digestAlgorithm) else {
            report.problems.append("the digest algorithm \(DigestAlgorithm.describe(signerInfo.digestAlgorithm)) is not accepted (SHA-256, SHA-384 or SHA-512 are)")
            return report
        }
        report.digestAlgorithm = digest.name
        let scheme: SignatureScheme
        do {
            scheme = try SignatureScheme(signerInfo.signatureAlgorithm, parameters: signerInfo.signatureParameters, digest: digest)
            report.signatureAlgorithm = scheme.description
        } catch {
            report.problems.append(error.reason)
            return report
        }

        let attributesHold = checkSignedAttributes(signerInfo, signedData: signedData, digest: digest, content: signed, report: &report)

        guard let signer = findSigner(signerInfo.identifier, in: certificates) else {
            report.problems.append("no signer certificate in the CMS (none matches its signer identifier)")
            report.problems += unreadable.map { "a certificate in the CMS cannot be read: \($0)" }
            return report
        }
        report.signer = signer.certificate
        report.signerName = SigningIdentity.attribute(.RDNAttributeType.commonName, of: signer.certificate.subject) ?? signer.certificate.subject.description
        report.organisation = SigningIdentity.attribute(.RDNAttributeType.organizationName, of: signer.certificate.subject)
        report.fingerprint = DigestAlgorithm.sha256.hash(signer.der).map { String(format: "%02x", $0) }.joined()

        let certificateHolds = checkSigningCertificate(signerInfo, signerDER: signer.der, report: &report)
        // Without signed attributes and without the content (the CMS carries another), there is nothing to verify.
        var signatureHolds = false
        if let signedBytes = signerInfo.signedAttributesAsSet ?? signed {
            signatureHolds = scheme.verifies(signerInfo.signature, over: signedBytes, with: signer.certificate.publicKey)
            if !signatureHolds {
                report.problems.append("the signature does not verify with the signer's certificate")
            }
        }
        report.intact = signed != nil && attributesHold && certificateHolds && signatureHolds
        return report
    }

    /// The content the signature is over: the given content, or the CMS's own when it carries one.
    private static func signedContent(_ signedData: CMSSignedData, given content: [UInt8], report: inout SignatureReport) -> [UInt8]? {
        guard let carried = signedData.content else { return content }
        if content.isEmpty || carried == content { return carried }
        report.problems.append("the CMS carries its own content, which differs from the given content")
        return nil
    }

    // RFC 5652 §5.3, §11.1, §11.2, §11.3
    /// Checks contentType and messageDigest and reads signing-time; true when the attributes bind `content`.
    private static func checkSignedAttributes(_ signerInfo: CMSSignerInfo, signedData: CMSSignedData, digest: DigestAlgorithm,
                                              content: [UInt8]?, report: inout SignatureReport) -> Bool {
        guard signerInfo.signedAttributes != nil else { return true }
        var holds = true
        if let values = signerInfo.attribute(OID.contentType) {
            if values.count != 1 || (try? values[0].objectIdentifier("")) != signedData.contentType {
                report.problems.append("the signed contentType attribute differs from the content's type")
                holds = false
            }
        } else {
            report.problems.append("the signed attributes lack the contentType attribute")
            holds = false
        }
        if let values = signerInfo.attribute(OID.messageDigest), values.count == 1,
           let signedDigest = try? CMSSignedData.octets(values[0], "the message digest") {
            if let content, digest.hash(content) != signedDigest {
                report.problems.append("the content's \(digest.name) differs from the signed messageDigest")
                holds = false
            }
        } else {
            report.problems.append("the signed attributes lack a readable messageDigest attribute")
            holds = false
        }
        if let values = signerInfo.attribute(OID.signingTime), let first = values.first {
            report.claimedSigningTime = time(first)
        }
        return holds
    }

    // RFC 5035 §3, ETSI EN 319 122-1 §5.2.2
    /// When a signing-certificate-v2 attribute is present, checks that its first ESSCertIDv2 hashes to the signer's
    /// certificate (so another certificate with the same key cannot be passed off as the signer's).
    private static func checkSigningCertificate(_ signerInfo: CMSSignerInfo, signerDER: ArraySlice<UInt8>,
                                                report: inout SignatureReport) -> Bool {
        guard let values = signerInfo.attribute(OID.signingCertificateV2) else { return true }
        do throws(DERFormatError) {
            let signingCertificate = try values.node(0, "the signing-certificate-v2").children(.sequence, "the signing-certificate-v2")
            let certs = try signingCertificate.node(0, "the ESSCertIDv2 list").children(.sequence, "the ESSCertIDv2 list")
            let certID = try certs.node(0, "the ESSCertIDv2").children(.sequence, "the ESSCertIDv2")
            var hashAlgorithm = OID.sha256
            var index = 0
            if try certID.node(0, "the certificate hash").identifier == .sequence {
                hashAlgorithm = try CMSSignerInfo.algorithm(certID[0], "the certificate hash algorithm").oid
                index = 1
            }
            let hash = try certID.node(index, "the certificate hash").bytes(.octetString, "the certificate hash")
            guard let algorithm = DigestAlgorithm(hashAlgorithm) else {
                report.problems.append("the signing-certificate-v2 attribute hashes with \(DigestAlgorithm.describe(hashAlgorithm)), which is not accepted")
                return false
            }
            guard algorithm.hash(signerDER)[...] == hash else {
                report.problems.append("the signing-certificate-v2 attribute names another certificate than the signer's")
                return false
            }
            return true
        } catch {
            report.problems.append("the signing-certificate-v2 attribute is malformed: \(error.reason)")
            return false
        }
    }

    /// The certificate a SignerInfo names, by issuer and serial number or by subject key identifier.
    private static func findSigner(_ identifier: CMSSignerInfo.Identifier,
                                   in certificates: [(certificate: Certificate, der: ArraySlice<UInt8>)]) -> (certificate: Certificate, der: ArraySlice<UInt8>)? {
        switch identifier {
        case .issuerAndSerialNumber(let issuer, let serialNumber):
            let issuerName = (try? parseASN1(issuer, "the issuer")).flatMap { try? DistinguishedName(derEncoded: $0) }
            let serialContent = try? parseASN1(serialNumber, "the serial number").bytes(.integer, "the serial number")
            return certificates.first { candidate in
                if let fields = try? CertificateFields(der: Array(candidate.der)), fields.issuer == issuer, fields.serialNumber == serialNumber {
                    return true
                }
                guard let issuerName, let serialContent else { return false }
                return candidate.certificate.issuer == issuerName
                    && candidate.certificate.serialNumber == Certificate.SerialNumber(bytes: serialContent)
            }
        case .subjectKeyIdentifier(let keyIdentifier):
            return certificates.first { candidate in
                (try? candidate.certificate.extensions.subjectKeyIdentifier)??.keyIdentifier == keyIdentifier
            }
        }
    }

    /// A UTCTime or GeneralizedTime as a date.
    private static func time(_ node: ASN1Node) -> Date? {
        var parts = DateComponents()
        if let utc = try? UTCTime(derEncoded: node) {
            parts = DateComponents(year: utc.year, month: utc.month, day: utc.day, hour: utc.hours, minute: utc.minutes, second: utc.seconds)
        } else if let generalized = try? GeneralizedTime(derEncoded: node) {
            parts = DateComponents(year: generalized.year, month: generalized.month, day: generalized.day,
                                   hour: generalized.hours, minute: generalized.minutes, second: generalized.seconds)
        } else {
            return nil
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.date(from: parts)
    }
}
