import ArgumentParser
import FolioCore
import FolioInput
import Foundation

/// `folio totals ORDER`: computes and prints a document's totals without issuing anything.
struct TotalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "totals",
        abstract: "Print the lines, VAT breakdown, totals, due date and mentions of an order.",
        discussion: """
            Nothing is numbered or written. Example:
              folio totals examples/orders/01-domestic-several-rates.yaml
              folio totals --json examples/orders/04-export-usd.yaml
            """)

    @Argument(help: "Order data, YAML or JSON.")
    var order: String

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    mutating func run() throws {
        let computed = try OrderLoading.compute(file: order)
        if json {
            print(try OrderLoading.json(TotalsReport(computed)))
        } else {
            print(TotalsTable.render(computed, name: URL(fileURLWithPath: order).lastPathComponent))
        }
    }
}

/// Reading and computing an order file, with errors that name the file and the field.
enum OrderLoading {
    static func compute(file: String) throws -> ComputedOrder {
        let order = try read(file: file)
        do { return try OrderComputation.compute(order) } catch { throw InputFailure(file: file, error) }
    }

    /// The order data of a file, not yet computed.
    static func read(file: String) throws -> Order {
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw InputFailure("\(file): no such readable file")
        }
        do { return try OrderReader.read(contentsOf: URL(fileURLWithPath: file)) } catch { throw InputFailure(file: file, error) }
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
