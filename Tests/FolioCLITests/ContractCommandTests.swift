import Foundation
import Testing

/// `folio contract status` on seed 003's contracts, as a user runs it.
@Suite("folio contract")
struct ContractCommandTests {
    static let folder = "examples/seeds/003-baie-consulting-martinique/contracts/"

    @Test("The maintenance contract signed on 31 May 2025: renewed once, notice due by 28 February 2027 (JSON)")
    func maintenanceJSON() throws {
        let run = try FolioCLITests.folio("contract", "status", Self.folder + "maintenance-2025.yaml", "--at", "2026-11-27", "--json")
        #expect(run.status == 0, "\(run.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(json["nextAnniversary"] as? String == "2027-05-31")
        #expect(json["noticeDeadline"] as? String == "2027-02-28")
        #expect(json["renewals"] as? Int == 1 && json["state"] as? String == "renewed")
        #expect(json["noticeDeadlinePassed"] as? Bool == false)
    }

    @Test("A monthly subscription terminated on 31 January ends on 28 February; a consumer's window is printed")
    func terminationAndConsumer() throws {
        let monthly = try FolioCLITests.folio("contract", "status", Self.folder + "subscription-monthly.yaml", "--at", "2026-02-10",
                                              "--received", "2026-01-31")
        #expect(monthly.status == 0, "\(monthly.error)")
        #expect(monthly.output.contains("termination effective  2026-02-28"), "\(monthly.output)")
        let consumer = try FolioCLITests.folio("contract", "status", Self.folder + "consumer-annual.yaml", "--at", "2026-11-27")
        #expect(consumer.output.contains("L215-1 information  from 2026-10-15 to 2026-12-15"), "\(consumer.output)")
        let refused = try FolioCLITests.folio("contract", "status", Self.folder + "maintenance-2025.yaml", "--received", "2026-01-31")
        #expect(refused.status != 0 && refused.error.contains("terminationNotice"), "\(refused.error)")
    }

    @Test("A wrong contract file is refused with the file, the field and the reason")
    func refused() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("contract-\(UUID().uuidString).yaml").path
        try "reference: X\nclient: {name: A, siren: \"732829321\", country: FR}\nstart: 2026-01-01\ninitialTerm: 1 year\nrenewal: none\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let run = try FolioCLITests.folio("contract", "status", file)
        #expect(run.status == 1 && run.error.contains("\(file): client.siren:") && run.error.contains("Luhn"), "\(run.error)")
    }
}

extension ContractCommandTests {
    @Test("folio contract due over seed 003's contracts folder: in order of date, the consumer's window with its first day")
    func due() throws {
        let run = try FolioCLITests.folio("contract", "due", Self.folder, "--at", "2026-11-27", "--within", "120")
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("2026-11-30  renewal") == true, "\(run.output)")
        #expect(lines.contains { $0.hasPrefix("2026-12-15  consumer information (from 2026-10-15)") && $0.contains("MC-2026-102") }, "\(run.output)")
        #expect(lines.contains { $0.hasPrefix("2027-02-28  notice deadline") && $0.contains("MC-2025-014") }, "\(run.output)")
        #expect(lines.last == "10 events from 2026-11-27 to 2027-03-27, 4 contracts")
        let missing = try FolioCLITests.folio("contract", "due", "no-such-folder")
        #expect(missing.status == 1 && missing.error.contains("no-such-folder: no such file or folder"), "\(missing.error)")
    }
}
