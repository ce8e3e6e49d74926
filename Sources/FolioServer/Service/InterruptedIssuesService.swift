import FolioDocuments
import Logging
import ServiceLifecycle

/// Completes, every few seconds, the issues another server (or process) left when it died: its
/// reserved numbers are rendered again from what the ledger kept and recorded, so series stay
/// gapless while every server keeps running.
struct InterruptedIssuesService: Service {
    let ledger: Ledger
    let workers: WorkerPool
    let interval: Duration
    let logger: Logger

    func run() async throws {
        let ledger = self.ledger
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            do {
                let completion = try await workers.run { worker in try InterruptedIssues.complete(in: ledger, engine: worker.renderingEngine()) }
                for document in completion.completed {
                    logger.notice("completed an interrupted issue", metadata: ["number": .string(document.number)])
                }
                for failed in completion.failed {
                    logger.error("an interrupted issue cannot be completed", metadata: ["number": .string(failed.number), "reason": .string(failed.reason)])
                }
            } catch {
                logger.warning("interrupted issues not checked", metadata: ["reason": .string("\(error)")])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
