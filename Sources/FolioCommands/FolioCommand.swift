import ArgumentParser
import FolioCore
import FolioDocuments
import FolioInput

/// `folio`: quotes, invoices and legal notices from order data.
public struct FolioCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Quotes, invoices and legal notices from order data, correct to the cent and to the day.",
        discussion: """
            Exit codes: 0 success, 1 bad input (the message names the field and the reason; in a batch, \
            some orders were refused and the others issued), 2 usage error, 3 internal failure (the ledger \
            cannot be opened or written), 4 the ledger failed verification.
            """,
        version: FolioVersion.current,
        subcommands: [TotalsCommand.self, QuoteCommand.self, InvoiceCommand.self, CreditNoteCommand.self, NoticeCommand.self,
                      TermsCommand.self, ReadCommand.self, VerifyCommand.self, RatesCommand.self, LedgerCommand.self, PrintCommand.self, DemoCommand.self,
                      ContractCommand.self, VersionCommand.self, ServeCommand.self])

    public init() {}

    /// Parses the arguments, runs the command and exits with Folio's exit codes.
    public static func runAndExit(_ arguments: [String]? = nil) async -> Never {
        do {
            // A FOLIO_LIMITS Folio cannot read would otherwise be ignored for the defaults.
            do { _ = try InputLimitSettings.fromEnvironment() } catch { throw InputError(source: nil, error) }
            var command = try parseAsRoot(arguments)
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            Self.exit()
        } catch let error as any BadInput {
            StandardError.write("error: \(error)\n")
            Self.exit(withError: ExitCode(FolioExitCode.badInput))
        } catch let failure as LedgerUnavailable {
            StandardError.write("error: ledger: \(failure)\n")
            Self.exit(withError: ExitCode(FolioExitCode.internalFailure))
        } catch let failure as LedgerFailure {
            // The database failed (a connection lost, a disk full), not the input.
            StandardError.write("error: ledger: \(failure)\n")
            Self.exit(withError: ExitCode(FolioExitCode.internalFailure))
        } catch let failure as LedgerUnsound {
            StandardError.write("error: \(failure)\n")
            Self.exit(withError: ExitCode(FolioExitCode.ledgerUnsound))
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
    /// `folio ledger verify` found a broken chain, a gap or a PDF that differs.
    public static let ledgerUnsound: Int32 = 4
    /// `folio read` read the e-invoice, and its amounts are not what they should be.
    public static let inconsistentEInvoice: Int32 = 4
}

/// Errors that are the input's fault, printed as `error: MESSAGE` with exit code 1.
protocol BadInput: Error, CustomStringConvertible {}

extension InputError: BadInput {}
extension KindMismatch: BadInput {}
extension RuleViolation: BadInput {}
extension CommandFailure: BadInput {}
extension BatchFailure: BadInput {}
extension AlreadyIssued: BadInput {}
extension ResourcesNotFound: BadInput {}
