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

    // RFC 7468 §2–3
    /// Every PEM document in `text`, in order. Lenient as RFC 7468 asks parsers to be: text around the blocks (as
    /// `openssl x509 -text` and PKCS#12 exports write), lines of any length, CRLF, spaces.
    static func documents(_ text: String, file: String) throws(SigningIdentityError) -> [PEMDocument] {
        var documents: [PEMDocument] = []
        var label: String?
        var body = ""
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if let open = label {
                if line.hasPrefix("-----END ") {
                    guard line == "-----END \(open)-----" else {
                        throw SigningIdentityError(file: file, reason: "not a readable PEM file: « -----BEGIN \(open)----- » ends with « \(line) »")
                    }
                    guard let der = Data(base64Encoded: body), !der.isEmpty else {
                        throw SigningIdentityError(file: file, reason: "not a readable PEM file: the « \(open) » block is not valid base64")
                    }
                    documents.append(PEMDocument(type: open, derBytes: Array(der)))
                    label = nil
                } else if !line.contains(":") {
                    // Lines with a colon are RFC 1421 headers (Proc-Type, DEK-Info), not base64.
                    body += line.filter { !$0.isWhitespace }
                }
            } else if line.hasPrefix("-----BEGIN "), line.hasSuffix("-----"), line.count > 16 {
                label = String(line.dropFirst(11).dropLast(5))
                body = ""
            }
        }
        if let open = label {
            throw SigningIdentityError(file: file, reason: "not a readable PEM file: « -----BEGIN \(open)----- » has no END line (truncated?)")
        }
        return documents
    }

    /// Whether `text` holds an encrypted private key, in PKCS#8 or in OpenSSL's traditional form.
    static func holdsEncryptedKey(_ text: String) -> Bool {
        text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || text.contains("Proc-Type: 4,ENCRYPTED")
    }
}
