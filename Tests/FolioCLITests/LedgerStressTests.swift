import Foundation
import Testing

/// The ledger under load and under crashes, with real processes on one SQLite file, and on one
/// PostgreSQL database (each process its own connections, as on several machines).
@Suite("Ledger under concurrency and crashes", .serialized)
struct LedgerStressTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-ledger-stress-\(UUID().uuidString)").path
    /// A SQLite file, or a PostgreSQL database whose local copies of the PDFs go to `documents` (FOLIO_DOCUMENTS).
    let ledger: String
    var documents: String { folder + "/documents" }
    var usesFile: Bool { !ledger.hasPrefix("postgres://") }

    init(_ kind: LedgerKind = .sqlite) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        ledger = try kind.newLedger(in: folder)
    }

    /// `folio invoice` issuing the same order `count` times, started and not waited for.
    func issuing(_ count: Int) throws -> Process {
        let process = Process()
        process.executableURL = FolioCLITests.binary
        // --again: the same order, issued once more each time.
        process.arguments = ["invoice"] + Array(repeating: LedgerCommandTests.invoice, count: count) + ["--ledger", ledger, "--again"]
        process.currentDirectoryURL = FolioCLITests.root
        process.environment = ProcessInfo.processInfo.environment.merging(["FOLIO_DOCUMENTS": documents]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The numbers the ledger recorded, from its CSV export.
    func recordedNumbers() throws -> [String] {
        let export = try folio("ledger", "export", "--csv", "--ledger", ledger)
        #expect(export.status == 0, "\(export.error)")
        return export.output.split(separator: "\r\n").dropFirst().map { String($0.prefix { $0 != "," }) }
    }

    /// Whether issuing has begun: the SQLite file exists (a PostgreSQL database is there from the start).
    var hasBegun: Bool { !usesFile || FileManager.default.fileExists(atPath: ledger) }

    func expectConsistent(_ numbers: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        // Gapless and without duplicates: exactly F-2026-0001 … F-2026-n.
        let expected = (0..<numbers.count).map { "F-2026-" + String(format: "%04d", $0 + 1) }
        #expect(numbers.sorted() == expected, sourceLocation: sourceLocation)
        // Every record has its PDF and every PDF its record; nothing half-written is left.
        let files = (try? FileManager.default.contentsOfDirectory(atPath: documents)) ?? []
        #expect(files.sorted() == expected.map { $0 + ".pdf" }, sourceLocation: sourceLocation)
    }

    @Test("8 processes issuing 200 invoices each at once: 1,600 consecutive numbers, no gap, no duplicate",
          arguments: TestCluster.ledgerKinds)
    func eightProcesses(_ kind: LedgerKind) throws {
        let test = try LedgerStressTests(kind)
        try test.eightProcesses()
    }

    func eightProcesses() throws {
        let processes = try (0..<8).map { _ in try issuing(200) }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let numbers = try recordedNumbers()
        #expect(numbers.count == 1_600)
        #expect(Set(numbers).count == 1_600)
        try expectConsistent(numbers)
        let verify = try folio("ledger", "verify", "--ledger", ledger)
        #expect(verify.status == 0, "\(verify.error)")
        #expect(verify.output.contains("1600 documents"))
    }

    /// `folio` with this test's documents folder.
    func folio(_ arguments: String...) throws -> FolioCLITests.Run {
        try FolioCLITests.folio(arguments, environment: ["FOLIO_DOCUMENTS": documents])
    }

    @Test("Processes killed with SIGKILL at random points: the ledger opens and verifies, numbers stay gapless, PDFs match records",
          arguments: TestCluster.ledgerKinds)
    func killedMidIssue(_ kind: LedgerKind) throws {
        let test = try LedgerStressTests(kind)
        try test.killedMidIssue()
    }

    func killedMidIssue() throws {
        var generator = SystemRandomNumberGenerator()
        var killedWhileIssuing = 0
        for round in 0..<16 {
            // Every other round, a second process issues alongside the one killed.
            let victim = try issuing(60)
            let bystander = round.isMultiple(of: 2) ? nil : try issuing(5)
            // On a loaded machine a process may take a while to start: kill only once issuing has begun.
            for _ in 0..<600 where victim.isRunning && !hasBegun { usleep(50_000) }
            usleep(UInt32.random(in: 30_000...700_000, using: &generator))
            if victim.isRunning { killedWhileIssuing += 1 }
            kill(victim.processIdentifier, SIGKILL)
            victim.waitUntilExit()
            bystander?.waitUntilExit()
            if let bystander { #expect(bystander.terminationStatus == 0) }
            // A kill that lands before the ledger file exists is a valid round: nothing was issued.
            guard hasBegun else {
                #expect(bystander == nil, "round \(round): the bystander issued, so the ledger must exist")
                continue
            }
            let verify = try folio("ledger", "verify", "--ledger", ledger)
            #expect(verify.status == 0, "round \(round): \(verify.error)")
            try expectConsistent(try recordedNumbers())
        }
        #expect(killedWhileIssuing >= 8, "most kills should land mid-issue")
    }
}
