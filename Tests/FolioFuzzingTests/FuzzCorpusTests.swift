import FolioFuzzing
import Foundation
import Testing

/// Every committed corpus input replayed through its fuzz target, as libFuzzer runs it, without the
/// sanitizers: an input that once crashed or hung a parser fails the build if it does again.
@Suite struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../fuzz/corpus").standardizedFileURL

    static func inputs(of target: FuzzTarget) -> [URL] {
        let folder = corpus.appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzTarget.allCases)
    func corpusRunsThrough(_ target: FuzzTarget) throws {
        let inputs = Self.inputs(of: target)
        #expect(inputs.count >= 3, "fuzz/corpus/\(target.rawValue) holds the examples the target starts from")
        for input in inputs {
            target.run([UInt8](try Data(contentsOf: input)))
        }
    }
}
