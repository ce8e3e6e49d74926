import FolioCore
import FolioLedger
import Foundation

/// The issued documents of a period gathered into one print-ready PDF, in order of date and number.
public enum PeriodPrinting {
    /// Joins the issued PDFs of `kinds` (all when empty) dated from `from` to `through`, each checked
    /// against its SHA-256 first, into `path`; one company's only when `company` (its ledger key) is given.
    /// Returns how many documents and pages were printed.
    ///
    /// - Throws: ``InputError`` when the period holds no document; ``LedgerUnsound`` when a PDF is not
    ///   as issued; ``LedgerUnavailable`` when qpdf cannot join them.
    public static func print(_ ledger: Ledger, company: String? = nil, kinds: [Order.Kind], from: CalendarDate, through: CalendarDate,
                             to path: String) throws -> (documents: Int, pages: Int) {
        let documents = try ledger.documents(company: company, kinds: kinds.isEmpty ? nil : kinds, from: from, through: through)
            .sorted { ($0.date, $0.position) < ($1.date, $1.position) }
        guard !documents.isEmpty else {
            let of = kinds.isEmpty ? "" : " of kind \(kinds.map(\.rawValue).joined(separator: ", "))"
            throw InputError(source: nil, "no issued document from \(from) to \(through)\(of)")
        }
        // The PDFs as the ledger keeps them (the database's copies in a PostgreSQL ledger), checked,
        // then joined from a temporary folder.
        let staging = FileManager.default.temporaryDirectory.appendingPathComponent("folio-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: staging) }
        var files: [String] = []
        for (index, document) in documents.enumerated() {
            guard let bytes = try ledger.keptFile(document.file), SHA256Hex.of(bytes) == document.pdfSHA256 else {
                throw LedgerUnsound(problems: ["\(document.number): \(document.file) is missing or not the PDF issued; run folio ledger verify"])
            }
            let file = staging.appendingPathComponent("\(index).pdf")
            try Data(bytes).write(to: file)
            files.append(file.path)
        }
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        return (documents.count, try PDFJoining.join(files, to: path))
    }
}

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
