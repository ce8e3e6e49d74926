@testable import FolioDocuments
import Foundation
import Testing

/// Issuing renders outside the ledger's write lock: a number is reserved first, the document recorded
/// after. These tests stop an issuer between the two and check that numbers stay gapless and every
/// record gets its PDF.
@Suite("Numbers reserved while rendering, and interrupted issues")
struct InterruptedIssuesTests {
    let root = PublicLibraryTests.root
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-interrupted-\(UUID().uuidString)")

    func company() throws -> Company {
        try Company.load(root.appendingPathComponent("examples/company/profile.yaml").path)
    }

    /// Example 01 dated `day` of March 2026, for the buyer `client`.
    func order(day: Int, client: String = "Librairie du Marais SARL") throws -> OrderInput {
        let text = try String(contentsOf: root.appendingPathComponent("examples/orders/01-domestic-several-rates.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "date: 2026-03-16", with: "date: 2026-03-\(day)")
            .replacingOccurrences(of: "deliveryDate: 2026-03-13", with: "deliveryDate: 2026-03-\(day)")
            .replacingOccurrences(of: "name: Librairie du Marais SARL", with: "name: \(client)")
        return try OrderInput(text: text, name: "order of the \(day)th")
    }

    /// Takes the next number for `input` the way an issue does, and nothing more: an issuer stopped there.
    func reserve(_ input: OrderInput, in ledger: Ledger, with company: Company) throws -> Reservation {
        let computed = try company.compute(input)
        let request = IssueRequest(input: input.canonical.json, language: "fr", profile: company.profileJSON,
                                   profileFolder: company.folder.path, quote: nil, signs: false)
        let documents = ledger.documentsFolder
        return try ledger.reserve(company: company.profile.ledgerKey,
                                  series: company.profile.numberingSeries(kind: "invoice"), date: computed.order.date,
                                  file: { "\(documents)/\($0).pdf" }, repeatOf: (.invoice, input.canonical.json),
                                  request: request.json)
    }

    @Test("An issuer that died after taking its number: the next opening renders the document again, byte for byte as issued")
    func diedAfterReserving() throws {
        let company = try company()
        let path = folder.appendingPathComponent("ledger.sqlite").path
        do {
            let dying = try Ledger(path: path)
            let reservation = try reserve(try order(day: 16), in: dying, with: company)
            #expect(reservation.number == "F-2026-0001")
            // While it lives, its number is taken: nobody else completes it, the next order gets the next number.
            let other = try Ledger(path: path)
            #expect(try other.interruptedReservations().isEmpty)
            let next = try company.issue(try order(day: 17, client: "Autre client SAS"), language: .french, into: other)
            #expect(next.record.number == "F-2026-0002")
            #expect(try other.verify().isSound)
            #expect(try other.verify().reserved == ["F-2026-0001"])
        }
        // Both connections are gone, as after a crash: the reservation's lock is free.
        let reopened = try Ledger(path: path)
        let completion = try InterruptedIssues.complete(in: reopened)
        #expect(completion.completed.map(\.number) == ["F-2026-0001"])
        #expect(completion.failed.isEmpty)
        #expect(try reopened.reservations().isEmpty)
        let report = try LedgerVerification.run(reopened, rerender: true, engine: company.engine)
        #expect(report.problems == [])
        // The same order issued without interruption gives the same bytes.
        let reference = try Ledger(path: folder.appendingPathComponent("reference/ledger.sqlite").path)
        let issued = try company.issue(try order(day: 16), language: .french, into: reference)
        #expect(issued.record.number == "F-2026-0001")
        #expect(try Data(contentsOf: URL(fileURLWithPath: completion.completed[0].file)) == Data(issued.document.pdf))
        // Issued once: the same order again is refused as a repeat.
        #expect(throws: AlreadyIssued.self) { _ = try company.issue(try order(day: 16), language: .french, into: reopened) }
    }

    @Test("A rendering that fails gives its number back when it is the last; otherwise the number stays and is completed at the next opening")
    func failedRendering() throws {
        let company = try company()
        let ledger = try Ledger(path: folder.appendingPathComponent("ledger.sqlite").path)
        let first = try reserve(try order(day: 16), in: ledger, with: company)
        let second = try reserve(try order(day: 17, client: "Autre client SAS"), in: ledger, with: company)
        #expect([first.number, second.number] == ["F-2026-0001", "F-2026-0002"])
        // The first cannot be freed without a gap before F-2026-0002: it is given up, not freed.
        #expect(try ledger.release(first) == false)
        // The last one is freed: no number consumed.
        #expect(try ledger.release(second) == true)
        let completion = try InterruptedIssues.complete(in: ledger)
        #expect(completion.completed.map(\.number) == ["F-2026-0001"])
        let next = try company.issue(try order(day: 17, client: "Autre client SAS"), language: .french, into: ledger)
        #expect(next.record.number == "F-2026-0002")
        #expect(try ledger.verify().isSound)
    }

    @Test("A batch on two workers gives the numbers, the bytes and the chain's order of one worker, outcomes told in the batch's order")
    func parallelBatch() throws {
        let orders = folder.appendingPathComponent("orders")
        try FileManager.default.createDirectory(at: orders, withIntermediateDirectories: true)
        for day in 10...17 {
            let text = try String(contentsOf: root.appendingPathComponent("examples/orders/01-domestic-several-rates.yaml"), encoding: .utf8)
                .replacingOccurrences(of: "date: 2026-03-16", with: "date: 2026-03-\(day)")
                .replacingOccurrences(of: "name: Librairie du Marais SARL", with: "name: Client \(day)")
            try text.write(to: orders.appendingPathComponent("order-\(day).yaml"), atomically: true, encoding: .utf8)
        }
        // A refused order in the middle: its number goes to the next order.
        try "kind: invoice\ndate: 2026-03-13\n".write(to: orders.appendingPathComponent("order-13b.yaml"), atomically: true, encoding: .utf8)
        let files = try OrderFiles.expand([orders.path])
        let profile = root.appendingPathComponent("examples/company/profile.yaml").path
        var pdfs: [[String: Data]] = []
        for jobs in [1, 2] {
            let path = folder.appendingPathComponent("ledger-\(jobs)/ledger.sqlite").path
            let told = Told()
            let report = try Company.issue(batch: files, jobs: jobs, kinds: [.invoice], language: .french,
                                           company: { try Company.load(profile) }, openingLedger: { try Ledger(path: path) }) { name, _ in
                told.append(name)
            }
            #expect(told.names == files)
            #expect(report.issued.map(\.number) == (1...8).map { "F-2026-000\($0)" })
            #expect(report.issued.map(\.client) == (10...17).map { "Client \($0)" })
            #expect(report.refused.map(\.name) == [orders.appendingPathComponent("order-13b.yaml").path])
            #expect(try Ledger(path: path).verify().isSound)
            // Recorded in the batch's order: the hash chain follows the numbers.
            #expect(report.issued.map(\.position) == Array(1...8))
            pdfs.append(Dictionary(uniqueKeysWithValues: try report.issued.map {
                ($0.number, try Data(contentsOf: URL(fileURLWithPath: $0.file)))
            }))
        }
        #expect(pdfs[0] == pdfs[1])
    }
}

/// The names a batch told, in the order it told them.
private final class Told: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    var names: [String] { lock.withLock { list } }
    func append(_ name: String) { lock.withLock { list.append(name) } }
}
