import ArgumentParser
import FolioDocuments
import Foundation

/// `folio totals ORDER`: computes and prints a document's totals without issuing anything.
struct TotalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "totals",
        abstract: "Print the lines, VAT breakdown, totals, due date and mentions of an order.",
        discussion: """
            Nothing is numbered or written. With --company, the order is computed under that company's \
            terms of sale and the company is its seller (the order may leave out `seller`); without it, \
            under the statutory defaults alone, and the order names its seller. Example:
              folio totals examples/orders/01-domestic-several-rates.yaml
              folio totals --json examples/orders/04-export-usd.yaml
              folio totals examples/orders/08b-deposit-invoice.yaml \\
                  --company examples/company/profile.yaml
            """)

    @Argument(help: "Order data, YAML or JSON.")
    var order: String

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Option(help: "The company profile whose terms of sale apply and whose company is the seller (default: none, the statutory defaults).")
    var company: String?

    mutating func run() throws {
        let input = try OrderInput(file: order)
        let computed = try company.map { try Company.load($0).compute(input) } ?? input.computed()
        if json {
            print(try JSONText.of(TotalsReport(computed)))
        } else {
            print(TotalsTable.render(computed, name: URL(fileURLWithPath: order).lastPathComponent))
        }
    }
}

/// Pretty JSON with sorted keys, as Folio prints reports.
enum JSONText {
    static func of(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
