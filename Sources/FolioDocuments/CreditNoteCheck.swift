import FolioCore
import FolioLedger

extension Company {
    /// A credit note must cite an invoice of the ledger and match it: its date, its client, and no
    /// more credited in all than the invoice's total. An invoice issued elsewhere is cited with
    /// `external` (`--external`), and is then not looked up; a number that is in none of the ledger's
    /// invoices is refused otherwise — all the more when it has the form of the company's own series.
    ///
    /// Called by ``issue(_:language:into:series:file:policy:)``; call it to check a credit note before issuing it.
    /// - Throws: ``InputError`` naming the field of the credit note that does not match.
    public func checkCredit(_ computed: ComputedOrder, named name: String, in ledger: Ledger, external: Bool = false) throws {
        guard let credited = computed.order.creditedInvoice else { return }
        let siren = profile.ledgerKey
        guard let invoice = try ledger.document(number: credited.number, company: siren) else {
            guard external else {
                let ownSeries = profile.series.filter { ["invoice", "deposit-invoice"].contains($0.kind) && $0.pattern.matches(credited.number) }
                let why = ownSeries.isEmpty
                    ? "\(credited.number) is in none of the ledger's invoices nor in the form of the company's invoice series"
                    : "\(credited.number) has the form of the series \(ownSeries.map(\.name).joined(separator: ", ")) but no such invoice is in \(ledger.path)"
                throw InputError(source: name, field: "creditedInvoice.number",
                                 "\(why); for an invoice issued elsewhere, give --external")
            }
            return
        }
        guard !external else {
            throw InputError(source: name, field: "creditedInvoice.number",
                             "\(credited.number) is an invoice of the ledger, not one issued elsewhere: leave out --external")
        }
        guard invoice.kind == .invoice || invoice.kind == .depositInvoice else {
            throw InputError(source: name, field: "creditedInvoice.number",
                             "\(credited.number) is \(invoice.kind.withArticle), not an invoice")
        }
        guard invoice.date == credited.date else {
            throw InputError(source: name, field: "creditedInvoice.date",
                             "\(credited.number) was issued on \(invoice.date), not \(credited.date)")
        }
        guard invoice.client == computed.order.buyer.name else {
            throw InputError(source: name, field: "buyer.name",
                             "\(credited.number) was issued to \(invoice.client), not \(computed.order.buyer.name)")
        }
        guard computed.order.date >= invoice.date else {
            throw InputError(source: name, field: "date",
                             "the credit note's date \(computed.order.date) is before the invoice's \(invoice.date)")
        }
        let earlier = try ledger.account(invoice: credited.number, company: siren).creditNotes
        let total = earlier.reduce(computed.totals.grandTotal.amount) { $0 + $1.grandTotal }
        if total > invoice.grandTotal {
            throw InputError(source: name, field: "lines",
                             "credit notes for \(credited.number) would total \(total) \(invoice.currency), more than the invoice's \(invoice.grandTotal)")
        }
    }
}
