import ArgumentParser
import FolioDocuments
import Foundation

/// `folio contract`: contracts as data, and where they stand.
struct ContractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contract",
        abstract: "Contracts (maintenance, subscriptions): their periods, anniversaries and notice deadlines.",
        subcommands: [Status.self, Due.self, Notice.self])

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Where a contract stands on a day: its period, next anniversary, last day to give notice.",
            discussion: """
                Months count to the day of the same number, or the month's last day when it has \
                none (CPC art. 641): three months before 31 May is the last day of February. For a \
                consumer's tacitly renewed contract, the window in which the seller must send the \
                renewal information (C. consom. L215-1). Examples:
                  folio contract status contracts/maintenance.yaml --at 2026-01-15
                  folio contract status subscription.yaml --received 2026-01-31 --json
                """)

        @Argument(help: "The contract file, YAML or JSON.")
        var file: String

        @Option(help: "The day to look at, YYYY-MM-DD (default: today).")
        var at: String?

        @Option(help: "The day a termination request was received: its end is computed from it.")
        var received: String?

        @Flag(help: "Print JSON (dates as YYYY-MM-DD).")
        var json = false

        @Option(help: "The ledger whose notices of the contract are listed (default: $FOLIO_LEDGER, else out/folio-ledger.sqlite when it exists).")
        var ledger: String?

        mutating func run() throws {
            let day = try CalendarDate.option(at, "--at") ?? .today()
            let receivedDay = try CalendarDate.option(received, "--received")
            let contract = try ContractFile(path: file).contract
            if receivedDay != nil, contract.terminationNotice == nil {
                throw ValidationError("--received: \(file) states no terminationNotice to count from the request's receipt")
            }
            let notices = try Ledger.ifAny(ledger)?.contractNotices(contract: contract.reference).filter { $0.client == contract.client.name } ?? []
            let report = ContractStatusReport(ContractStatus(contract, on: day, terminationReceived: receivedDay), terminationReceived: receivedDay,
                                              notices: notices)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
                return
            }
            var rows: [(String, String?)] = [
                ("contract", "\(report.reference) — \(report.client)\(report.consumer ? " (consumer)" : "")"),
                ("as of", report.date),
                ("state", report.state),
                ("period", "\(report.periodStart) to \(report.periodEnd) (exclusive)\(report.renewals > 0 ? ", after \(report.renewals) renewal\(report.renewals == 1 ? "" : "s")" : "")"),
                ("next anniversary", report.nextAnniversary),
                ("notice deadline", report.noticeDeadline.map { "\($0)\(report.noticeDeadlinePassed ? " (passed: next one \(report.nextNoticeDeadline ?? "—"))" : "")" }),
                ("L215-1 information", report.consumerInformationFrom.map { "from \($0) to \(report.consumerInformationBy ?? "")" }),
                ("termination received", report.terminationReceived),
                ("termination effective", report.terminationEffective),
                ("last day (notified)", report.recordedLastDay.map { "\($0) (the end takes effect on \(report.recordedEnd ?? ""))" }),
            ] + report.notices.map { ("notice sent", "\($0.date): \($0.kind), effective \($0.effective) — \($0.file)") }
            rows = rows.filter { $0.1 != nil }
            let width = rows.map(\.0.count).max() ?? 0
            for (name, value) in rows { print(name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + (value ?? "")) }
        }
    }

    struct Due: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "due",
            abstract: "What falls due on contracts within some days: notice deadlines, renewals, L215-1 information, revisions.",
            discussion: """
                One line per event, in order of date: the last day to give notice of non-renewal, \
                a tacit renewal or the end of a term, a consumer's renewal information to send \
                (C. consom. L215-1, with the first day it may be sent), a price revision at an \
                anniversary. Examples:
                  folio contract due contracts/ --at 2026-11-27 --within 90
                  folio contract due contracts/ --within 30 --json
                """)

        @Argument(help: "Contract files, or folders of them (.yaml, .yml, .json).")
        var paths: [String]

        @Option(help: "The first day, YYYY-MM-DD (default: today).")
        var at: String?

        @Option(help: "How many days after it to look.")
        var within = 30

        @Flag(help: "Print JSON.")
        var json = false

        @Option(help: "The ledger whose contract notices are taken into account (default: $FOLIO_LEDGER, else out/folio-ledger.sqlite when it exists).")
        var ledger: String?

        mutating func run() throws {
            guard within >= 0, within <= 3660 else { throw ValidationError("--within: from 0 to 3660 days") }
            let day = try CalendarDate.option(at, "--at") ?? .today()
            let files = try ContractFile.all(paths)
            let report = try ContractDueReport(files, from: day, days: within, ledger: try Ledger.ifAny(ledger))
            let lines = report.lines
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(lines), as: UTF8.self))
                return
            }
            let events = lines.map { line in line.from.map { "\(line.event) (from \($0))" } ?? line.event }
            let width = events.map(\.count).max() ?? 0
            for (line, event) in zip(lines, events) {
                let sent = line.sentOn.map { "  (notice sent on \($0))" } ?? ""
                print("\(line.date)  \(event.padding(toLength: width, withPad: " ", startingAt: 0))  \(line.reference)  \(line.client)\(sent)")
            }
            print("\(lines.count) event\(lines.count == 1 ? "" : "s") from \(report.from) to \(report.through), \(files.count) contract\(files.count == 1 ? "" : "s")")
        }
    }
}
