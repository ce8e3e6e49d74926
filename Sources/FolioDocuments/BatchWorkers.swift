import Foundation

/// What the workers of a batch take orders from, and tell what stopped the batch.
protocol OrderBoard: AnyObject, Sendable {
    /// The index of the next order to work on, nil when none is left or the batch stopped.
    func nextOrder() -> Int?
    func stop(_ error: any Error)
}

/// The workers of a batch (drafts, issues): each loads its own company on its own thread (FreeType
/// and Cairo faces are one per thread) and takes orders from the board until none is left.
enum BatchWorkers {
    /// Runs `jobs` workers (at most one per order, at least one) over `count` orders.
    static func run(jobs: Int, orders count: Int, board: some OrderBoard,
                    company: @Sendable () throws -> Company, work: @Sendable (Company, Int) -> Void) {
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, count))) { _ in
            let loaded: Company
            do { loaded = try company() } catch {
                board.stop(error)
                return
            }
            while let index = board.nextOrder() { work(loaded, index) }
        }
    }
}
