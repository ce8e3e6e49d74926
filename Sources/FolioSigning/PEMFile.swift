import Foundation
import SwiftASN1

/// The PEM documents of a certificate or key file, read with errors that name the file.
enum PEMFile {
    /// The largest PEM file read: a long chain is a few tens of kilobytes.
    static let maximumSize = 1024 * 1024

    /// The text of the file at `path`.
    static func text(of path: String) throws(SigningIdentityError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SigningIdentityError(file: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw SigningIdentityError(file: path, reason: "a folder, not a PEM file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SigningIdentityError(file: path, reason: "cannot be read (permissions?)")
        }
        guard data.count <= maximumSize else {
            throw SigningIdentityError(file: path, reason: "\(data.count) bytes: too large for a PEM certificate or key file")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Every PEM document in `text`, in order.
    static func documents(_ text: String, file: String) throws(SigningIdentityError) -> [PEMDocument] {
        // Normalise line ends: swift-asn1 wants each base64 line ended by a line feed, the last one included.
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n") + "\n"
        do {
            return try PEMDocument.parseMultiple(pemString: normalised)
        } catch {
            throw SigningIdentityError(file: file, reason: "not a readable PEM file (\(error))")
        }
    }

    /// Whether `text` holds an encrypted private key, in PKCS#8 or in OpenSSL's traditional form.
    static func holdsEncryptedKey(_ text: String) -> Bool {
        text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || text.contains("Proc-Type: 4,ENCRYPTED")
    }
}
