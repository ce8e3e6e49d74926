import FolioCore
@testable import FolioLedger
import Foundation
import Testing

/// Contract notices on a real SQLite file and a real PostgreSQL database: recorded with their PDF
/// in the chain, refused twice, sealed against changes, and copied with the ledger.
@Suite("Contract notices in the ledger")
struct ContractNoticeLedgerTests {
    let company = "912345618"

    func record(_ kind: ContractNotice.Kind, effective: String) -> ContractNoticeRecord {
        ContractNoticeRecord(company: "", contract: "", client: "Hôtel Anse Cocotier SAS", kind: kind, date: CalendarDate("2026-02-10")!,
                             effective: CalendarDate(effective)!, deadline: CalendarDate("2026-02-28")!, language: "fr",
                             input: "reference: MC-2025-014")
    }

    @Test("A non-renewal is recorded once with its PDF; the database refuses to change it and verify finds it forged",
          arguments: LedgerBackend.available)
    func recordedAndSealed(_ backend: LedgerBackend) throws {
        let test = try TestLedger(backend)
        let ledger = try test.open()
        let file = test.folder + "/MC-2025-014.non-renewal.2026-02-10.pdf"
        let notice = try ledger.recordContractNotice(company: company, contract: "MC-2025-014", file: file) { earlier in
            #expect(earlier.isEmpty)
            return (record(.nonRenewal, effective: "2026-05-31"), Array("%PDF non-renewal".utf8))
        }
        #expect(notice.position == 1 && notice.contract == "MC-2025-014" && notice.file == file)
        #expect(FileManager.default.fileExists(atPath: file) && !FileManager.default.fileExists(atPath: file + ".partial"))
        let recorded = try ledger.contractNotices(company: company, contract: "MC-2025-014")
        #expect(recorded == [notice] && recorded.recordedEnd == CalendarDate("2026-05-31"))
        // The same kind taking effect the same day is refused, and writes nothing.
        let second = test.folder + "/second.pdf"
        do {
            _ = try ledger.recordContractNotice(company: company, contract: "MC-2025-014", file: second) { earlier in
                #expect(earlier.count == 1)
                return (record(.nonRenewal, effective: "2026-05-31"), Array("%PDF".utf8))
            }
            Issue.record("a second non-renewal for the same anniversary was recorded")
        } catch {
            #expect("\(error)".contains("already sent on 2026-02-10"), "\(error)")
        }
        #expect(!FileManager.default.fileExists(atPath: second))
        #expect(try ledger.verify().isSound)

        // Copied with the ledger, link for link.
        let copy = try ledger.copy(into: Ledger(path: test.folder + "/copy.sqlite"))
        #expect(copy.contractNotices == 1 && copy.verification.isSound)

        #expect(throws: RawSQLRefused.self) { try test.execute("UPDATE \"contractNotice\" SET effective = '2027-05-31'") }
        #expect(throws: RawSQLRefused.self) { try test.execute("DELETE FROM \"contractNotice\"") }
        switch backend {
        case .sqlite:
            try test.execute("DROP TRIGGER contractNoticeNeverUpdated; UPDATE contractNotice SET effective = '2027-05-31'")
        case .postgres:
            try test.execute("ALTER TABLE \"contractNotice\" DISABLE TRIGGER USER; UPDATE \"contractNotice\" SET effective = '2027-05-31'")
        }
        let problems = try ledger.verify().problems
        #expect(problems.contains { $0.contains("(non-renewal of contract MC-2025-014) was changed after it was recorded") }, "\(problems)")
    }
}
