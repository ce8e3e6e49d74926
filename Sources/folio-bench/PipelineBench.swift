import FolioDocuments
import Foundation

/// `folio-bench pipeline ORDERS [ROUNDS]`: the real documents' whole pipeline in one process, order
/// bytes to PDF bytes, stage by stage, and the floor that Cairo and zlib alone set (issue 17 §2).
///
/// The order files are read into memory first (the disk aside); each round drafts every order with
/// the example company, data changing per document; the first round warms the caches and is left out.
/// Prints milliseconds per document for reading the order, computing it, filling the templates,
/// typesetting, drawing (Cairo and zlib) and finishing, and the ratio of the whole to the drawing.
enum PipelineBench {
    static func run(_ arguments: [String]) throws {
        guard let folder = arguments.first else {
            throw BenchUsage("usage: folio-bench pipeline ORDERS-FOLDER [ROUNDS] [fr|en]")
        }
        let rounds = arguments.dropFirst().compactMap { Int($0) }.first ?? 3
        let language: DocumentLanguage = arguments.contains("en") ? .english : .french
        let files = try OrderFiles.expand([folder])
        let texts = try files.map { try String(contentsOfFile: $0, encoding: .utf8) }
        let clock = ContinuousClock()
        let resources = try FolioResources.locate()
        let company = try Company.load(resources.appendingPathComponent("examples/company/profile.yaml").path)

        var reading = Duration.zero
        var computing = Duration.zero
        var whole = Duration.zero
        var bytes = 0
        var startTimes = company.engine.stageTimes
        for round in 0...rounds {
            if round == 1 {
                reading = .zero
                computing = .zero
                whole = .zero
                bytes = 0
                startTimes = company.engine.stageTimes
            }
            for (file, text) in zip(files, texts) {
                let start = clock.now
                let input = try OrderInput(text: text, name: file)
                let read = clock.now
                let computed = try company.compute(input)
                let done = clock.now
                let pdf = try company.render(computed, language: language, number: nil).pdf
                whole += clock.now - start
                reading += read - start
                computing += done - read
                bytes += pdf.count
            }
        }
        let times = company.engine.stageTimes
        let documents = max(1, times.documents - startTimes.documents)
        func perDocument(_ duration: Duration) -> String { Bench.milliseconds(duration / documents, places: 2) }
        let drawing = times.drawing - startTimes.drawing
        print("""
            Pipeline: \(files.count) orders x \(rounds) rounds, \(bytes / documents) bytes per PDF on average
              reading the order \(perDocument(reading)) ms, computing \(perDocument(computing)) ms, \
            filling templates \(perDocument(times.composing - startTimes.composing)) ms, \
            typesetting \(perDocument(times.typesetting - startTimes.typesetting)) ms, \
            drawing \(perDocument(drawing)) ms, finishing \(perDocument(times.finishing - startTimes.finishing)) ms
              whole pipeline \(perDocument(whole)) ms per document; floor (Cairo and zlib drawing) \(perDocument(drawing)) ms; \
            ratio \(String(format: "%.2f", ratio(whole, drawing)))
            """)
    }

    static func ratio(_ a: Duration, _ b: Duration) -> Double {
        func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
        return seconds(a) / max(seconds(b), 1e-12)
    }
}

/// A benchmark called the wrong way.
struct BenchUsage: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
