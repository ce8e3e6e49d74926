import ArgumentParser
import FolioDocuments
import Foundation

/// `folio ledger list | show | verify | export | decide`: what was issued, for the accountant and the auditor.
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "List, show, export and verify the issued documents; record a quote's acceptance, refusal or expiry.",
        discussion: """
            The ledger is one SQLite file (default out/folio-ledger.sqlite, or $FOLIO_LEDGER, or --ledger). \
            Issued documents are never changed nor deleted; a hash chain links them in order of issue.
            Examples:
              folio ledger list --kind invoice --from 2026-01-01 --to 2026-03-31
              folio ledger show F-2026-0001
              folio ledger export --csv --output out/journal.csv
              folio ledger verify --rerender
              folio ledger decide D-2026-0001 accepted --on 2026-10-09
            """,
        subcommands: [List.self, Show.self, Export.self, Verify.self, Decide.self])

    struct Location: ParsableArguments {
        @Option(help: "The ledger (default: $FOLIO_LEDGER, else out/folio-ledger.sqlite).")
        var ledger: String?

        func open() throws -> Ledger {
            let path = Ledger.path(option: ledger)
            guard FileManager.default.fileExists(atPath: path) else { throw InputError(source: "--ledger", "no ledger at \(path)") }
            do { return try Ledger(path: path) } catch { throw LedgerUnavailable("\(path): \(error)") }
        }
    }

    struct Period: ParsableArguments {
        @Option(help: "Only documents of this kind: quote, invoice, deposit-invoice, credit-note (repeatable).")
        var kind: [String] = []

        @Option(help: "From this date, YYYY-MM-DD.")
        var from: String?

        @Option(help: "To this date included, YYYY-MM-DD.")
        var to: String?

        /// The kinds asked for (all when none).
        func kinds() throws -> [Order.Kind] {
            try kind.map { value in
                guard let kind = Order.Kind(rawValue: value) else {
                    throw ValidationError("--kind: \"\(value)\" is not a kind (\(Order.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                return kind
            }
        }

        func documents(_ ledger: Ledger) throws -> [IssuedDocument] {
            let kinds = try kinds()
            return try ledger.documents(kinds: kinds.isEmpty ? nil : kinds, from: try CalendarDate.option(from, "--from"),
                                        through: try CalendarDate.option(to, "--to"))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One line per issued document: number, date, kind, client, totals, status.")

        @OptionGroup var location: Location
        @OptionGroup var period: Period

        mutating func run() throws {
            let ledger = try location.open()
            let documents = try period.documents(ledger)
            let statuses = try DocumentStatuses(ledger)
            for document in documents {
                let columns = [document.number, document.date.description, document.kind.rawValue, document.client,
                               document.netTotal.description, document.vatTotal.description, document.grandTotal.description,
                               document.currency, statuses.status(of: document)]
                print(columns.joined(separator: "  "))
            }
            print("\(documents.count) document\(documents.count == 1 ? "" : "s")")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Everything the ledger keeps about one document.")

        @Argument(help: "The document's number.")
        var number: String

        @Flag(help: "Also print the order input and the company profile as issued (canonical JSON).")
        var input = false

        @OptionGroup var location: Location

        mutating func run() throws {
            let ledger = try location.open()
            guard let document = try ledger.document(number: number) else { throw InputError(source: number, "no such document in \(ledger.path)") }
            let statuses = try DocumentStatuses(ledger)
            let rows: [(String, String?)] = [
                ("number", document.number), ("kind", document.kind.rawValue), ("date", document.date.description),
                ("client", document.client),
                ("total excl. VAT", "\(document.netTotal) \(document.currency)"), ("VAT", "\(document.vatTotal) \(document.currency)"),
                ("total incl. VAT", "\(document.grandTotal) \(document.currency)"), ("amount due", "\(document.amountDue) \(document.currency)"),
                ("status", statuses.status(of: document)), ("company", document.company),
                ("series", "\(document.series) \(document.period) #\(document.sequence)"), ("language", document.language),
                ("templates", document.templates), ("terms", document.terms), ("folio", document.folioVersion),
                ("quote", document.quote), ("credited invoice", document.credited), ("file", document.file),
                ("PDF SHA-256", document.pdfSHA256), ("position in chain", String(document.position)),
            ]
            for (label, value) in rows {
                guard let value else { continue }
                print(label.padding(toLength: 18, withPad: " ", startingAt: 0) + value)
            }
            if input {
                print("input             \(document.input)")
                print("profile           \(document.profile)")
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The issued documents as CSV for the accountant: number, date, client, totals, currency, status.")

        @Flag(help: "CSV (RFC 4180, comma, dot decimals): the only format for now.")
        var csv = false

        @Option(help: "The file to write (default: standard output).")
        var output: String?

        @OptionGroup var location: Location
        @OptionGroup var period: Period

        mutating func validate() throws {
            guard csv else { throw ValidationError("choose a format: --csv") }
        }

        mutating func run() throws {
            let ledger = try location.open()
            let text = LedgerJournal.csv(try period.documents(ledger), statuses: try DocumentStatuses(ledger))
            if let output {
                try AtomicFile.write(Data(text.utf8), to: output)
            } else {
                print(text, terminator: "")
            }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the hash chain, that every series is gapless, and every PDF against its recorded SHA-256.",
            discussion: "With --rerender, every document is rendered again from its recorded input and versions and compared byte for byte. Exit code 4 when anything is wrong.")

        @Flag(help: "Render every document again from its recorded input and compare the bytes.")
        var rerender = false

        @OptionGroup var location: Location

        mutating func run() throws {
            let ledger = try location.open()
            let report = try LedgerVerification.run(ledger, rerender: rerender)
            for file in report.finished { print("finished an interrupted issue: \(file)") }
            for file in report.removed { print("removed a file whose issue never completed: \(file)") }
            let verification = report.verification
            guard verification.isSound else {
                throw LedgerUnsound(problems: verification.problems)
            }
            print("\(ledger.path): \(verification.entries) entries, \(verification.documents) documents: chain intact, series gapless, every PDF as issued\(rerender ? ", every PDF re-rendered identically" : "")")
        }
    }

    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a quote was accepted, refused or expired (once; never changed).")

        @Argument(help: "The quote's number.")
        var number: String

        @Argument(help: "accepted, refused or expired.")
        var status: String

        @Option(help: "The day of the decision, YYYY-MM-DD (default: today).")
        var on: String?

        @OptionGroup var location: Location

        mutating func run() throws {
            guard let decision = QuoteDecision.Status(rawValue: status) else {
                throw ValidationError("\"\(status)\" is not accepted, refused or expired")
            }
            let ledger = try location.open()
            guard let quote = try ledger.document(number: number) else { throw InputError(source: number, "no such quote in \(ledger.path)") }
            let day = try CalendarDate.option(on, "--on") ?? .today()
            let recorded = try ledger.decide(quote: number, company: quote.company, decision, on: day)
            print("Quote \(number) \(recorded.status.rawValue) on \(recorded.date)")
        }
    }
}
