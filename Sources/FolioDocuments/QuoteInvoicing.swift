import FolioCore
import FolioInput
import FolioLedger

/// Why an invoice cannot be made from a quote of the ledger.
public enum QuoteInvoicingError: Error, Sendable, Hashable, CustomStringConvertible {
    case noSuchQuote(number: String, company: String, ledger: String)
    /// Not accepted yet, or refused or expired.
    case notAccepted(number: String, decision: QuoteDecision?)
    case beforeAcceptance(date: CalendarDate, accepted: CalendarDate)
    case noDepositAsked(quote: String)
    case depositAlreadyInvoiced(quote: String, by: String)
    case alreadyInvoiced(quote: String, by: String)

    /// What was asked that is at fault: the `quote`, the invoice's `date`, or the `deposit`.
    public var field: String {
        switch self {
        case .noSuchQuote, .notAccepted, .alreadyInvoiced: "quote"
        case .beforeAcceptance: "date"
        case .noDepositAsked, .depositAlreadyInvoiced: "deposit"
        }
    }

    public var description: String {
        switch self {
        case let .noSuchQuote(number, company, ledger): "no quote \(number) of \(company) in \(ledger)"
        case let .notAccepted(number, decision):
            "quote \(number) is \(decision.map { "\($0.status.rawValue) (\($0.date))" } ?? "not accepted yet"); record the client's acceptance first: folio ledger decide \(number) accepted --on DATE"
        case let .beforeAcceptance(date, accepted): "\(date) is before the quote was accepted (\(accepted))"
        case let .noDepositAsked(quote): "quote \(quote) asks for no deposit"
        case let .depositAlreadyInvoiced(quote, by): "quote \(quote) already has its deposit invoice \(by)"
        case let .alreadyInvoiced(quote, by): "quote \(quote) was already invoiced by \(by); correct it with a credit note"
        }
    }
}

extension Company {
    /// Issues the deposit invoice (`deposit: true`) or the balance invoice of an accepted quote of the
    /// ledger, made from the quote's own input as the ledger kept it, and linked to it. The balance
    /// invoice deducts every deposit invoice already issued from the quote.
    ///
    /// ```swift
    /// try ledger.decide(quote: "D-2026-0001", company: company.profile.ledgerKey, .accepted, on: day)
    /// let deposit = try company.invoice(fromQuote: "D-2026-0001", deposit: true, on: day, language: .french, into: ledger)
    /// let balance = try company.invoice(fromQuote: "D-2026-0001", on: later, language: .french, into: ledger)
    /// ```
    ///
    /// - Parameter deliveryDate: the date of delivery or completion (default: the invoice's date).
    /// - Throws: ``QuoteInvoicingError`` when the quote cannot be invoiced so; ``InputError`` when the invoice is refused.
    public func invoice(fromQuote number: String, deposit: Bool = false, on date: CalendarDate, deliveryDate: CalendarDate? = nil,
                        language: DocumentLanguage, into ledger: Ledger, series: String? = nil, file: String? = nil,
                        policy: IssuingPolicy = IssuingPolicy()) throws -> Issued {
        let siren = profile.ledgerKey
        guard let quote = try ledger.document(number: number, company: siren), quote.kind == .quote else {
            throw QuoteInvoicingError.noSuchQuote(number: number, company: profile.legalName, ledger: ledger.path)
        }
        let decision = try ledger.decisions(company: siren).first { $0.number == number }
        guard let decision, decision.status == .accepted else {
            throw QuoteInvoicingError.notAccepted(number: number, decision: decision)
        }
        guard date >= decision.date else { throw QuoteInvoicingError.beforeAcceptance(date: date, accepted: decision.date) }
        var canonical: InputValue
        do { canonical = try InputValue.read(quote.input) } catch { throw InputError(source: "quote \(number)", error) }
        canonical["kind"] = .text(deposit ? Order.Kind.depositInvoice.rawValue : Order.Kind.invoice.rawValue)
        canonical["date"] = .text(date.description)
        canonical["validity"] = nil
        // Without a delivery date, the balance invoice says the supply is of the invoice's date (as --delivery-date's help says).
        canonical["deliveryDate"] = deliveryDate.map { .text($0.description) } ?? (deposit ? nil : .text("same-as-invoice"))
        canonical["quote"] = .map(["number": .text(number), "date": .text(quote.date.description)])
        let made = try ledger.documents(fromQuote: number, company: siren)
        if deposit {
            guard canonical["deposit"] != nil else { throw QuoteInvoicingError.noDepositAsked(quote: number) }
            if let earlier = made.first(where: { $0.kind == .depositInvoice }) {
                throw QuoteInvoicingError.depositAlreadyInvoiced(quote: number, by: earlier.number)
            }
        } else {
            if let earlier = made.first(where: { $0.kind == .invoice }) {
                throw QuoteInvoicingError.alreadyInvoiced(quote: number, by: earlier.number)
            }
            canonical["deposit"] = nil
            let deposits = made.filter { $0.kind == .depositInvoice }
            if !deposits.isEmpty {
                canonical["deposits"] = .list(deposits.map { invoice in
                    .map(["number": .text(invoice.number), "date": .text(invoice.date.description),
                          "amount": .text(invoice.amountDue.description)])
                })
            }
        }
        let input = try OrderInput(canonical: canonical, name: "quote \(number)")
        return try issue(compute(input), input: input, language: language, into: ledger, series: series, file: file, quote: number,
                         policy: IssuingPolicy(signing: policy.signing, checksXRechnung: policy.checksXRechnung))
    }
}
