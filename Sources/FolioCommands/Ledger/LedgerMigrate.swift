import ArgumentParser
import FolioDocuments

/// `folio ledger migrate`: moves a ledger to another database, record for record.
struct LedgerMigrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Copy a ledger into a new, empty one (SQLite to PostgreSQL, or back), then verify the copy.",
        discussion: """
            Every entry keeps its position and hash, every PDF its bytes (kept in the database by \
            PostgreSQL). Complete interrupted issues first (folio ledger verify). The source is left \
            as it is. Exit code 4 when the copy does not verify.
            Example:
              folio ledger migrate --from out/folio-ledger.sqlite \\
                  --to postgres://folio:secret@db.internal:5432/ledger
            """)

    @Option(help: "The ledger to copy: a SQLite file or a postgres:// address.")
    var from: String

    @Option(help: "The new ledger: a postgres:// address (its tables are created) or a SQLite file; it must hold no record.")
    var to: String

    mutating func run() throws {
        let source = try Ledger.named(from, existing: true)
        let target = try Ledger.named(to)
        let copy: Ledger.Copy
        do { copy = try source.copy(into: target) } catch let failure as LedgerFailure {
            throw LedgerUnsound(problems: [failure.description])
        }
        print("Copied \(copy.entries) entries from \(source.path) to \(target.path): \(copy.documents) documents, \(copy.decisions) decisions, \(copy.payments) payments, \(copy.notices) notices, \(copy.contractNotices) contract notices, \(copy.files) files")
        print("\(target.path): chain intact (last hash \(copy.lastHash.prefix(16))…), series gapless, every PDF as issued")
    }
}
