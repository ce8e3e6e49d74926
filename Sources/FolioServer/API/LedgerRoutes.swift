import FolioDocuments
import Hummingbird

/// Finance on the ledger: payments, the accountant's exports, verification.
extension FolioAPI {
    /// `POST /v1/documents/{number}/payments`: a payment received for an invoice, once, never changed.
    func pay(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let invoice = try Self.parameter(context, "number")
        let asked = try RequestBodies.payment(try await Self.jsonBody(request, limit: limits.order))
        let ledger = self.ledger
        let record = try await onWorker(context) { _, served, _ -> PaymentRecord in
            guard try ledger.document(number: invoice, company: served.ledgerKey) != nil else {
                throw Problem.notFound("no document \(invoice) of \(served.legalName) in the ledger")
            }
            let payment = try ledger.pay(invoice: invoice, company: served.ledgerKey, amount: asked.amount, on: asked.date,
                                         method: asked.method, reference: asked.reference)
            let account = try ledger.account(invoice: invoice, company: served.ledgerKey)
            return PaymentRecord(invoice: invoice, date: payment.date.description, amount: payment.amount.description,
                                 currency: payment.currency, method: payment.method, reference: payment.reference,
                                 stillDue: account.stillDue.description)
        }
        return try Responses.json(record, status: .created)
    }

    /// `GET /v1/ledger/export?format=csv|fec&from=&to=`: the company's journal for the accountant.
    func export(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let format = request.uri.queryParameters.get("format") ?? "csv"
        let from = try Self.date(request, "from"), through = try Self.date(request, "to")
        let day = try Self.date(request, "at") ?? .today()
        guard format == "csv" || format == "fec" else { throw Problem.badRequest("format: csv or fec") }
        if format == "fec", from == nil || through == nil { throw Problem.badRequest("the FEC needs the period: from and to") }
        let ledger = self.ledger
        let text = try await onWorker(context) { company, served, _ -> String in
            let orders = RecordedOrders(rates: company.rates)
            let documents = try ledger.documents(company: served.ledgerKey, kinds: [.invoice, .depositInvoice, .creditNote],
                                                 from: from, through: through)
            if format == "csv" {
                return try LedgerJournal.csv(documents, standings: LedgerStandings(ledger, on: day, company: served.ledgerKey, orders: orders),
                                         orders: orders)
            }
            return try SalesJournalFEC.journal(documents, plan: company.profile.accounting, orders: orders) { number in
                try ledger.document(number: number, company: served.ledgerKey)
            }
        }
        return Responses.bytes(Array(text.utf8), type: format == "csv" ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8")
    }

    /// `GET /v1/ledger/verification`: the chain, the series and the PDFs checked. The chain is the
    /// whole ledger's; the problems shown are this company's and the chain's, never another company's.
    func verification(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let served = try context.company()
        let ledger = self.ledger
        let report = try await workers.run { _ -> VerificationReport in
            let verification = try ledger.verify()
            let own = try ledger.documents(company: served.ledgerKey)
            let shown = verification.problems.indices.filter { [nil, served.ledgerKey].contains(verification.companies[$0]) }
                .map { verification.problems[$0] }
            return VerificationReport(sound: verification.isSound, entries: verification.entries, documents: own.count,
                                      problems: shown, otherProblems: verification.problems.count - shown.count)
        }
        return try Responses.json(report)
    }
}

/// What `GET /v1/ledger/verification` answers.
struct VerificationReport: Encodable, Sendable {
    let sound: Bool
    /// The links of the whole chain, every company's.
    let entries: Int
    /// This company's documents.
    let documents: Int
    let problems: [String]
    /// Problems that name only other companies' documents, counted and not shown.
    let otherProblems: Int
}
