import Foundation
import Testing

/// `folio` with `--ledger postgres://…`: issuing, listing, verifying, and a SQLite ledger migrated into it.
@Suite("folio on a PostgreSQL ledger", .enabled(if: TestCluster.address != nil, "needs the test cluster of scripts/test-postgres.sh"))
struct PostgresLedgerCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-pg-cli-\(UUID().uuidString)").path

    func folio(_ arguments: String...) throws -> FolioCLITests.Run {
        try FolioCLITests.folio(arguments, environment: ["FOLIO_DOCUMENTS": folder + "/copies"])
    }

    @Test("A SQLite ledger migrated into PostgreSQL: the copy verifies, re-renders identically, and numbering goes on from it")
    func migrateThenIssue() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let sqlite = folder + "/ledger.sqlite"
        let issued = try folio("invoice", LedgerCommandTests.invoice, "examples/orders/02-eu-services-reverse-charge.yaml", "--ledger", sqlite)
        #expect(issued.status == 0, "\(issued.error)")
        #expect(try folio("ledger", "pay", "F-2026-0001", "--amount", "100.00", "--on", "2026-05-10", "--ledger", sqlite).status == 0)
        let postgres = try TestCluster.newDatabase()
        let migrated = try folio("ledger", "migrate", "--from", sqlite, "--to", postgres)
        #expect(migrated.status == 0, "\(migrated.error)")
        #expect(migrated.output.contains("Copied 3 entries"), "\(migrated.output)")
        #expect(migrated.output.contains("2 documents, 0 decisions, 1 payments, 0 notices, 0 contract notices, 2 files"))
        #expect(!migrated.output.contains(postgres), "the password is never printed")
        let verify = try folio("ledger", "verify", "--rerender", "--ledger", postgres)
        #expect(verify.status == 0, "\(verify.error)")
        #expect(verify.output.contains("3 entries, 2 documents"))
        let next = try folio("invoice", "examples/orders/03-eu-goods-intra-community.yaml", "--ledger", postgres)
        #expect(next.status == 0, "\(next.error)")
        #expect(next.output.contains("Issued F-2026-0003"))
        let list = try folio("ledger", "list", "--ledger", postgres)
        #expect(["F-2026-0001", "F-2026-0002", "F-2026-0003"].allSatisfy(list.output.contains), "\(list.output)")
        // Migrating into a ledger that holds records is refused.
        let again = try folio("ledger", "migrate", "--from", sqlite, "--to", postgres)
        #expect(again.status == 4 && again.error.contains("is not empty"), "\(again.error)")
    }

    @Test("An address Folio cannot read or reach: a clear error naming --ledger or the server, and nothing issued")
    func badAddresses() throws {
        let missingDatabase = try folio("invoice", LedgerCommandTests.invoice, "--ledger", "postgres://folio@127.0.0.1:5432")
        #expect(missingDatabase.status == 1)
        #expect(missingDatabase.error.contains("--ledger") && missingDatabase.error.contains("names no database"), "\(missingDatabase.error)")
        let secret = try folio("invoice", LedgerCommandTests.invoice, "--ledger", "postgres://folio:s3cret@127.0.0.1:1/ledger")
        #expect(secret.status == 3)
        #expect(secret.error.contains("cannot connect to postgres://folio@127.0.0.1:1/ledger"), "\(secret.error)")
        #expect(!secret.error.contains("s3cret"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/copies"))
    }
}
