import Foundation
import Testing

/// End-to-end: the real `folio` binary on the example orders and on bad input.
@Suite("folio command line", .serialized)
struct FolioCLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The built `folio` beside the test bundle, else in .build/debug.
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("folio")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return root.appendingPathComponent(".build/debug/folio")
    }()

    struct Run {
        let status: Int32
        let output: String
        let error: String
    }

    static func folio(_ arguments: String...) throws -> Run {
        try folio(arguments)
    }

    /// Runs the built `folio` in the repository, with `environment` added to this process's.
    static func folio(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        try run(binary.path, arguments, environment: environment)
    }

    /// Runs a program in the repository, with `environment` added to this process's.
    static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = root
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                   error: String(decoding: error, as: UTF8.self))
    }

    @Test func totalsTable() throws {
        let run = try Self.folio("totals", "examples/orders/01-domestic-several-rates.yaml")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Amount due (BT-115)               3875.43 EUR"))
        #expect(run.output.contains("S 5.5%         1431.50       78.73"))
        #expect(run.output.contains("Due date: 2026-04-30"))
        #expect(run.output.contains("Indemnité forfaitaire pour frais de recouvrement"))
    }

    @Test func totalsJSON() throws {
        let run = try Self.folio("totals", "--json", "examples/orders/07-webshop-prices-including-vat.yaml")
        #expect(run.status == 0, "\(run.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(totals["amountDue"] as? String == "81.77")      // what the customer was shown
        #expect(totals["roundingAmount"] as? String == "0.01")  // carried explicitly (BT-114)
    }

    @Test func everyExampleComputes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("examples/orders").path)
        #expect(files.count >= 10)
        for file in files {
            let run = try Self.folio("totals", "--json", "examples/orders/\(file)")
            #expect(run.status == 0, "\(file): \(run.error)")
        }
    }

    @Test func exportInDollarsStatesVATInEuros() throws {
        let run = try Self.folio("totals", "examples/orders/04-export-usd.yaml")
        #expect(run.output.contains("VAT in EUR at 0.8712 (BT-111)"))
        #expect(run.output.contains("Exonération de TVA, art. 262 I du CGI"))
    }

    @Test(arguments: [
        ("unknown-field.yaml", "lines[0].colour: unknown field"),
        ("zero-quantity.yaml", "lines[0].quantity: must be more than 0"),
        ("bad-date.yaml", "date: \"2026-02-30\" is not a calendar date"),
        ("unknown-currency.yaml", "currency: \"EURO\" is not an ISO 4217 currency code"),
        ("bad-siren.yaml", "seller.siren: SIREN 912345619 fails its check digit"),
        ("terms-beyond-cap.yaml", "paymentTerms: 90 days is beyond the 60 days"),
    ])
    func badInputExitsOneNamingTheField(_ case: (String, String)) throws {
        let run = try Self.folio("totals", "examples/invalid/\(`case`.0)")
        #expect(run.status == 1)
        #expect(run.error.contains(`case`.1), "\(run.error)")
        #expect(run.output.isEmpty)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try Self.folio("totals").status == 2)
        #expect(try Self.folio("frobnicate").status == 2)
        #expect(try Self.folio("totals", "--jsn", "x.yaml").status == 2)
        let help = try Self.folio("--help")
        #expect(help.status == 0 && help.output.contains("totals"))
    }

    @Test func missingFileIsBadInput() throws {
        let run = try Self.folio("totals", "examples/orders/nope.yaml")
        #expect(run.status == 1 && run.error.contains("examples/orders/nope.yaml: no such file"))
    }

    @Test func versionListsTheDrawingLibraries() throws {
        let run = try Self.folio("version")
        #expect(run.status == 0 && run.output.contains("cairo 1.") && run.output.contains("harfbuzz "))
    }

    @Test func demoWritesTheExamples() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("folio-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try Self.folio("demo", "--output", output.path)
        #expect(run.status == 0, "\(run.error)")
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(written.filter { $0.hasSuffix(".totals.json") }.count >= 10)
        #expect(!written.contains { $0.hasSuffix(".tmp") })
    }
}
