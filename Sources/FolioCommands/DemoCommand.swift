import ArgumentParser
import FolioCore
import Foundation

/// `folio demo`: computes every example order and writes the results into the output folder.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Print the totals of every example order, write them as JSON, and typeset the specimen PDFs into the output folder.")

    @Option(help: "Folder of example orders.")
    var examples = "examples/orders"

    @Option(help: "Folder to write into.")
    var output = "out"

    mutating func run() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: examples)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
            .sorted()
        guard !files.isEmpty else { throw InputFailure("\(examples): no example orders (.yaml, .json)") }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        for file in files {
            let path = (examples as NSString).appendingPathComponent(file)
            let computed = try OrderLoading.compute(file: path)
            print(TotalsTable.render(computed, name: file))
            print("\n" + String(repeating: "═", count: 78) + "\n")
            let name = (file as NSString).deletingPathExtension + ".totals.json"
            try AtomicFile.write(Data(try OrderLoading.json(TotalsReport(computed)).utf8),
                                 to: (output as NSString).appendingPathComponent(name))
        }
        print("\(files.count) example orders computed; JSON totals written to \(output)/")
        for specimen in try SpecimenPDFs.write(to: output) {
            print("Typeset \(specimen.file) (\(specimen.pages) pages)")
        }
    }
}

/// Writes a whole file or nothing: to a temporary file beside it, then renamed into place.
enum AtomicFile {
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try data.write(to: temporary)
        if rename(temporary.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw InputFailure("cannot write \(path)")
        }
    }
}
