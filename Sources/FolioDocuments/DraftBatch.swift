import FolioCore
import Foundation

/// Drafts of many orders rendered on several threads: each worker loads its own company (FreeType and
/// Cairo faces are one per thread, see « Threads » in the README), takes the next order, renders and
/// writes it. Results come back in the orders' order, and each PDF is the same whatever the number of
/// workers.
///
/// ```swift
/// let drafts = try DraftBatch.render(OrderFiles.expand(["orders-of-the-day/"]), kinds: [.invoice], language: .french,
///                                    jobs: 2, company: { try Company.load("examples/company/profile.yaml") },
///                                    output: { "out/\(URL(fileURLWithPath: $0).lastPathComponent).pdf" })
/// ```
public enum DraftBatch {
    /// A draft written: the order's name, the PDF's path, its pages.
    public struct Draft: Sendable {
        public let name: String
        public let path: String
        public let pageCount: Int
    }

    /// Renders and writes the draft of every order; an order refused (an ``InputError`` or a
    /// ``KindMismatch``) is reported by name and the others are still drafted.
    ///
    /// - Parameters:
    ///   - jobs: how many workers (at most one per order); 1 renders in this thread's order.
    ///   - company: loads a worker's company; called once per worker, on that worker's thread.
    ///   - output: the PDF's path for an order file.
    /// - Throws: what stops the whole batch: a company that cannot be loaded.
    public static func render(_ files: [String], kinds: Set<Order.Kind>, language: DocumentLanguage, jobs: Int,
                              company: @escaping @Sendable () throws -> Company,
                              output: @escaping @Sendable (String) -> String) throws -> [Result<Draft, BatchReport.Refusal>] {
        let board = Board(count: files.count)
        BatchWorkers.run(jobs: jobs, orders: files.count, board: board, company: company) { loaded, index in
            let name = files[index]
            do {
                let computed = try loaded.compute(try OrderInput(file: name))
                try Company.check(computed.order.kind, expected: kinds, name: name)
                let draft = try loaded.render(computed, language: language, number: nil)
                let path = output(name)
                try draft.write(to: path)
                board.record(index, .success(Draft(name: name, path: path, pageCount: draft.pageCount)))
            } catch let error as any Error & CustomStringConvertible & Sendable where error is InputError || error is KindMismatch {
                board.record(index, .failure(BatchReport.Refusal(name: name, error: error)))
            } catch {
                board.stop(error)
            }
        }
        return try board.results()
    }

    /// What the workers share: the next order to take, the results by order, and what stopped the batch.
    /// A lock rather than an actor: the workers are plain threads that must not suspend.
    private final class Board: OrderBoard, @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var done: [Result<Draft, BatchReport.Refusal>?]
        private var stopped: (any Error)?

        init(count: Int) { done = Array(repeating: nil, count: count) }

        /// The index of the next order to render, nil when none is left or the batch stopped.
        func nextOrder() -> Int? {
            lock.withLock {
                guard stopped == nil, next < done.count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func record(_ index: Int, _ result: Result<Draft, BatchReport.Refusal>) {
            lock.withLock { done[index] = result }
        }

        func stop(_ error: any Error) {
            lock.withLock { if stopped == nil { stopped = error } }
        }

        func results() throws -> [Result<Draft, BatchReport.Refusal>] {
            try lock.withLock {
                if let stopped { throw stopped }
                return done.compactMap { $0 }
            }
        }
    }
}
