import ArgumentParser
import FolioCore
import FolioInput
import FolioLedger
import Foundation

/// `folio invoice --from-quote NUMBER [--deposit]`: the deposit or balance invoice of an accepted
/// quote, made from the quote's own input as the ledger kept it, and linked to it.
///
/// The balance invoice deducts every deposit invoice already issued from the quote.
enum QuoteConversion {
    static func run(quote number: String, deposit: Bool, date: String?, deliveryDate: String?, options: DocumentOptions,
                    issue: IssueOptions) throws {
        let language = try options.language()
        let company = try CompanySetup.load(options.company)
        let ledger = try issue.open()
        let siren = company.profile.siren.digits
        guard let quote = try ledger.document(number: number, company: siren), quote.kind == "quote" else {
            throw InputFailure("--from-quote: no quote \(number) of \(company.profile.legalName) in \(ledger.path)")
        }
        let decision = try ledger.decisions(company: siren).first { $0.number == number }
        guard let decision, decision.status == .accepted else {
            throw InputFailure("--from-quote: quote \(number) is \(decision.map { "\($0.status.rawValue) (\($0.date))" } ?? "not accepted yet"); record the client's acceptance first: folio ledger decide \(number) accepted --on DATE")
        }
        let day = try LedgerCommand.Period.date(date, "--date") ?? TermsCommand.Show.today()
        guard day.description >= decision.date else {
            throw InputFailure("--date: \(day) is before the quote was accepted (\(decision.date))")
        }
        var input = try InputValue.read(quote.input)
        input["kind"] = .text(deposit ? "deposit-invoice" : "invoice")
        input["date"] = .text(day.description)
        input["validity"] = nil
        input["deliveryDate"] = deliveryDate.map(InputValue.text)
        input["quote"] = .map(["number": .text(number), "date": .text(quote.date)])
        let made = try ledger.documents(fromQuote: number, company: siren)
        if deposit {
            guard input["deposit"] != nil else { throw InputFailure("--deposit: quote \(number) asks for no deposit") }
            if let earlier = made.first(where: { $0.kind == "deposit-invoice" }) {
                throw InputFailure("--deposit: quote \(number) already has its deposit invoice \(earlier.number)")
            }
        } else {
            if let earlier = made.first(where: { $0.kind == "invoice" }) {
                throw InputFailure("--from-quote: quote \(number) was already invoiced by \(earlier.number); correct it with a credit note")
            }
            input["deposit"] = nil
            let deposits = made.filter { $0.kind == "deposit-invoice" }
            if !deposits.isEmpty {
                input["deposits"] = .list(deposits.map { invoice in
                    .map(["number": .text(invoice.number), "date": .text(invoice.date), "amount": .text(invoice.grandTotal)])
                })
            }
        }
        let name = "quote \(number)"
        let computed = try DocumentIssuing.compute(input, name: name, company: company)
        let (issued, pages) = try DocumentIssuing.issue(computed, input: input, name: name, company: company, language: language,
                                                        ledger: ledger, series: issue.series, output: options.output, quote: number)
        print("Issued \(issued.number) from quote \(number): \(issued.file) (\(pages) page\(pages == 1 ? "" : "s"); \(issued.templates))")
    }
}
