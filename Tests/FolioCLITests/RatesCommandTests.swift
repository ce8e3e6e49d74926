import Foundation
import Testing

/// `folio rates`, a company's own rates extending Folio's, and the messages of section 5 of issue 12.
@Suite("folio rates and messages", .serialized)
struct RatesCommandTests {
    static let root = FolioCLITests.root
    static let order = "examples/orders/01-domestic-several-rates.yaml"

    /// Runs the built `folio` with more environment variables, in `folder` (default: the repository).
    static func folio(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil,
                      binary: URL = FolioCLITests.binary) throws -> FolioCLITests.Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? root
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "FOLIO_RATES" && $0.key != "FOLIO_RESOURCES" }
            .merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                     error: String(decoding: error, as: UTF8.self))
    }

    static func temporaryFolder(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-rates-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A copy of the example company, with `rates/legal-interest-rate.yaml` when `rates` is given.
    static func company(rates: String?) throws -> URL {
        let folder = try temporaryFolder("company")
        for file in ["profile.yaml", "logo.png"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent("examples/company/\(file)"),
                                             to: folder.appendingPathComponent(file))
        }
        if let rates {
            let ratesFolder = folder.appendingPathComponent("rates")
            try FileManager.default.createDirectory(at: ratesFolder, withIntermediateDirectories: true)
            try rates.write(to: ratesFolder.appendingPathComponent("legal-interest-rate.yaml"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// Fictional test values for 2026 H2 (never in Folio's own files).
    static let secondHalf2026 = """
        legal-interest-rate/other-cases:
          values:
            - {from: 2026-07-01, rate: "3.00", source: "fictional test value"}
        legal-interest-rate/individual-creditor:
          values:
            - {from: 2026-07-01, rate: "7.00", source: "fictional test value"}
        """

    static func pdfText(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-enc", "UTF-8", "-layout", path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func companyRatesExtendFolioAndTheSecondHalfYearUsesThem() throws {
        let company = try Self.company(rates: Self.secondHalf2026)
        defer { try? FileManager.default.removeItem(at: company) }
        let pdf = company.appendingPathComponent("reminder.pdf").path
        let run = try Self.folio(["notice", "reminder", Self.order, "--number", "F-2026-0001", "--at", "2026-11-26",
                                  "--company", company.appendingPathComponent("profile.yaml").path, "--output", pdf])
        #expect(run.status == 0, "\(run.error)")
        let text = try Self.pdfText(pdf).replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{A0}", with: " ")
        // Amount due 3875.43 €, due 2026-04-30. 2026-05-01 – 06-30: 61 days at 3 × 2.62 = 7.86 %:
        // 3875.43 × 7.86 % × 61 / 365 = 50.9078… → 50.91 €. 2026-07-01 – 11-26: 149 days at 3 × 3.00 = 9 %:
        // 3875.43 × 9 % × 149 / 365 = 142.3823… → 142.38 €. Penalties 193.29 €; with the 40 € indemnity 4 108.72 €.
        #expect(text.contains("61 jours") && text.contains("50,91 €"))
        #expect(text.contains("149 jours") && text.contains("142,38 €"))
        #expect(text.contains("193,29 €"))
        #expect(text.contains("4 108,72 €"))
    }

    @Test func withoutTheRateTheNoticeNamesTheFileAndLineAndWritesNothing() throws {
        let company = try Self.company(rates: nil)
        defer { try? FileManager.default.removeItem(at: company) }
        let pdf = company.appendingPathComponent("reminder.pdf").path
        let run = try Self.folio(["notice", "reminder", Self.order, "--number", "F-2026-0001", "--at", "2026-11-26",
                                  "--company", company.appendingPathComponent("profile.yaml").path, "--output", pdf])
        #expect(run.status == 1)
        let expectedFile = company.appendingPathComponent("rates/legal-interest-rate.yaml").standardizedFileURL.path
        #expect(run.error.contains("legal interest rate (all other cases) for 2026-07-01 – 2026-12-31 is not known"), "\(run.error)")
        #expect(run.error.contains("Add to \(expectedFile)"), "\(run.error)")
        #expect(run.error.contains("legal-interest-rate/other-cases:"))
        #expect(run.error.contains("- {from: 2026-07-01, rate: \"?\", source: \"arrêté du …, JO du …\"}"))
        #expect(run.error.contains("Journal officiel"))
        #expect(!FileManager.default.fileExists(atPath: pdf))
        #expect(try FileManager.default.contentsOfDirectory(atPath: company.path).sorted() == ["logo.png", "profile.yaml"])
    }

    @Test func folioRatesFolderFromTheEnvironment() throws {
        let rates = try Self.temporaryFolder("env")
        defer { try? FileManager.default.removeItem(at: rates) }
        try Self.secondHalf2026.write(to: rates.appendingPathComponent("legal-interest-rate.yaml"), atomically: true, encoding: .utf8)
        let output = rates.appendingPathComponent("reminder.pdf").path
        let run = try Self.folio(["notice", "reminder", Self.order, "--number", "F-2026-0001", "--at", "2026-11-26", "--output", output],
                                 environment: ["FOLIO_RATES": rates.path])
        #expect(run.status == 0, "\(run.error)")
        #expect(try Self.pdfText(output).contains("142,38"))
        let list = try Self.folio(["rates", "list"], environment: ["FOLIO_RATES": rates.path])
        #expect(list.status == 0, "\(list.error)")
        #expect(list.output.contains("2026-07-01 – 2026-12-31  3.00 %"))
        #expect(list.output.contains("fictional test value  [company: \(rates.path)/legal-interest-rate.yaml:3]"))
        let missingFolder = try Self.folio(["rates", "list"], environment: ["FOLIO_RATES": rates.path + "/nope"])
        #expect(missingFolder.status == 1 && missingFolder.error.contains("FOLIO_RATES: \(rates.path)/nope is not a folder"))
    }

    @Test func aConflictingValueNamesBothFiles() throws {
        let company = try Self.company(rates: """
            legal-interest-rate/other-cases:
              values:
                - {from: 2026-01-01, rate: "2.70", source: "typo"}
            """)
        defer { try? FileManager.default.removeItem(at: company) }
        let run = try Self.folio(["rates", "list", "--company", company.appendingPathComponent("profile.yaml").path])
        #expect(run.status == 1)
        #expect(run.error.contains("\(company.standardizedFileURL.path)/rates/legal-interest-rate.yaml:3"), "\(run.error)")
        #expect(run.error.contains("2.70 % here, but 2.62 % in rates/legal-interest-rate.yaml:21") || run.error.contains("2.7 % here, but 2.62 % in rates/legal-interest-rate.yaml:21"), "\(run.error)")
    }

    @Test func ratesListShowsEveryTableWithSourceAndOrigin() throws {
        let run = try Self.folio(["rates", "list"])
        #expect(run.status == 0, "\(run.error)")
        for table in ["legal-interest-rate/individual-creditor", "legal-interest-rate/other-cases", "ecb-main-refinancing-rate",
                      "german-base-rate", "vat/metropolitan-france", "vat/french-overseas", "recovery-indemnity"] {
            #expect(run.output.contains("\(table): "), "\(table)")
        }
        #expect(run.output.contains("legal-interest-rate/other-cases: legal interest rate (all other cases), known through 2026-06-30"))
        #expect(run.output.contains("  2026-01-01 – 2026-06-30  2.62 %"))
        #expect(run.output.contains("premier semestre 2026, Journal officiel  [shipped: rates/legal-interest-rate.yaml:21]"))
        #expect(run.output.contains("ecb-main-refinancing-rate: ECB main refinancing rate, known through 2026-02-05"))
        #expect(run.output.contains("  2025-06-11 – 2026-02-05  2.15 %"))
        #expect(run.output.contains("  2026-01-01 – 2026-06-30  1.27 %"))
        #expect(run.output.contains("20 %       taux normal  CGI art. 278 (loi 2012-1510)"))
        #expect(run.output.contains("40 EUR") && run.output.contains("C. com. D441-5 (décret 2012-1115 du 2 octobre 2012)"))
    }

    @Test func ratesCheckSaysWhatIsMissingAndWhatIsFine() throws {
        let missing = try Self.folio(["rates", "check", "--at", "2026-11-26"])
        #expect(missing.status == 1)
        #expect(missing.output.contains("missing  legal-interest-rate/other-cases: the legal interest rate (all other cases) for 2026-07-01"))
        #expect(missing.output.contains("missing  ecb-main-refinancing-rate: the ECB main refinancing rate on 2026-07-01 is not known"))
        #expect(missing.output.contains("ok       vat/metropolitan-france: "))
        #expect(missing.output.contains("ok       recovery-indemnity: 40 EUR"))
        #expect(missing.error.contains("4 rate tables lack a value on 2026-11-26") && missing.error.contains("the others are fine"))
        let fine = try Self.folio(["rates", "check", "--at", "2026-01-20"])
        #expect(fine.status == 0, "\(fine.error)")
        #expect(fine.output.contains("ok       legal-interest-rate/other-cases: 2.62 %"))
        #expect(fine.output.contains("Every rate is known on 2026-01-20."))
        let company = try Self.company(rates: Self.secondHalf2026)
        defer { try? FileManager.default.removeItem(at: company) }
        let partly = try Self.folio(["rates", "check", "--at", "2026-11-26", "--company", company.appendingPathComponent("profile.yaml").path])
        #expect(partly.output.contains("ok       legal-interest-rate/other-cases: 3.00 %"))
        #expect(partly.error.contains("2 rate tables lack a value on 2026-11-26: ecb-main-refinancing-rate, german-base-rate"))
    }

    @Test func binaryAndNonUTF8FilesSaySo() throws {
        let folder = try Self.temporaryFolder("bytes")
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("order.yaml")
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]).write(to: binary)
        let latin1 = folder.appendingPathComponent("latin1.yaml")
        try Data("kind: invoice\ndescription: caf".utf8 + [0xE9] + Data("\n".utf8)).write(to: latin1)
        let first = try Self.folio(["totals", binary.path])
        #expect(first.status == 1 && first.error.contains("\(binary.path): is a binary file, not YAML or JSON text"), "\(first.error)")
        let second = try Self.folio(["totals", latin1.path])
        #expect(second.status == 1 && second.error.contains("\(latin1.path): is not UTF-8 text (first bad byte at offset 30)"), "\(second.error)")
        let profile = try Self.folio(["rates", "list", "--company", latin1.path])
        #expect(profile.status == 1 && profile.error.contains("\(latin1.path): is not UTF-8 text"))
    }

    @Test func anUnwritableOutputNamesThePathAndTheReason() throws {
        let folder = try Self.temporaryFolder("unwritable")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let target = file.path + "/x.pdf"
        let run = try Self.folio(["invoice", Self.order, "--draft", "--output", target])
        #expect(run.status == 1)
        #expect(run.error.contains("error: cannot write \(target): cannot make its folder (") && !run.error.contains("NSCocoaErrorDomain"),
                "\(run.error)")
        let folderTarget = try Self.folio(["invoice", Self.order, "--draft", "--output", folder.path])
        #expect(folderTarget.status == 1 && folderTarget.error.contains("cannot write \(folder.path): it is a folder"))
    }

    @Test func unknownLanguageListsTheAvailableOnes() throws {
        let run = try Self.folio(["invoice", Self.order, "--draft", "--lang", "es"])
        #expect(run.status == 2)
        #expect(run.error.contains("\"es\" is not a language Folio writes; available: fr (French), en (English), de (German)"))
    }

    @Test func everyMissingFieldAtOnce() throws {
        let folder = try Self.temporaryFolder("missing")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("order.yaml")
        try "kind: invoice\nseller: {name: X}\nlines:\n  - {description: Y}\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try Self.folio(["totals", file.path])
        #expect(run.status == 1)
        #expect(run.error.contains("required fields missing: date, currency, buyer, seller.country, lines[0].quantity, lines[0].unitPrice"),
                "\(run.error)")
    }

    @Test func helpExamplesFitEightyColumns() throws {
        let commands = [["totals"], ["quote"], ["invoice"], ["credit-note"], ["notice"], ["terms"], ["terms", "show"], ["rates"],
                        ["rates", "check"], ["ledger"], ["ledger", "list"], ["ledger", "show"], ["ledger", "pay"], ["ledger", "due"],
                        ["ledger", "export"], ["ledger", "decide"], ["ledger", "verify"], ["ledger", "migrate"], ["print"], ["demo"], ["serve"], ["serve", "add-user"], ["contract", "status"], ["contract", "due"], ["contract", "notice"]]
        for command in commands {
            let run = try Self.folio(command + ["--help"], environment: ["COLUMNS": "80"])
            let lines = run.output.components(separatedBy: "\n")
            for (index, line) in lines.enumerated() where line.hasPrefix("  folio ") {
                // An example is one line, or continues with « \\ » on lines that start with an option;
                // a line wrapped by the help's width would start at the margin instead.
                var current = index
                #expect(line.count <= 80, "\(command): \(line)")
                while lines[current].hasSuffix("\\"), current + 1 < lines.count {
                    current += 1
                    #expect(lines[current].hasPrefix("      --") && lines[current].count <= 80, "\(command): \(lines[current])")
                }
                let next = current + 1 < lines.count ? lines[current + 1] : ""
                #expect(next.isEmpty || next.hasPrefix("  "), "\(command): example wrapped after \(lines[current])")
            }
        }
    }

    @Test func installedBinaryFindsItsResourcesWithoutEnvironment() throws {
        let prefix = try Self.temporaryFolder("prefix")
        let elsewhere = try Self.temporaryFolder("elsewhere")
        defer {
            try? FileManager.default.removeItem(at: prefix)
            try? FileManager.default.removeItem(at: elsewhere)
        }
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/make")
        make.arguments = ["-s", "install-files", "PREFIX=\(prefix.path)", "BINARY=\(FolioCLITests.binary.path)"]
        make.currentDirectoryURL = Self.root
        try make.run()
        make.waitUntilExit()
        #expect(make.terminationStatus == 0)
        let installed = prefix.appendingPathComponent("bin/folio")
        for folder in ["fonts", "hyphenation", "templates", "rates", "color"] {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/folio/\(folder)").path), "\(folder)")
        }
        let run = try Self.folio(["invoice", Self.root.appendingPathComponent(Self.order).path], in: elsewhere, binary: installed)
        #expect(run.status == 0, "\(run.error)")
        let pdf = elsewhere.appendingPathComponent("out/documents/F-2026-0001.pdf").path
        #expect(try Self.pdfText(pdf).contains("Librairie du Marais"))
        // A binary without its resources says how to fix it (exit 1, not an internal error).
        let lonely = elsewhere.appendingPathComponent("folio")
        try FileManager.default.copyItem(at: installed, to: lonely)
        let lost = try Self.folio(["invoice", Self.root.appendingPathComponent(Self.order).path, "--draft",
                                   "--company", Self.root.appendingPathComponent("examples/company/profile.yaml").path],
                                  in: elsewhere, binary: lonely)
        #expect(lost.status == 1)
        #expect(lost.error.contains("cannot find Folio's resources") && lost.error.contains("make install PREFIX=")
            && lost.error.contains("FOLIO_RESOURCES"), "\(lost.error)")
        #expect(!lost.error.contains("internal error"))
    }
}
