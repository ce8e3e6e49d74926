import ArgumentParser
import FolioDocuments

/// `folio ledger decide NUMBER accepted|refused|expired`: what became of a quote.
struct LedgerDecide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Record that a quote was accepted, refused or expired (once; never changed).",
        discussion: """
            An acceptance after the quote's validity date is refused unless --late is given; it is \
            then recorded as late.
            Examples:
              folio ledger decide D-2026-0001 accepted --on 2026-10-09
              folio ledger decide D-2026-0002 accepted --on 2026-11-20 --late
              folio ledger decide D-2026-0003 accepted --signed retour-client.pdf
            """)

    @Argument(help: "The quote's number.")
    var number: String

    @Argument(help: "accepted, refused or expired.")
    var status: String

    @Option(help: "The day of the decision, YYYY-MM-DD (default: today).")
    var on: String?

    @Flag(help: "Accept the quote although its validity date has passed (recorded as late).")
    var late = false

    @Option(help: "The PDF the client returned signed: the acceptance is recorded only if the client's signature is intact and covers the quote exactly as issued; the file is kept beside the quote.")
    var signed: String?

    @OptionGroup var location: LedgerCommand.Location

    mutating func run() throws {
        guard let decision = QuoteDecision.Status(rawValue: status) else {
            throw ValidationError("\"\(status)\" is not accepted, refused or expired")
        }
        let ledger = try location.open()
        let day = try CalendarDate.option(on, "--on") ?? .today()
        if let signed {
            guard decision == .accepted else { throw ValidationError("--signed proves an acceptance: give accepted") }
            let recorded = try ledger.accept(quote: number, signedFile: signed, on: day, late: late)
            print("Quote \(number) accepted\(recorded.late ? " late" : "") on \(recorded.date), signed by \(recorded.signer ?? "?"); kept as \(recorded.signedFile ?? "?")")
            return
        }
        let recorded = try ledger.decide(quote: number, decision, on: day, late: late)
        print("Quote \(number) \(recorded.status.rawValue)\(recorded.late ? " late" : "") on \(recorded.date)")
    }
}
