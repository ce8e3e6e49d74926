import FolioLedger
import Foundation

/// What the workers of a parallel issuing batch share: the next order to take, whose turn it is to
/// take a number, the ledger once opened, the outcomes by order, and what stopped the batch.
///
/// A condition lock rather than an actor: the workers are plain threads that wait for their turn.
final class IssuingBoard: OrderBoard, @unchecked Sendable {
    typealias Outcome = Result<Issued, BatchReport.Refusal>

    private let condition = NSCondition()
    private var next = 0
    /// The order whose turn it is to reserve a number; every order before it has reserved or failed.
    private var turn = 0
    /// Orders that took their number or failed, perhaps before their turn came.
    private var passed: [Bool]
    /// The order whose turn it is to be recorded: every order before it is recorded or refused, so the
    /// hash chain follows the numbers (and a batch's ledger is the same whatever the number of workers).
    private var recordingTurn = 0
    /// Outcomes not yet handed to `each`: an issued document's PDF is let go once told, so that a batch's
    /// memory does not grow with its documents (1,000 issued invoices held 155 MB, drafts 58 MB).
    private var outcomes: [Outcome?]
    /// Which orders are issued or refused.
    private var finished: [Bool]
    /// How many outcomes, from the first, were handed to `each`.
    private var delivered = 0
    /// What the report keeps of the outcomes told, in order.
    private var told = BatchReport()
    private var opened: Ledger?
    private var completion = InterruptedIssues.Completion()
    private var stopped: (any Error)?
    private let each: (Int, Outcome) -> Void

    init(count: Int, each: @escaping (Int, Outcome) -> Void) {
        outcomes = Array(repeating: nil, count: count)
        finished = Array(repeating: false, count: count)
        passed = Array(repeating: false, count: count)
        self.each = each
    }

    /// The index of the next order to issue, nil when none is left or the batch stopped.
    func nextOrder() -> Int? {
        condition.withLock {
            guard stopped == nil, next < outcomes.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    /// Waits until every order before `index` has taken its number or failed.
    func waitForTurn(_ index: Int) throws {
        try wait { turn >= index }
    }

    /// Waits until every order before `index` is recorded or refused.
    func waitForRecordingTurn(_ index: Int) throws {
        try wait { recordingTurn >= index }
    }

    /// Waits until every order before `index` is issued or refused.
    func waitForOrders(before index: Int) throws {
        try wait { delivered >= index }
    }

    /// The order at `index` took its number (or failed): the next one may take its own.
    func passTurn(_ index: Int) {
        condition.withLock { markPassed(index) }
    }

    /// Marks an order passed and moves the turn past every order passed from it on. Under the lock.
    private func markPassed(_ index: Int) {
        passed[index] = true
        while turn < passed.count, passed[turn] { turn += 1 }
        condition.broadcast()
    }

    /// The ledger, opened by the first worker that needs it; a crash's leftovers are settled then.
    func ledger(opening open: () throws -> Ledger, engine: RenderingEngine) throws -> Ledger {
        try condition.withLock {
            if let opened { return opened }
            let ledger = try open()
            try ledger.settlePendingFiles(in: ledger.documentsFolder)
            completion = try InterruptedIssues.complete(in: ledger, engine: engine)
            opened = ledger
            return ledger
        }
    }

    /// Keeps an order's outcome and hands every outcome now complete from the first to `each`, in order.
    func record(_ index: Int, _ outcome: Outcome) {
        condition.withLock {
            outcomes[index] = outcome
            finished[index] = true
            markPassed(index)
            while recordingTurn < finished.count, finished[recordingTurn] { recordingTurn += 1 }
            while delivered < outcomes.count, let ready = outcomes[delivered] {
                each(delivered, ready)
                keep(ready)
                outcomes[delivered] = nil
                delivered += 1
            }
            condition.broadcast()
        }
    }

    func stop(_ error: any Error) {
        condition.withLock {
            if stopped == nil { stopped = error }
            condition.broadcast()
        }
    }

    /// What the batch issued and refused, in order.
    func report() throws -> BatchReport {
        try condition.withLock {
            if let stopped { throw stopped }
            var report = told
            report.completedInterrupted = completion
            return report
        }
    }

    /// Adds an outcome told to the report: the record or the refusal. Under the lock.
    private func keep(_ outcome: Outcome) {
        switch outcome {
        case .success(let issued): told.issued.append(issued.record)
        case .failure(let refusal):
            if let repeated = refusal.error as? AlreadyIssued {
                told.alreadyIssued.append((refusal.name, repeated.number))
            } else {
                told.refused.append(refusal)
            }
        }
    }

    private func wait(until ready: () -> Bool) throws {
        condition.lock()
        defer { condition.unlock() }
        while !ready() {
            if let stopped { throw stopped }
            condition.wait()
        }
        if let stopped { throw stopped }
    }
}

/// A value handed to a one-worker batch: used by that one thread only, so not checked for sending.
struct OneThread<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
