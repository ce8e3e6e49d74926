import Crypto
@testable import FolioServer
import Foundation
import Testing

/// Session cookies signed by a key every server shares, and the CSRF tokens derived from them.
@Suite("Sessions and CSRF tokens")
struct SessionKeyTests {
    @Test("A sealed session opens on any server with the key; changed, expired or signed with another key, it is refused")
    func sealedSessions() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("folio-sessions-\(UUID().uuidString)/session.key").path
        let key = try SessionKey.load(orCreate: file)
        let again = try SessionKey.load(orCreate: file)        // another server reading the same file
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let session = key.begin(login: "jeanne", now: now, lifetime: 3600)
        let cookie = key.seal(session)
        #expect(again.open(cookie, now: now) == session)
        #expect(key.open(cookie, now: now.addingTimeInterval(3601)) == nil, "expired")
        // The holder changes the login in the payload: the signature no longer matches.
        let parts = cookie.split(separator: ".")
        let forged = SessionKey.base64URL(Array("paul|\(session.expires)|\(session.nonce)".utf8)) + "." + parts[1]
        #expect(key.open(forged, now: now) == nil)
        #expect(SessionKey(key: SymmetricKey(size: .bits256)).open(cookie, now: now) == nil, "another key")
        for malformed in ["", ".", "abc", "a.b.c", String(cookie.dropLast(2))] {
            #expect(key.open(malformed, now: now) == nil, "\(malformed)")
        }
        // Each sign-in is its own: a new nonce, a new CSRF token.
        let other = key.begin(login: "jeanne", now: now)
        #expect(other.nonce != session.nonce)
        let token = key.csrfToken(for: session)
        #expect(key.checks(csrfToken: token, for: session))
        #expect(!key.checks(csrfToken: token, for: other))
        #expect(!key.checks(csrfToken: "", for: session) && !key.checks(csrfToken: token + "x", for: session))
        // The key file is its owner's only.
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
