import Foundation
import Testing

/// `folio invoice FOLDER --draft --jobs N`: drafts rendered on several workers, the same bytes as one.
@Suite("Drafts of a batch on several workers", .serialized)
struct DraftBatchTests {
    @Test("Two workers write the same PDFs as one, in the same order; a refused order is reported and the others drafted")
    func parallelDrafts() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("folio-drafts-\(UUID().uuidString)")
        let orders = root.appendingPathComponent("orders")
        try FileManager.default.createDirectory(at: orders, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let example = try String(contentsOf: FolioCLITests.root.appendingPathComponent("examples/orders/01-domestic-several-rates.yaml"), encoding: .utf8)
        for index in 0..<6 {
            try example.replacingOccurrences(of: "Librairie du Marais SARL", with: "Client \(index) SARL")
                .write(to: orders.appendingPathComponent("batch-jobs-\(index).yaml"), atomically: true, encoding: .utf8)
        }
        var outputs: [Int: [String]] = [:]
        for jobs in [1, 2] {
            let run = try FolioCLITests.folio(["invoice", orders.path, "--draft", "--jobs", "\(jobs)"])
            #expect(run.status == 0, "\(run.error)")
            let written = run.output.split(separator: "\n").filter { $0.hasPrefix("Wrote draft") }.map(String.init)
            #expect(written.count == 6 && written.first?.contains("out/batch-jobs-0.fr.draft.pdf") == true, "\(run.output)")
            outputs[jobs] = written
            let copy = root.appendingPathComponent("jobs\(jobs)")
            try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
            for index in 0..<6 {
                let name = "batch-jobs-\(index).fr.draft.pdf"
                try FileManager.default.copyItem(at: FolioCLITests.root.appendingPathComponent("out/\(name)"), to: copy.appendingPathComponent(name))
            }
        }
        #expect(outputs[1] == outputs[2])
        for index in 0..<6 {
            let name = "batch-jobs-\(index).fr.draft.pdf"
            #expect(FileManager.default.contentsEqual(atPath: root.appendingPathComponent("jobs1/\(name)").path,
                                                      andPath: root.appendingPathComponent("jobs2/\(name)").path), "\(name)")
        }

        try "kind: invoice\ndate: 2026-02-30\n".write(to: orders.appendingPathComponent("batch-jobs-3.yaml"), atomically: true, encoding: .utf8)
        let refused = try FolioCLITests.folio(["invoice", orders.path, "--draft", "--jobs", "2"])
        #expect(refused.status == 1)
        #expect(refused.error.contains("1 of 6 orders refused (the 5 others were drafted)"), "\(refused.error)")
        #expect(refused.error.contains("batch-jobs-3.yaml"), "\(refused.error)")
        #expect(refused.output.split(separator: "\n").filter { $0.hasPrefix("Wrote draft") }.count == 5)
        let zero = try FolioCLITests.folio(["invoice", orders.path, "--draft", "--jobs", "0"])
        #expect(zero.status == 2 || zero.status == 1, "\(zero.error)")
        #expect(zero.error.contains("--jobs"))
    }
}
