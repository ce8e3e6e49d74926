import FolioPDF
import Foundation
import Testing

/// Test keys made with `openssl` at test time, a CMS maker that runs `openssl cms`, and the signature
/// checkers: poppler's `pdfsig` and pyHanko.
enum SigningSupport {
    /// A certification authority and two signers (the seller, the client) it issued, RSA 2048, in one
    /// temporary folder.
    struct Keys: Sendable {
        let folder: String
        var ca: String { folder + "/ca.pem" }
        func certificate(_ signer: Signer) -> String { folder + "/\(signer.rawValue).pem" }
        func key(_ signer: Signer) -> String { folder + "/\(signer.rawValue)-key.pem" }
    }

    enum Signer: String, Sendable {
        case seller, client
    }

    /// Made once for the whole test run: three RSA keys take a second or two.
    static let keys: Result<Keys, any Error> = Result { try makeKeys() }

    private static func makeKeys() throws -> Keys {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-signing-keys-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let keys = Keys(folder: folder)
        try openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", folder + "/ca-key.pem", "-out", keys.ca,
                     "-days", "3650", "-subj", "/CN=Folio Test CA/O=Folio Tests",
                     "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"])
        let extensions = folder + "/signer.cnf"
        try Data("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n".utf8)
            .write(to: URL(fileURLWithPath: extensions))
        for (serial, signer) in [Signer.seller, .client].enumerated() {
            let request = folder + "/\(signer.rawValue).csr"
            try openssl(["req", "-newkey", "rsa:2048", "-nodes", "-keyout", keys.key(signer), "-out", request,
                         "-subj", "/CN=Folio Test \(signer.rawValue.capitalized)/O=Folio Tests"])
            try openssl(["x509", "-req", "-in", request, "-CA", keys.ca, "-CAkey", folder + "/ca-key.pem",
                         "-set_serial", String(serial + 2), "-days", "3650", "-extfile", extensions,
                         "-out", keys.certificate(signer)])
        }
        return keys
    }

    private static func openssl(_ arguments: [String]) throws {
        let result = try PDFTestSupport.run("openssl", arguments)
        guard result.status == 0 else { throw Failure("openssl \(arguments.first ?? "") failed: \(result.error)") }
    }

    /// A DER CMS (detached, SHA-256, CAdES signing-certificate attribute) of `bytes` by `signer`, with
    /// the CA's certificate: what a signing module gives `PDFSigning.sign`.
    static func cms(_ bytes: [UInt8], by signer: Signer) throws -> [UInt8] {
        let keys = try keys.get()
        let input = try PDFTestSupport.write(bytes, name: "signed-bytes.bin")
        let output = input + ".der"
        try openssl(["cms", "-sign", "-binary", "-in", input, "-outform", "DER", "-out", output, "-md", "sha256",
                     "-signer", keys.certificate(signer), "-inkey", keys.key(signer), "-certfile", keys.ca,
                     "-nosmimecap", "-cades"])
        return try Array(Data(contentsOf: URL(fileURLWithPath: output)))
    }

    /// The signing time of the tests: 22 November 2026, 14:30:05 in Paris.
    static func signingTime(minute: Int = 30) throws -> PDFDateTime {
        try #require(PDFDateTime(year: 2026, month: 11, day: 22, hour: 14, minute: minute, second: 5, utcOffsetMinutes: 60))
    }

    /// `pdfsig FILE`: what it prints, how many signatures it checked, how many it found valid and how
    /// many signature fields it found unsigned.
    static func pdfsig(_ path: String) throws -> (output: String, signatures: Int, valid: Int, unsigned: Int) {
        let result = try PDFTestSupport.run("pdfsig", [path])
        let lines = result.output.split(separator: "\n")
        let signatures = lines.filter { $0.contains("Signature Validation:") }.count
        let valid = lines.filter { $0.contains("Signature Validation: Signature is Valid.") }.count
        let unsigned = lines.filter { $0.contains("The signature form field is not signed.") }.count
        return (result.output + result.error, signatures, valid, unsigned)
    }

    /// pyHanko's command line (`pyhanko ARGUMENTS`, run as `python3 -m pyhanko` so that no PATH set-up
    /// matters), installed with pip when missing (scripts/setup.sh --test-oracles installs it too).
    static func pyhanko(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        try pyHankoInstalled.get()
        return try PDFTestSupport.run("python3", ["-m", "pyhanko"] + arguments)
    }

    private static let pyHankoInstalled: Result<Void, any Error> = Result {
        guard try PDFTestSupport.run("python3", ["-m", "pyhanko", "--version"]).status != 0 else { return }
        let install = try PDFTestSupport.run("python3", ["-m", "pip", "install", "-q", "pyhanko", "pyhanko-certvalidator", "pyhanko-cli"])
        guard install.status == 0 else { throw Failure("pyHanko cannot be installed: \(install.error)") }
    }

    /// `scripts/check-signatures.py --trust ca.pem FILE`: pyHanko's judgement, one line per signature
    /// without the file's path (`FIELD: INTACT:TRUSTED,UNTOUCHED coverage=… modification=… docmdp=…`).
    static func checkSignatures(_ path: String) throws -> (status: Int32, lines: [String], output: String) {
        try pyHankoInstalled.get()
        let result = try PDFTestSupport.run("python3", ["scripts/check-signatures.py", "--trust", try keys.get().ca, path])
        let lines = result.output.split(separator: "\n").map { String($0.dropFirst(path.count + 2)) }
        return (result.status, lines, result.output + result.error)
    }

    /// The client signs `input`'s field `field` with pyHanko's command line, as the client's own software would.
    static func pyHankoSign(_ input: String, field: String, output: String, extra: [String] = []) throws {
        let keys = try keys.get()
        let result = try pyhanko(["sign", "addsig", "--field", field] + extra + ["pemder", "--key", keys.key(.client),
                                  "--cert", keys.certificate(.client), "--chain", keys.ca, "--no-pass", input, output])
        guard result.status == 0 else { throw Failure("pyhanko sign addsig failed: \(result.output)\(result.error)") }
    }

    /// Adds a document security store (`/DSS`) holding the certificates with pyHanko, as an incremental
    /// update: what long-term validation (PAdES B-LT) appends after the signatures.
    static func pyHankoAddDSS(_ input: String, output: String) throws {
        let keys = try keys.get()
        let script = """
            import shutil, sys
            from pyhanko.keys import load_cert_from_pemder
            from pyhanko.sign.validation.dss import DocumentSecurityStore
            shutil.copyfile(sys.argv[1], sys.argv[2])
            with open(sys.argv[2], "r+b") as file:
                DocumentSecurityStore.add_dss(file, None, certs=[load_cert_from_pemder(path) for path in sys.argv[3:]])
            """
        try pyHankoInstalled.get()
        let result = try PDFTestSupport.run("python3", ["-c", script, input, output, keys.ca, keys.certificate(.seller),
                                                        keys.certificate(.client)])
        guard result.status == 0 else { throw Failure("pyHanko could not add a DSS: \(result.error)") }
    }

    /// An error a support function reports.
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
