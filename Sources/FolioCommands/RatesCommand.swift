import ArgumentParser
import FolioDocuments
import Foundation

/// `folio rates list | check --at DATE`: the dated rates a company computes with.
struct RatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rates",
        abstract: "List the dated rates (legal interest, ECB, German base rate, VAT, indemnity) or check a date.",
        discussion: """
            Folio's rates/ files, extended by the company's rates/ folder next to its profile and by \
            the folder $FOLIO_RATES (see the README, « Rates »). Examples:
              folio rates list
              folio rates check --at 2026-11-26 --company examples/company/profile.yaml
            """,
        subcommands: [List.self, Check.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every table, each value with its period, rate, source and the file it came from.")

        @Option(help: "The company profile (its rates/ folder extends Folio's; default: the example company).")
        var company: String?

        mutating func run() throws {
            let rates = try Company.load(CompanyOption.resolve(company)).rates
            for table in RateTable.allCases {
                let series = rates[table]
                let known = series.knownThrough.map { ", known through \($0)" } ?? ""
                print("\(table.rawValue): \(table.title)\(known)")
                for (value, through) in series.periods {
                    let period = "\(value.from) – \(through?.description ?? "          ")"
                    let amount = table.valueKey == "amount" ? "\(value.value) EUR" : "\(value.value) %"
                    let name = value.name.map { "  \($0)" } ?? ""
                    let origin = value.origin.map { "\($0.shipped ? "shipped" : "company"): \($0)" } ?? "built in"
                    print("  \(period)  \(amount.padding(toLength: 9, withPad: " ", startingAt: 0))\(name)  \(value.source)  [\(origin)]")
                }
            }
            if let additions = rates.additions {
                print("The company's additions go in \(additions.folder)/ (files named like Folio's).")
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say which rates are known on a date and what is missing (exit 1 when something is).")

        @Option(help: "The day to check (YYYY-MM-DD).")
        var at: String

        @Option(help: "The company profile (its rates/ folder extends Folio's; default: the example company).")
        var company: String?

        mutating func run() throws {
            guard let date = try CalendarDate.option(at, "--at") else { return }
            let rates = try Company.load(CompanyOption.resolve(company)).rates
            var missing: [RateTable] = []
            for (table, problem) in rates.missing(on: date) {
                if let problem {
                    missing.append(table)
                    print("missing  \(table.rawValue): \(problem)")
                } else {
                    let values = rates[table].values(on: date).map { value in
                        table.valueKey == "amount" ? "\(value.value) EUR" : "\(value.value) %"
                    }
                    print("ok       \(table.rawValue): \(values.joined(separator: ", "))")
                }
            }
            guard missing.isEmpty else {
                throw CommandFailure("\(missing.count) rate table\(missing.count == 1 ? "" : "s") lack a value on \(date): \(missing.map(\.rawValue).joined(separator: ", ")); the others are fine")
            }
            print("Every rate is known on \(date).")
        }
    }
}
