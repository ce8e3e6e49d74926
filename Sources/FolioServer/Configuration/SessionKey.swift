import Crypto
import FolioDocuments
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A signed-in person's session: who, until when, and a random nonce that names this sign-in.
struct WebSession: Sendable, Hashable {
    let login: String
    /// Seconds since 1970 after which the cookie is refused.
    let expires: Int64
    let nonce: String
}

/// The key that signs the pages' session cookies (HMAC-SHA256), shared by every server of a company
/// through its file: no server keeps sessions, so any server reads a cookie another one set, and a
/// cookie changed by its holder is refused. The CSRF token of a form is derived from the session
/// (HMAC of its nonce), so it needs no storage either and dies with the session.
struct SessionKey: Sendable {
    private let key: SymmetricKey

    init(key: SymmetricKey) {
        self.key = key
    }

    /// Reads the key file, or creates it (32 random bytes, readable by its owner only) when missing.
    static func load(orCreate path: String) throws -> SessionKey {
        if FileManager.default.fileExists(atPath: path) {
            let data = try TextFile.bytes(path: path, name: path, limit: 1024, kind: .profile)
            guard let bytes = Data(base64Encoded: String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
                  bytes.count == 32 else {
                throw InputError(source: path, "not a sessions key (32 bytes in base64); remove it to have a new one made")
            }
            return SessionKey(key: SymmetricKey(data: bytes))
        }
        let key = SymmetricKey(size: .bits256)
        let text = key.withUnsafeBytes { Data($0).base64EncodedString() } + "\n"
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        // Readable by its owner from the start (never a moment with the umask's permissions); O_EXCL:
        // two servers starting at once do not both write one, the second reads the first's.
        #if canImport(Glibc)
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        #else
        let descriptor = Darwin.open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        #endif
        guard descriptor >= 0 else {
            if errno == EEXIST { return try load(orCreate: path) }
            throw InputError(source: path, "cannot create the sessions key: \(String(cString: strerror(errno)))")
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count else {
            unlink(path)
            throw InputError(source: path, "cannot write the sessions key")
        }
        return SessionKey(key: key)
    }

    /// A new session for `login`, valid `lifetime` seconds from `now`.
    func begin(login: String, now: Date = Date(), lifetime: Int64 = 8 * 3600) -> WebSession {
        var generator = SystemRandomNumberGenerator()
        let nonce = Self.base64URL((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        return WebSession(login: login, expires: Int64(now.timeIntervalSince1970) + lifetime, nonce: nonce)
    }

    /// The cookie's value: the session's fields and their signature, in base64url.
    func seal(_ session: WebSession) -> String {
        let payload = "\(session.login)|\(session.expires)|\(session.nonce)"
        return Self.base64URL(Array(payload.utf8)) + "." + Self.base64URL(signature(of: payload))
    }

    /// The session a cookie carries; nil when it is malformed, was changed, or has expired.
    func open(_ cookie: String, now: Date = Date()) -> WebSession? {
        let parts = cookie.split(separator: ".")
        guard parts.count == 2, let payloadBytes = Self.bytes(base64URL: parts[0]), let mac = Self.bytes(base64URL: parts[1]) else { return nil }
        let payload = String(decoding: payloadBytes, as: UTF8.self)
        guard HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: Array(payload.utf8), using: key) else { return nil }
        let fields = payload.split(separator: "|", omittingEmptySubsequences: false)
        guard fields.count == 3, let expires = Int64(fields[1]), expires > Int64(now.timeIntervalSince1970) else { return nil }
        return WebSession(login: String(fields[0]), expires: expires, nonce: String(fields[2]))
    }

    /// The token every form of the session carries (CSRF): derived from the session, never stored.
    func csrfToken(for session: WebSession) -> String {
        Self.base64URL(signature(of: "csrf|\(session.nonce)"))
    }

    /// Whether a form's token is the session's; compared in constant time.
    func checks(csrfToken token: String, for session: WebSession) -> Bool {
        guard let mac = Self.bytes(base64URL: Substring(token)) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: Array("csrf|\(session.nonce)".utf8), using: key)
    }

    private func signature(of text: String) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: Array(text.utf8), using: key))
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func bytes(base64URL text: Substring) -> [UInt8]? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64).map(Array.init)
    }
}
