import ArgumentParser
import FolioCore
import FolioInput
import FolioLedger
import FolioTemplates
import Foundation

/// The options every document command shares: company profile, language, output file.
struct DocumentOptions: ParsableArguments {
    @Option(help: "The company profile.")
    var company = "examples/company/profile.yaml"

    @Option(help: "Language: fr or en.")
    var lang = "fr"

    @Option(help: "The PDF to write, for one order (default: documents/NUMBER.pdf beside the ledger; a draft: out/INPUT-NAME.LANG.draft.pdf).")
    var output: String?

    func language() throws -> DocumentLanguage {
        guard let language = DocumentLanguage(rawValue: lang) else {
            throw ValidationError("--lang: \"\(lang)\" is not a language Folio writes (fr, en)")
        }
        return language
    }
}

/// What `folio quote`, `folio invoice` and `folio credit-note` share: read each order, check its
/// kind, then issue it through the ledger (or write a draft). A refused order is reported by name
/// and the others are still issued.
enum OrderDocumentCommand {
    static func run(orders arguments: [String], options: DocumentOptions, issue: IssueOptions, kinds: [Order.Kind],
                    command: String) throws {
        let language = try options.language()
        let files = try OrderFiles.expand(arguments)
        if options.output != nil, files.count > 1 {
            throw ValidationError("--output names one file: give one order, or leave it out to write each into the ledger's folder")
        }
        let company = try CompanySetup.load(options.company)
        if issue.draft {
            for file in files {
                let computed = try company.compute(orderFile: file)
                try DocumentIssuing.check(computed.order.kind, allowed: kinds, command: command, name: file)
                let composed = try DocumentWriting.orderDocument(computed, company: company, language: language, number: nil)
                let path = options.output ?? DocumentWriting.defaultOutput(for: file, suffix: "\(language.rawValue).draft")
                let pages = try DocumentWriting.write(composed, typesetter: company.typesetter, to: path)
                print("Wrote draft \(path) (\(pages) page\(pages == 1 ? "" : "s"), not numbered, not recorded)")
            }
            return
        }
        // Opened when the first order is good: a refused order leaves no ledger behind.
        var opened: Ledger?
        var progress = BatchProgress(total: files.count)
        var refused: [(String, String)] = []
        for file in files {
            do {
                let input: InputValue
                do { input = try InputValue.read(String(contentsOfFile: file, encoding: .utf8)) } catch let error as InvalidField {
                    throw InputFailure(file: file, error)
                } catch {
                    throw InputFailure("\(file): no such readable file")
                }
                let computed = try DocumentIssuing.compute(input, name: file, company: company)
                try DocumentIssuing.check(computed.order.kind, allowed: kinds, command: command, name: file)
                let ledger: Ledger
                if let opened { ledger = opened } else {
                    ledger = try issue.open()
                    try ledger.settlePendingFiles(in: ledger.documentsFolder)
                    opened = ledger
                }
                let (issued, pages) = try DocumentIssuing.issue(computed, input: input, name: file, company: company, language: language,
                                                                ledger: ledger, series: issue.series, output: options.output)
                progress.advance(issued.number)
                if !progress.isShown || files.count == 1 {
                    print("Issued \(issued.number): \(issued.file) (\(pages) page\(pages == 1 ? "" : "s"); \(issued.templates))")
                }
            } catch let failure as InputFailure {
                refused.append((file, failure.message))
                progress.advance(nil)
                if files.count == 1 { throw failure }
            }
        }
        progress.finish()
        guard refused.isEmpty else {
            throw BatchFailure(issued: files.count - refused.count, refused: refused)
        }
        if files.count > 1, let opened { print("Issued \(files.count) documents into \(opened.path)") }
    }
}

/// Order files from arguments: files as given, folders as their .yaml, .yml and .json files by name.
enum OrderFiles {
    static func expand(_ arguments: [String]) throws -> [String] {
        var files: [String] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: argument)
                    .filter { [".yaml", ".yml", ".json"].contains(where: $0.hasSuffix) }.sorted()
                files += names.map { (argument as NSString).appendingPathComponent($0) }
            } else {
                files.append(argument)
            }
        }
        guard !files.isEmpty else { throw ValidationError("no order files in \(arguments.joined(separator: ", "))") }
        return files
    }
}

/// Some orders of a batch were refused; the others were issued (exit 1).
struct BatchFailure: Error, CustomStringConvertible {
    let issued: Int
    let refused: [(String, String)]

    var description: String {
        "\(refused.count) of \(issued + refused.count) orders refused (the \(issued) others were issued):\n"
            + refused.map { "  \($0.1)" }.joined(separator: "\n")
    }
}
