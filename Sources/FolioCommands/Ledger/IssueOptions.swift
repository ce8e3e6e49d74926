import ArgumentParser
import FolioDocuments

/// Where issued documents are numbered and recorded, or `--draft` for neither.
struct IssueOptions: ParsableArguments {
    @Option(help: "The ledger that numbers and records issued documents: a SQLite file or a postgres:// address (default: $FOLIO_LEDGER, else out/folio-ledger.sqlite).")
    var ledger: String?

    @Option(help: "The numbering series, when the company has more than one for the kind (default: the kind's own).")
    var series: String?

    @Flag(help: "Write a draft: no number, nothing recorded in the ledger.")
    var draft = false

    @Option(help: "A batch: how many orders are rendered at once, each worker with its own fonts; numbers still follow the batch's order (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Issue an order again although the same order was already issued (refused by default, so a batch can be re-run).")
    var again = false

    @Flag(help: "Credit notes: the invoice credited was issued elsewhere, not by Folio (it is then not looked up in the ledger).")
    var external = false

    @Flag(inversion: .prefixedNo, help: "Sign the issued document with the profile's certificate (PAdES), or not (default: the profile's signing.documents, quotes).")
    var sign: Bool?

    var policy: IssuingPolicy {
        IssuingPolicy(again: again, creditsExternalInvoice: external, signing: sign.map { $0 ? .sign : .doNotSign } ?? .automatic)
    }

    func open() throws -> Ledger { try Ledger.named(ledger) }
}
