import ArgumentParser
import FolioDocuments
import Foundation

/// The options every document command shares: company profile, language, output file.
struct DocumentOptions: ParsableArguments {
    @Option(name: .customLong("company"),
            help: "The company profile (default: examples/company/profile.yaml, here or in Folio's resources).")
    var companyOption: String?

    /// The profile given, else the example company's.
    var company: String { CompanyOption.resolve(companyOption) }

    @Option(help: "Language: fr (French), en (English) or de (German) (default: the seller's legal language, French for a French company, German for a German one).")
    var lang: String?

    @Option(help: "The PDF to write, for one order (default: documents/NUMBER.pdf beside the ledger; a draft: out/INPUT-NAME.LANG.draft.pdf).")
    var output: String?

    /// The language given, else the legal language of the profile's seller (read from its file, for
    /// a batch whose companies are loaded by each worker).
    func language() throws -> DocumentLanguage {
        try language(default: { Company.legalLanguage(ofProfile: company) })
    }

    /// The language given, else the legal language of a company already loaded.
    func language(of loaded: Company) throws -> DocumentLanguage {
        try language(default: { loaded.profile.law.legalLanguage })
    }

    private func language(default legal: () -> DocumentLanguage) throws -> DocumentLanguage {
        guard let lang else { return legal() }
        guard let language = DocumentLanguage(rawValue: lang) else {
            throw ValidationError("--lang: \"\(lang)\" is not a language Folio writes; available: \(DocumentLanguage.available)")
        }
        return language
    }

    /// `out/NAME.SUFFIX.pdf` for an input file.
    static func defaultOutput(for input: String, suffix: String) -> String {
        "out/" + URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent + ".\(suffix).pdf"
    }
}

/// The `--company` option's default: the example company of the current folder, else the one
/// installed with Folio's resources.
enum CompanyOption {
    static let example = "examples/company/profile.yaml"

    static func resolve(_ given: String?) -> String {
        if let given { return given }
        if FileManager.default.fileExists(atPath: example) { return example }
        return FolioResources.exampleProfile() ?? example
    }
}

/// What `folio quote`, `folio invoice` and `folio credit-note` share: issue each order through the
/// ledger (or write drafts), and say what was issued and what was refused.
enum OrderDocumentCommand {
    static func run(orders arguments: [String], options: DocumentOptions, issue: IssueOptions, kinds: Set<Order.Kind>,
                    command: String, eInvoice: EInvoiceOptions? = nil) throws {
        let language = try options.language()
        let files = try OrderFiles.expand(arguments)
        guard !files.isEmpty else { throw ValidationError("no order files in \(arguments.joined(separator: ", "))") }
        // With --format ubl or xrechnung, --output names the XML file and the PDF goes beside the ledger.
        let pdfOutput = eInvoice?.writesXMLAlone == true ? nil : options.output
        if options.output != nil, files.count > 1 {
            throw ValidationError("--output names one file: give one order, or leave it out to write each into the ledger's folder")
        }
        if issue.draft {
            if let jobs = issue.jobs, jobs < 1 { throw ValidationError("--jobs: at least 1, not \(jobs)") }
            let profile = options.company, output = options.output
            let drafts = try DraftBatch.render(files, kinds: kinds, language: language,
                                               jobs: issue.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                               company: { try Company.load(profile) },
                                               output: { output ?? DocumentOptions.defaultOutput(for: $0, suffix: "\(language.rawValue).draft") })
            var refused: [(String, String)] = []
            for result in drafts {
                switch result {
                case .success(let draft): print("Wrote draft \(draft.path) (\(pages(draft.pageCount)), not numbered, not recorded)")
                case .failure(let refusal): refused.append((refusal.name, message(refusal.error, command: command)))
                }
            }
            if files.count == 1, let only = refused.first { throw CommandFailure(only.1) }
            guard refused.isEmpty else { throw BatchFailure(issued: drafts.count - refused.count, refused: refused, drafts: true) }
            return
        }
        if let jobs = issue.jobs, jobs < 1 { throw ValidationError("--jobs: at least 1, not \(jobs)") }
        let profile = options.company
        let console = IssuingConsole(total: files.count)
        let output = options.output
        let report = try Company.issue(batch: files, jobs: issue.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                       kinds: kinds, language: language, company: { try Company.load(profile) },
                                       openingLedger: { [issue] in
            let ledger = try issue.open()
            console.ledgerPath = ledger.path
            return ledger
        }, series: issue.series, file: pdfOutput, policy: eInvoice?.policy(issue.policy) ?? issue.policy) { name, result in
            // Called in the batch's order, one call at a time.
            switch result {
            case .success(let issued):
                console.progress.advance(issued.record.number)
                if !console.progress.isShown || files.count == 1 {
                    print("Issued \(issued.record.number): \(issued.record.file) (\(pages(issued.document.pageCount)); \(issued.record.templates))")
                }
                do {
                    if let xml = try eInvoice?.write(issued, output: output), !console.progress.isShown || files.count == 1 { print("Wrote \(xml)") }
                } catch {
                    console.xmlFailures.append("\(issued.record.number): \(error)")
                }
            case .failure(let refusal):
                console.progress.advance(nil)
                if let repeated = refusal.error as? AlreadyIssued, files.count > 1 {
                    print("Skipped \(name): \(repeated.description)")
                }
            }
        }
        for completed in report.completedInterrupted.completed {
            print("Completed \(completed.number): \(completed.file) (its issue was interrupted; rendered again from what the ledger kept)")
        }
        for failed in report.completedInterrupted.failed {
            FileHandle.standardError.write(Data("folio: \(failed.number) was interrupted and could not be rendered again: \(failed.reason)\n".utf8))
        }
        let progress = console.progress, xmlFailures = console.xmlFailures, ledgerPath = console.ledgerPath
        progress.finish()
        if !xmlFailures.isEmpty {
            throw CommandFailure("issued and recorded (the PDF holds the e-invoice), but the standalone XML could not be written:\n  "
                                 + xmlFailures.joined(separator: "\n  "))
        }
        if files.count == 1, let repeated = report.alreadyIssued.first {
            throw CommandFailure("\(repeated.name): already issued as \(repeated.number); give --again to issue it once more")
        }
        if files.count == 1, let refusal = report.refused.first {
            throw CommandFailure(message(refusal.error, command: command))
        }
        let refused = report.refused.filter { !($0.error is AlreadyIssued) }
        guard refused.isEmpty else {
            throw BatchFailure(issued: report.issued.count,
                               refused: refused.map { ($0.name, message($0.error, command: command)) })
        }
        if files.count > 1, let ledgerPath {
            let skipped = report.alreadyIssued.count
            print("Issued \(report.issued.count) documents into \(ledgerPath)\(skipped > 0 ? " (\(skipped) already issued, skipped)" : "")")
        }
    }

    /// A refusal as the command says it: an order of another kind names the command to use.
    static func message(_ error: any Error & CustomStringConvertible, command: String) -> String {
        guard let mismatch = error as? KindMismatch else { return error.description }
        let other = mismatch.kind == .quote ? "folio quote" : mismatch.kind == .creditNote ? "folio credit-note" : "folio invoice"
        return "\(mismatch) (\(command) writes these; use \(other))"
    }
}

/// What a batch's outcomes are told to: they come one at a time, in order, from the workers' threads.
private final class IssuingConsole: @unchecked Sendable {
    var progress: BatchProgress
    var xmlFailures: [String] = []
    var ledgerPath: String?

    init(total: Int) { progress = BatchProgress(total: total) }
}

/// « 1 page », « 5 pages ».
func pages(_ count: Int) -> String { "\(count) page\(count == 1 ? "" : "s")" }

/// Some orders of a batch were refused; the others were issued (exit 1).
struct BatchFailure: Error, CustomStringConvertible {
    let issued: Int
    let refused: [(String, String)]
    /// The others were drafted, not issued.
    var drafts = false

    var description: String {
        "\(refused.count) of \(issued + refused.count) orders refused (the \(issued) others were \(drafts ? "drafted" : "issued")):\n"
            + refused.map { "  \($0.1)" }.joined(separator: "\n")
    }
}

/// Bad input already worded for the user (exit 1).
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
