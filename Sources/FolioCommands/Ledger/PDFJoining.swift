import Foundation

/// Joins PDFs into one with qpdf (`qpdf --empty --pages A B … -- OUT`), which keeps every page as
/// issued; written beside the target, then renamed.
///
/// qpdf is a tool Folio already needs (`make demo` installs it); rewriting PDF object graphs
/// ourselves would only repeat it.
enum PDFJoining {
    static func join(_ files: [String], to path: String) throws -> Int {
        let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        _ = try run(["--empty", "--pages"] + files + ["--", temporary])
        let count = try run(["--show-npages", temporary]).trimmingCharacters(in: .whitespacesAndNewlines)
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
        return Int(count) ?? 0
    }

    private static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["qpdf"] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw LedgerUnavailable("qpdf cannot be started (make demo installs it): \(error)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // Exit 3 is qpdf's « succeeded with warnings ».
        guard process.terminationStatus == 0 || process.terminationStatus == 3 else {
            throw LedgerUnavailable("qpdf failed: \(String(decoding: message, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
