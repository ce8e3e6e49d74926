import FolioCore
import FolioLedger

extension Company {
    /// A credit note for an invoice of the ledger must match it: its date, its client, and no more
    /// credited in all than the invoice's total. An invoice issued before Folio is taken as cited.
    ///
    /// Called by ``issue(_:language:into:series:file:)``; call it to check a credit note before issuing it.
    /// - Throws: ``InputError`` naming the field of the credit note that does not match.
    public func checkCredit(_ computed: ComputedOrder, named name: String, in ledger: Ledger) throws {
        guard let credited = computed.order.creditedInvoice else { return }
        let siren = profile.siren.digits
        guard let invoice = try ledger.document(number: credited.number, company: siren) else { return }
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
        let earlier = try ledger.documents(company: siren, kinds: [.creditNote]).filter { $0.credited == credited.number }
        let total = earlier.reduce(computed.totals.grandTotal.amount) { $0 + $1.grandTotal }
        if total > invoice.grandTotal {
            throw InputError(source: name, field: "lines",
                             "credit notes for \(credited.number) would total \(total) \(invoice.currency), more than the invoice's \(invoice.grandTotal)")
        }
    }
}
