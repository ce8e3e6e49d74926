import Crypto
import FolioDocuments
import Foundation

/// The API keys of `folio serve`, each bound to one company profile, read from a YAML file:
///
/// ```yaml
/// keys:
///   - name: webshop                          # who uses it, for the logs
///     company: ../company/profile.yaml       # relative to this file
///     sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
/// ```
///
/// Only a key's SHA-256 is kept. A key is 32 random bytes (`folio_` and 43 base64url characters):
/// with that much entropy a fast hash cannot be reversed, so there is no need of a slow one, and a
/// request is checked in one lookup.
struct APIKeys: Sendable {
    struct Entry: Codable, Sendable, Hashable {
        var name: String
        var company: String
        var sha256: String
    }

    struct File: Codable {
        var keys: [Entry]
    }

    /// Who a key belongs to.
    struct Holder: Sendable, Hashable {
        let name: String
        let company: ServedCompany
    }

    private let holders: [String: Holder]
    /// Every company the keys name, once.
    let companies: [ServedCompany]

    /// No key at all: a server of the pages only answers 401 to every `/v1` request.
    static let none = APIKeys(holders: [:])

    private init(holders: [String: Holder]) {
        self.holders = holders
        companies = []
    }

    /// Reads the keys file and loads every company it names.
    /// - Throws: ``InputError`` naming the file and the entry that is wrong.
    init(file path: String) throws {
        let entries = try Self.entries(path)
        guard !entries.isEmpty else {
            throw InputError(source: path, field: "keys", "no key: add one with folio serve add-key --keys \(path) --name NAME --company PROFILE")
        }
        var holders: [String: Holder] = [:]
        var profiles = ConfigurationFile.Companies(file: path)
        for (index, entry) in entries.enumerated() {
            let field = "keys[\(index)]"
            guard entry.sha256.count == 64, entry.sha256.allSatisfy(\.isHexDigit) else {
                throw InputError(source: path, field: "\(field).sha256", "not a SHA-256 in hexadecimal (64 digits)")
            }
            guard holders[entry.sha256.lowercased()] == nil else {
                throw InputError(source: path, field: "\(field).sha256", "the same key is listed twice")
            }
            let company = try profiles.company(entry.company, field: "\(field).company")
            holders[entry.sha256.lowercased()] = Holder(name: entry.name, company: company)
        }
        self.holders = holders
        companies = Array(Set(holders.values.map(\.company))).sorted { $0.profile < $1.profile }
    }

    /// The holder of a key as a request presents it; nil for a key nobody holds.
    func holder(of key: String) -> Holder? {
        holders[Self.hash(key)]
    }

    static func hash(_ key: String) -> String {
        SHA256.hash(data: Data(key.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// A new key: `folio_` and 32 random bytes in base64url.
    static func newKey() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let text = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return "folio_" + text
    }

    /// Adds a new key for a company to the keys file (created if missing), written whole or not at
    /// all, and returns the key: it is shown this once, the file keeps only its hash.
    static func add(name: String, company: String, to path: String) throws -> String {
        _ = try ServedCompany(profile: URL(fileURLWithPath: company).standardizedFileURL.path)
        var entries = FileManager.default.fileExists(atPath: path) ? try Self.entries(path) : []
        guard !entries.contains(where: { $0.name == name }) else {
            throw InputError(source: path, field: "keys", "a key named \(name) exists already")
        }
        let key = newKey()
        entries.append(Entry(name: name, company: ConfigurationFile.relativePath(of: company, in: path), sha256: hash(key)))
        try ConfigurationFile.write(File(keys: entries), comment: "API keys of folio serve: each names one company profile. Only the SHA-256 of a key is kept.",
                                    to: path)
        return key
    }

    private static func entries(_ path: String) throws -> [Entry] {
        try ConfigurationFile.read(File.self, from: path, shape: "a keys file (keys: a list of name, company, sha256)").keys
    }
}
