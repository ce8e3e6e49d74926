import ArgumentParser
import FolioDocuments

/// `folio ledger verify`: the auditor's check.
struct LedgerVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the hash chain, that every series is gapless, and every PDF against its recorded SHA-256.",
        discussion: "With --rerender, every document is rendered again from its recorded input and versions and compared byte for byte. Exit code 4 when anything is wrong.")

    @Flag(help: "Render every document again from its recorded input and compare the bytes.")
    var rerender = false

    @OptionGroup var location: LedgerCommand.Location

    mutating func run() throws {
        let ledger = try location.open()
        let report = try LedgerVerification.run(ledger, rerender: rerender)
        for file in report.finished { print("finished an interrupted issue: \(file)") }
        for file in report.removed { print("removed a file whose issue never completed: \(file)") }
        for document in report.completed.completed {
            print("completed an interrupted issue: \(document.number), rendered again from what the ledger kept: \(document.file)")
        }
        let verification = report.verification
        guard verification.isSound else {
            throw LedgerUnsound(problems: verification.problems)
        }
        print("\(ledger.path): \(verification.entries) entries, \(verification.documents) documents: chain intact, series gapless, every PDF as issued\(rerender ? ", every PDF re-rendered identically" : "")")
    }
}
