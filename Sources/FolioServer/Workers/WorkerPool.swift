import Foundation

/// The threads that render, issue and read the ledger for the server: one per core by default.
///
/// The library is synchronous and rendering is CPU-bound, so requests hand their work to these
/// threads and await it, never blocking the event loops. Each worker keeps its own fonts and the
/// companies it has loaded (FreeType and Cairo faces are not shared between threads). A request
/// waits for a free worker in a bounded queue; past its bound, or after waiting too long, it is
/// refused as ``Overloaded`` (503), so a flood is answered at once instead of piling up.
final class WorkerPool: @unchecked Sendable {
    /// Too many requests already wait, or this one waited longer than the pool's patience.
    struct Overloaded: Error, CustomStringConvertible {
        let description: String
    }

    private struct Job {
        let enqueued: ContinuousClock.Instant
        let run: @Sendable (Worker, _ tooLate: Bool) -> Void
    }

    /// Guards `queue` and `stopping`; workers wait on it for jobs.
    private let condition = NSCondition()
    private var queue: [Job] = []
    private var head = 0
    private var stopping = false
    private var threads: [Thread] = []
    private let finished = DispatchGroup()
    /// How many requests may wait for a worker.
    let capacity: Int
    /// How long a request may wait for a worker.
    let patience: Duration

    init(workers: Int, capacity: Int, patience: Duration) {
        self.capacity = capacity
        self.patience = patience
        for index in 0..<max(1, workers) {
            finished.enter()
            let thread = Thread { [self] in
                work(Worker())
                finished.leave()
            }
            thread.name = "folio-worker-\(index + 1)"
            // Typesetting a long document recurses deeper than a secondary thread's default 512 KB.
            thread.stackSize = 8 << 20
            threads.append(thread)
            thread.start()
        }
    }

    /// Runs `work` on a worker and returns its result.
    /// - Throws: ``Overloaded`` when the queue is full or the wait too long; whatever `work` throws.
    func run<T: Sendable>(_ work: @escaping @Sendable (Worker) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let job = Job(enqueued: .now) { worker, tooLate in
                if tooLate {
                    continuation.resume(throwing: Overloaded(description: "every worker was busy for longer than \(self.patience)"))
                } else {
                    continuation.resume(with: Result { try work(worker) })
                }
            }
            condition.lock()
            defer { condition.unlock() }
            guard !stopping else {
                continuation.resume(throwing: Overloaded(description: "the server is shutting down"))
                return
            }
            guard queue.count - head < capacity else {
                continuation.resume(throwing: Overloaded(description: "\(capacity) requests already wait for a worker"))
                return
            }
            queue.append(job)
            condition.signal()
        }
    }

    /// Lets the workers finish every job queued, then stops them; returns once they have stopped.
    func shutdown() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
        finished.wait()
    }

    private func work(_ worker: Worker) {
        while let job = next() {
            job.run(worker, ContinuousClock.now - job.enqueued > patience)
        }
    }

    private func next() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while head == queue.count {
            if stopping { return nil }
            condition.wait()
        }
        let job = queue[head]
        head += 1
        // Drop the jobs taken once they are most of the array, so it does not grow without end.
        if head > 64, head * 2 > queue.count {
            queue.removeFirst(head)
            head = 0
        }
        return job
    }
}
