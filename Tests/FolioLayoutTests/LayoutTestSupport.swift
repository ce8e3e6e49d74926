import FolioLayout
import FolioPDF
import Foundation
import Testing

/// Shared set-up for the layout tests: the repository's folders, a typesetter, PDF tools.
enum LayoutTestSupport {
    /// The repository root (this file is Tests/FolioLayoutTests/LayoutTestSupport.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func typesetter() throws -> Typesetter {
        try Typesetter(resources: root)
    }

    static func logo() throws -> PNGImage {
        try PNGImage(data: Data(contentsOf: root.appendingPathComponent("examples/company/logo.png")))
    }

    /// Typesets and draws a document, writes it to a fresh temporary file and returns its path.
    static func pdf(_ document: Document, typesetter: Typesetter, name: String) throws -> (path: String, laidOut: LaidOutDocument, bytes: [UInt8]) {
        let laidOut = try typesetter.typeset(document)
        let bytes = try PDFRenderer().render(laidOut)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-layout-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (path, laidOut, bytes)
    }

    /// Runs a command-line tool and returns its exit status and standard output (and error).
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Text with every run of white space (any kind, line breaks included) made one plain space.
    static func normalisedSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "\u{202F}" || $0 == "\u{A0}" }).joined(separator: " ")
    }
}
