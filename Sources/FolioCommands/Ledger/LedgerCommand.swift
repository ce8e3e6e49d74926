import ArgumentParser
import FolioDocuments
import Foundation

/// `folio ledger …`: what was issued, paid and claimed, for finance, the accountant and the auditor.
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "List, show, export and verify issued documents; record payments and quote decisions; see what is due.",
        discussion: """
            The ledger is one SQLite file (default out/folio-ledger.sqlite, or $FOLIO_LEDGER, or \
            --ledger), or a PostgreSQL database shared by several machines (--ledger \
            postgres://USER:PASSWORD@HOST:PORT/DATABASE). Issued documents, payments, notices and decisions are never changed nor \
            deleted; a hash chain links them in order of recording.
            Examples:
              folio ledger list --kind invoice --from 2026-01-01 --to 2026-03-31
              folio ledger show F-2026-0001
              folio ledger pay F-2026-0001 --amount 1200.00 --on 2026-11-20
              folio ledger due --at 2026-11-26
              folio ledger export --csv --output out/journal.csv
              folio ledger export --fec --from 2026-01-01 --to 2026-12-31
              folio ledger verify --rerender
              folio ledger decide D-2026-0001 accepted --on 2026-10-09
              folio ledger migrate --from out/folio-ledger.sqlite \\
                  --to postgres://folio@db.internal/ledger
            """,
        subcommands: [LedgerList.self, LedgerShow.self, LedgerPay.self, LedgerDue.self, LedgerExport.self,
                      LedgerVerify.self, LedgerDecide.self, LedgerMigrate.self])

    /// `--ledger`: which ledger file.
    struct Location: ParsableArguments {
        @Option(help: "The ledger: a SQLite file or a postgres:// address (default: $FOLIO_LEDGER, else out/folio-ledger.sqlite).")
        var ledger: String?

        /// Opens an existing ledger; a missing file is the user's error, naming the path.
        func open() throws -> Ledger { try Ledger.named(ledger, existing: true) }
    }

    /// `--company`: whose rates penalties are computed with, and whose accounts the FEC posts to.
    struct CompanyChoice: ParsableArguments {
        @Option(name: .customLong("company"),
                help: "The company profile: its rates (rates/ beside it) and its accounts (default: examples/company/profile.yaml).")
        var companyOption: String?

        var profile: String { CompanyOption.resolve(companyOption) }

        /// Recorded orders computed with the company's rates.
        func orders() throws -> RecordedOrders { RecordedOrders(rates: try RateFiles.book(forProfile: profile)) }
    }

    /// `--kind`, `--from`, `--to`: which documents.
    struct Period: ParsableArguments {
        @Option(help: "Only documents of this kind: quote, invoice, deposit-invoice, credit-note (repeatable).")
        var kind: [String] = []

        @Option(help: "From this date, YYYY-MM-DD.")
        var from: String?

        @Option(help: "To this date included, YYYY-MM-DD.")
        var to: String?

        mutating func validate() throws {
            if let first = try CalendarDate.option(from, "--from"), let last = try CalendarDate.option(to, "--to"), last < first {
                throw ValidationError("--from \(first) is after --to \(last): give the earlier date first")
            }
        }

        /// The kinds asked for (all when none).
        func kinds() throws -> [Order.Kind] {
            try kind.map { value in
                guard let kind = Order.Kind(rawValue: value) else {
                    throw ValidationError("--kind: \"\(value)\" is not a kind (\(Order.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                return kind
            }
        }

        func documents(_ ledger: Ledger, defaultKinds: [Order.Kind]? = nil) throws -> [IssuedDocument] {
            let kinds = try kinds()
            return try ledger.documents(kinds: kinds.isEmpty ? defaultKinds : kinds, from: try CalendarDate.option(from, "--from"),
                                        through: try CalendarDate.option(to, "--to"))
        }
    }
}
