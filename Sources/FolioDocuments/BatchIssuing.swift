import FolioCore
import FolioLedger
import Foundation

/// An order of a kind the caller does not issue (a credit note given to `folio invoice`).
public struct KindMismatch: Error, Sendable, Hashable, CustomStringConvertible {
    public let source: String
    public let kind: Order.Kind
    public let expected: Set<Order.Kind>

    public var description: String {
        let wanted = Order.Kind.allCases.filter(expected.contains).map(Self.named).joined(separator: " or ")
        return "\(source): kind: this order is \(Self.named(kind)), not \(wanted)"
    }

    /// « an invoice », « a credit note ».
    static func named(_ kind: Order.Kind) -> String { kind.withArticle }
}

/// What a batch issued and what it refused.
public struct BatchReport: Sendable {
    /// An order refused, by name, and why (an ``InputError`` or a ``KindMismatch``).
    public struct Refusal: Sendable {
        public let name: String
        public let error: any Error & CustomStringConvertible & Sendable
    }

    public internal(set) var issued: [IssuedDocument] = []
    public internal(set) var refused: [Refusal] = []
    /// Orders issued before from the same content, by name, with the number they were issued under:
    /// skipped, so that re-running a batch issues nothing twice.
    public internal(set) var alreadyIssued: [(name: String, number: String)] = []
    /// Issues a crash had interrupted, completed when the ledger was opened (``InterruptedIssues``).
    public internal(set) var completedInterrupted: InterruptedIssues.Completion = InterruptedIssues.Completion()
}

extension Company {
    /// Issues every order of a batch, in order, into one ledger. A refused order is reported by name
    /// and the others are still issued; the ledger is opened when the first order is good, so a batch
    /// of refused orders leaves no ledger behind.
    ///
    /// ```swift
    /// let report = try company.issue(batch: OrderFiles.expand(["invoices-of-the-day/"]), kinds: [.invoice],
    ///                                language: .french, openingLedger: { try Ledger(path: "out/folio-ledger.sqlite") })
    /// report.refused.map(\.error)    // what to fix, file by file
    /// ```
    ///
    /// - Parameters:
    ///   - files: order files, YAML or JSON.
    ///   - kinds: the kinds of order the batch may issue; any other is refused with a ``KindMismatch``.
    ///   - each: called after each order with its name and what became of it.
    /// - Throws: only what stops the whole batch (the ledger cannot be opened or written).
    public func issue(batch files: [String], kinds: Set<Order.Kind>, language: DocumentLanguage,
                      openingLedger open: () throws -> Ledger, series: String? = nil, file: String? = nil,
                      policy: IssuingPolicy = IssuingPolicy(),
                      each: (String, Result<Issued, BatchReport.Refusal>) -> Void = { _, _ in }) throws -> BatchReport {
        // One worker, on this thread: the company, the opener and `each` are only ever used by it.
        try withoutActuallyEscaping(open) { open in
            try withoutActuallyEscaping(each) { each in
                let shared = OneThread((self, open, each))
                return try Self.issue(batch: files, jobs: 1, kinds: kinds, language: language, company: { shared.value.0 },
                                      openingLedger: { try shared.value.1() }, series: series, file: file, policy: policy,
                                      each: { shared.value.2($0, $1) })
            }
        }
    }

    /// Issues every order of a batch into one ledger with `jobs` workers, each with its own company
    /// (fonts are one per thread): orders are read, computed and rendered in parallel, and take
    /// their numbers and are recorded in the batch's order, so the numbers, the PDFs and the hash
    /// chain are those of a one-worker run. Rendering happens outside the ledger's write lock (see ``Reservation``).
    ///
    /// - Parameters:
    ///   - jobs: how many workers (at most one per order).
    ///   - company: loads a worker's company; called once per worker, on that worker's thread.
    ///   - openingLedger: opens the ledger, once, when the first order is good; issues a crash
    ///     interrupted are then completed first (``InterruptedIssues``).
    ///   - each: called with each order's name and outcome, in the batch's order, one call at a time.
    /// - Throws: only what stops the whole batch (a company or the ledger that cannot be loaded or written).
    public static func issue(batch files: [String], jobs: Int, kinds: Set<Order.Kind>, language: DocumentLanguage,
                             company: @escaping @Sendable () throws -> Company,
                             openingLedger open: @escaping @Sendable () throws -> Ledger, series: String? = nil,
                             file: String? = nil, policy: IssuingPolicy = IssuingPolicy(),
                             each: @escaping @Sendable (String, Result<Issued, BatchReport.Refusal>) -> Void = { _, _ in }) throws -> BatchReport {
        let board = IssuingBoard(count: files.count, each: { each(files[$0], $1) })
        BatchWorkers.run(jobs: jobs, orders: files.count, board: board, company: company) { loaded, index in
            let name = files[index]
            do {
                let input = try OrderInput(file: name)
                let computed = try loaded.compute(input)
                try Self.check(computed.order.kind, expected: kinds, name: name)
                // A credit note may cite an invoice of this very batch: it waits for the orders before it.
                if computed.order.creditedInvoice != nil { try board.waitForOrders(before: index) }
                try board.waitForTurn(index)
                let ledger = try board.ledger(opening: open, engine: loaded.engine)
                let issued = try loaded.issue(computed, input: input, language: language, into: ledger, series: series,
                                              file: file, policy: policy, numbered: { board.passTurn(index) },
                                              beforeRecording: { try board.waitForRecordingTurn(index) })
                board.record(index, .success(issued))
            } catch let repeated as AlreadyIssued {
                board.record(index, .failure(BatchReport.Refusal(name: name, error: repeated)))
            } catch let error as any Error & CustomStringConvertible & Sendable where error is InputError || error is KindMismatch {
                board.record(index, .failure(BatchReport.Refusal(name: name, error: error)))
            } catch {
                board.stop(error)
            }
        }
        return try board.report()
    }

    /// Refuses an order whose kind is not one of `expected`.
    public static func check(_ kind: Order.Kind, expected: Set<Order.Kind>, name: String) throws {
        guard expected.contains(kind) else { throw KindMismatch(source: name, kind: kind, expected: expected) }
    }
}

extension BatchReport.Refusal: Error, CustomStringConvertible {
    public var description: String { error.description }
}

/// Order files from paths: files as given, folders as their .yaml, .yml and .json files by name.
public enum OrderFiles {
    public static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path)
                    .filter { [".yaml", ".yml", ".json"].contains(where: $0.hasSuffix) }.sorted()
                files += names.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }
}
