import Foundation

/// The e-invoice test oracles, `scripts/check-einvoice.py` (installed by `scripts/setup.sh --test-oracles`):
/// the official EN 16931 validation XSLT run by Saxon, and the PyPI `factur-x` package. One process
/// checks all the files given, so each XSLT is compiled once; pass many files at a time.
enum EInvoiceOracle {
    /// The EN 16931 validation artefacts: `$FOLIO_EN16931`, else `shared/en16931` beside the repository.
    static let artefacts: URL = {
        if let folder = ProcessInfo.processInfo.environment["FOLIO_EN16931"], !folder.isEmpty {
            return URL(fileURLWithPath: folder)
        }
        return FolioCLITests.root.deletingLastPathComponent().appendingPathComponent("shared/en16931")
    }()

    static let script = FolioCLITests.root.appendingPathComponent("scripts/check-einvoice.py")

    /// The script could not check (exit status 2 or an unreadable report): a missing package or XSLT.
    struct Failure: Error, CustomStringConvertible {
        let status: Int32
        let error: String
        var description: String { "check-einvoice.py exited with \(status): \(error)" }
    }

    /// The EN 16931 business rules on CII and UBL files.
    static func en16931(_ files: [String]) throws -> OracleReport {
        try run(["en16931", "--json"] + files)
    }

    /// The EN 16931 rules, then KoSIT's XRechnung rules (`$FOLIO_XRECHNUNG`, else `shared/xrechnung`).
    static func xrechnung(_ files: [String]) throws -> OracleReport {
        try run(["xrechnung", "--json"] + files)
    }

    /// Factur-X PDFs: embedded XML, XSD of its profile, XMP and /AF. `expectedXML` maps a PDF to the XML
    /// its embedded file must equal byte for byte (without it, a sibling NAME.xml when there is one).
    static func facturx(_ pdfs: [String], expectedXML: [String: String] = [:]) throws -> OracleReport {
        let pairs = expectedXML.sorted { $0.key < $1.key }.flatMap { ["--expect-xml", "\($0.key)=\($0.value)"] }
        return try run(["facturx", "--json"] + pairs + pdfs)
    }

    /// Runs the script; its exit status 0 (valid) and 1 (a fatal problem) both give a report.
    private static func run(_ arguments: [String]) throws -> OracleReport {
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("check-einvoice-\(UUID().uuidString).err")
        guard FileManager.default.createFile(atPath: errors.path, contents: nil) else {
            throw Failure(status: -1, error: "cannot create \(errors.path)")
        }
        defer { try? FileManager.default.removeItem(at: errors) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path] + arguments
        process.currentDirectoryURL = FolioCLITests.root
        var environment = ProcessInfo.processInfo.environment
        environment["FOLIO_EN16931"] = artefacts.path
        if environment["FOLIO_XRECHNUNG"]?.isEmpty ?? true {
            environment["FOLIO_XRECHNUNG"] = artefacts.deletingLastPathComponent().appendingPathComponent("xrechnung").path
        }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        let errorFile = try FileHandle(forWritingTo: errors)
        defer { try? errorFile.close() }
        process.standardError = errorFile
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let messages = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 || process.terminationStatus == 1 else {
            throw Failure(status: process.terminationStatus, error: messages)
        }
        do {
            return try JSONDecoder().decode(OracleReport.self, from: data)
        } catch {
            throw Failure(status: process.terminationStatus, error: "unreadable report (\(error)); \(messages)")
        }
    }
}
