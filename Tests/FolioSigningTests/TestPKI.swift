import Foundation
import Testing

/// A throwaway PKI made with `openssl` in a temporary folder when the tests first need it (keys are never committed).
///
/// Test CA (RSA 2048, self-signed) ─┬─ seller.pem: RSA 2048, CN Claire Martin, O Atelier Numérique SAS
///                                   ├─ intermediate.pem ── ec.pem: ECDSA P-256 (key from `openssl ecparam`)
///                                   └─ expired.pem: valid 2020-01-01 to 2021-01-01 (`openssl ca` with dates)
/// rsa1024.pem: RSA 1024, which swift-certificates does not read.
/// p384.pem: ECDSA P-384 (Folio does not sign with it, but reads others' signatures made with it).
/// Another CA (unrelated), and keys that must be refused: RSA 1024, P-384, Ed25519, one that matches no certificate,
/// and an encrypted one (PKCS#8 and OpenSSL's traditional form).
final class TestPKI: Sendable {
    static let shared: TestPKI = {
        do {
            let pki = try TestPKI()
            // The keys go when the test process ends.
            atexit { try? FileManager.default.removeItem(atPath: TestPKI.shared.folder) }
            return pki
        } catch {
            fatalError("cannot make the test PKI with openssl: \(error)")
        }
    }()

    let folder: String

    func path(_ name: String) -> String { folder + "/" + name }

    private init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-signing-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/ca.db", withIntermediateDirectories: true)
        try Self.configuration.write(toFile: folder + "/openssl.cnf", atomically: true, encoding: .utf8)
        try "".write(toFile: folder + "/ca.db/index.txt", atomically: true, encoding: .utf8)
        try "01\n".write(toFile: folder + "/ca.db/serial", atomically: true, encoding: .utf8)

        let request = ["req", "-config", "openssl.cnf", "-x509", "-nodes"]
        try openssl(request + ["-newkey", "rsa:2048", "-keyout", "ca.key", "-out", "ca.pem", "-days", "3650",
                               "-subj", "/CN=Folio Test CA/O=Folio Tests"])
        try openssl(request + ["-newkey", "rsa:2048", "-keyout", "other-ca.key", "-out", "other-ca.pem", "-days", "3650",
                               "-subj", "/CN=Another CA"])
        try openssl(request + ["-newkey", "rsa:2048", "-keyout", "intermediate.key", "-out", "intermediate.pem", "-days", "3650",
                               "-subj", "/CN=Folio Test Intermediate", "-CA", "ca.pem", "-CAkey", "ca.key", "-extensions", "ca"])
        try openssl(request + ["-newkey", "rsa:2048", "-keyout", "seller.key", "-out", "seller.pem", "-days", "365",
                               "-subj", "/CN=Claire Martin/O=Atelier Numérique SAS", "-CA", "ca.pem", "-CAkey", "ca.key", "-extensions", "leaf"])
        try openssl(["ecparam", "-genkey", "-name", "prime256v1", "-out", "ec.key"])
        try openssl(request + ["-new", "-key", "ec.key", "-out", "ec.pem", "-days", "365",
                               "-subj", "/CN=Claire Martin/O=Atelier Numérique SAS", "-CA", "intermediate.pem", "-CAkey", "intermediate.key",
                               "-extensions", "leaf"])
        try (String(contentsOfFile: path("intermediate.pem"), encoding: .utf8) + String(contentsOfFile: path("ca.pem"), encoding: .utf8))
            .write(toFile: path("chain.pem"), atomically: true, encoding: .utf8)

        try openssl(["req", "-config", "openssl.cnf", "-new", "-nodes", "-newkey", "rsa:2048", "-keyout", "expired.key",
                     "-out", "expired.csr", "-subj", "/CN=Old Seller"])
        try openssl(["ca", "-batch", "-config", "openssl.cnf", "-name", "test_ca", "-cert", "ca.pem", "-keyfile", "ca.key",
                     "-in", "expired.csr", "-out", "expired.pem", "-notext",
                     "-startdate", "20200101000000Z", "-enddate", "20210101000000Z"])

        try openssl(["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024", "-out", "rsa1024.key"])
        try openssl(request + ["-new", "-key", "rsa1024.key", "-out", "rsa1024.pem", "-days", "365", "-subj", "/CN=Weak Key",
                               "-CA", "ca.pem", "-CAkey", "ca.key", "-extensions", "leaf"])
        try openssl(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384", "-out", "p384.key"])
        try openssl(request + ["-new", "-key", "p384.key", "-out", "p384.pem", "-days", "365", "-subj", "/CN=Claire Martin P-384",
                               "-CA", "ca.pem", "-CAkey", "ca.key", "-extensions", "leaf"])
        try openssl(["genpkey", "-algorithm", "ED25519", "-out", "ed25519.key"])
        try openssl(["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "other.key"])
        try openssl(["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-aes-256-cbc", "-pass", "pass:secret",
                     "-out", "encrypted.key"])
        try openssl(["rsa", "-in", "encrypted.key", "-passin", "pass:secret", "-traditional", "-aes256", "-passout", "pass:secret",
                     "-out", "encrypted-traditional.key"])
    }

    /// Runs openssl in the folder; throws with its output when it fails.
    @discardableResult
    func openssl(_ arguments: [String]) throws -> String {
        let result = try Self.run("openssl", arguments, in: folder)
        guard result.status == 0 else { throw TestPKIError(command: "openssl " + arguments.joined(separator: " "), output: result.output) }
        return result.output
    }

    /// Runs a tool in a folder and returns its exit status and output (standard output and error).
    static func run(_ tool: String, _ arguments: [String], in folder: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Writes bytes into the folder under a fresh name and returns its path.
    func write(_ bytes: [UInt8], name: String) throws -> String {
        let file = path("\(UUID().uuidString)-\(name)")
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    func read(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: name.hasPrefix("/") ? name : path(name))))
    }

    /// The PEM text of a file of the folder.
    func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    private static let configuration = """
        [req]
        distinguished_name = dn
        x509_extensions = ca
        prompt = no
        utf8 = yes
        string_mask = utf8only
        [dn]
        CN = unused
        [ca]
        basicConstraints = critical,CA:TRUE
        keyUsage = critical,keyCertSign,cRLSign
        subjectKeyIdentifier = hash
        authorityKeyIdentifier = keyid
        [leaf]
        basicConstraints = critical,CA:FALSE
        keyUsage = critical,digitalSignature,nonRepudiation
        subjectKeyIdentifier = hash
        authorityKeyIdentifier = keyid
        [test_ca]
        database = ca.db/index.txt
        new_certs_dir = ca.db
        serial = ca.db/serial
        default_md = sha256
        policy = any_name
        unique_subject = no
        email_in_dn = no
        x509_extensions = leaf
        [any_name]
        commonName = supplied
        organizationName = optional

        """
}

struct TestPKIError: Error, CustomStringConvertible {
    let command: String
    let output: String
    var description: String { "\(command) failed: \(output)" }
}
