import ArgumentParser
import FolioCore
import FolioTemplates

/// `folio`: quotes, invoices and legal notices from order data.
public struct FolioCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Quotes, invoices and legal notices from order data, correct to the cent and to the day.",
        discussion: """
            Exit codes: 0 success, 1 bad input (the message names the field and the reason), \
            2 usage error, 3 internal failure.
            """,
        version: FolioVersion.current,
        subcommands: [TotalsCommand.self, QuoteCommand.self, InvoiceCommand.self, CreditNoteCommand.self, NoticeCommand.self,
                      TermsCommand.self, DemoCommand.self, VersionCommand.self])

    public init() {}

    /// Parses the arguments, runs the command and exits with Folio's exit codes.
    public static func runAndExit(_ arguments: [String]? = nil) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Self.exit()
        } catch let failure as InputFailure {
            StandardError.write("error: \(failure.message)\n")
            Self.exit(withError: ExitCode(FolioExitCode.badInput))
        } catch let error as TemplateCatalogError {
            // A template missing, or without the language asked for: bad input, like a bad order.
            StandardError.write("error: templates: \(error)\n")
            Self.exit(withError: ExitCode(FolioExitCode.badInput))
        } catch let error as TemplateError {
            StandardError.write("error: \(error)\n")
            Self.exit(withError: ExitCode(FolioExitCode.badInput))
        } catch {
            let code = exitCode(for: error)
            if code == .success { Self.exit(withError: error) }
            let message = fullMessage(for: error)
            if code == .validationFailure {
                StandardError.write(message + "\n")
                Self.exit(withError: ExitCode(FolioExitCode.usage))
            }
            if let exit = error as? ExitCode { Self.exit(withError: exit) }
            StandardError.write("internal error: \(message)\n")
            Self.exit(withError: ExitCode(FolioExitCode.internalFailure))
        }
    }
}

/// The process exit codes of every command.
public enum FolioExitCode {
    public static let badInput: Int32 = 1
    public static let usage: Int32 = 2
    public static let internalFailure: Int32 = 3
}

/// Bad input for a command, printed as `error: FILE: path: reason` with exit code 1.
struct InputFailure: Error {
    let message: String

    init(file: String, _ error: InvalidField) {
        message = "\(file): \(error)"
    }

    init(_ message: String) {
        self.message = message
    }
}

enum FolioVersion {
    static let current = "0.1.0"
}
