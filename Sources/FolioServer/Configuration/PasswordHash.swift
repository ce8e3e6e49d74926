import Crypto
import CryptoExtras
import Foundation

/// A password kept as scrypt (RFC 7914) makes it: memory-hard, so a stolen users file costs an
/// attacker memory as well as time for every guess. Written as one text, its parameters first:
/// `scrypt$ln=15,r=8,p=1$SALT$HASH` (salt and hash in base64).
///
/// The parameters are those RFC 7914 § 2 suggests for interactive logins, N = 2^15, r = 8, p = 1:
/// 32 MB and about a tenth of a second per check here, which sign-in's rate limit bounds.
struct PasswordHash: Sendable, Hashable, CustomStringConvertible {
    let logRounds: Int
    let blockSize: Int
    let parallelism: Int
    let salt: [UInt8]
    let hash: [UInt8]

    static let defaultLogRounds = 15

    /// Hashes a new password with a random salt of 16 bytes.
    static func make(_ password: String, logRounds: Int = defaultLogRounds) throws -> PasswordHash {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let hash = try derive(password, salt: salt, logRounds: logRounds, blockSize: 8, parallelism: 1)
        return PasswordHash(logRounds: logRounds, blockSize: 8, parallelism: 1, salt: salt, hash: hash)
    }

    /// Reads a kept hash; nil when it is not one this code wrote.
    init?(_ text: String) {
        let parts = text.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "scrypt" else { return nil }
        var values: [String: Int] = [:]
        for field in parts[1].split(separator: ",") {
            let pair = field.split(separator: "=")
            guard pair.count == 2, let value = Int(pair[1]) else { return nil }
            values[String(pair[0])] = value
        }
        guard let logRounds = values["ln"], (10...20).contains(logRounds), let blockSize = values["r"], (1...16).contains(blockSize),
              let parallelism = values["p"], (1...4).contains(parallelism),
              let salt = Data(base64Encoded: String(parts[2])), salt.count >= 16,
              let hash = Data(base64Encoded: String(parts[3])), hash.count == 32 else { return nil }
        self.init(logRounds: logRounds, blockSize: blockSize, parallelism: parallelism, salt: Array(salt), hash: Array(hash))
    }

    private init(logRounds: Int, blockSize: Int, parallelism: Int, salt: [UInt8], hash: [UInt8]) {
        self.logRounds = logRounds
        self.blockSize = blockSize
        self.parallelism = parallelism
        self.salt = salt
        self.hash = hash
    }

    var description: String {
        "scrypt$ln=\(logRounds),r=\(blockSize),p=\(parallelism)$\(Data(salt).base64EncodedString())$\(Data(hash).base64EncodedString())"
    }

    /// Whether `password` is the one hashed; compared in constant time.
    func matches(_ password: String) -> Bool {
        guard let candidate = try? Self.derive(password, salt: salt, logRounds: logRounds, blockSize: blockSize, parallelism: parallelism),
              candidate.count == hash.count else { return false }
        return zip(candidate, hash).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func derive(_ password: String, salt: [UInt8], logRounds: Int, blockSize: Int, parallelism: Int) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(from: Array(password.utf8), salt: salt, outputByteCount: 32, rounds: 1 << logRounds,
                                           blockSize: blockSize, parallelism: parallelism)
        return key.withUnsafeBytes { Array($0) }
    }
}
