import FolioCore
import FolioInput
import FolioLedger
import FolioTemplates
import Foundation

/// Issues order documents: the number from the ledger, the PDF rendered with it, both recorded.
enum DocumentIssuing {
    /// The PDF of an order document, with its number (nil for a draft).
    struct Rendered {
        let bytes: [UInt8]
        let pages: Int
        let versions: [String]
    }

    static func render(_ computed: ComputedOrder, company: CompanySetup, language: DocumentLanguage,
                       number: String?) throws -> Rendered {
        let composed = try DocumentWriting.orderDocument(computed, company: company, language: language, number: number)
        let (bytes, pages) = try DocumentWriting.render(composed, typesetter: company.typesetter)
        return Rendered(bytes: bytes, pages: pages, versions: composed.versions.map(\.identity))
    }

    /// An order read from its input, computed under the company's rules.
    static func compute(_ input: InputValue, name: String, company: CompanySetup) throws -> ComputedOrder {
        let order: Order
        do { order = try OrderReader.read(input) } catch { throw InputFailure(file: name, error) }
        return try company.compute(order, file: name)
    }

    /// Issues one order, computed and checked: takes the next number, renders, writes and records.
    static func issue(_ computed: ComputedOrder, input: InputValue, name: String, company: CompanySetup, language: DocumentLanguage,
                      ledger: Ledger, series seriesName: String?, output: String?,
                      quote: String? = nil) throws -> (IssuedDocument, pages: Int) {
        let order = computed.order
        let series: NumberingSeries
        do { series = try company.profile.numberingSeries(kind: order.kind.rawValue, named: seriesName) } catch {
            throw InputFailure("\(name): series: \(error.reason)")
        }
        if let credited = order.creditedInvoice {
            try checkCredit(of: credited, by: computed, name: name, company: company, ledger: ledger)
        }
        let folder = ledger.documentsFolder
        let terms = try company.profile.defaultTerms.map { try DocumentWriting.catalogVersion(company, $0, at: order.date).identity }
        var pages = 0
        do {
            let issued = try ledger.issue(company: company.profile.siren.digits, series: series, date: order.date,
                                          file: { output ?? "\(folder)/\(fileName(of: $0))" }) { number in
                let rendered = try render(computed, company: company, language: language, number: number)
                pages = rendered.pages
                let totals = computed.totals
                let record = IssuedDocument(
                    company: company.profile.siren.digits, kind: order.kind.rawValue, date: order.date.description,
                    client: order.buyer.name, currency: order.currency.code,
                    netTotal: totals.taxExclusiveTotal.amount.description, vatTotal: totals.taxTotal.amount.description,
                    grandTotal: totals.grandTotal.amount.description, amountDue: totals.amountDue.amount.description,
                    language: language.rawValue, input: input.json, profile: company.profileJSON,
                    profileFolder: company.folder.path, templates: rendered.versions.joined(separator: ","), terms: terms,
                    folioVersion: FolioVersion.current, quote: quote ?? order.quote?.number,
                    credited: order.creditedInvoice?.number)
                return PreparedDocument(record: record, pdf: rendered.bytes)
            }
            return (issued, pages)
        } catch let violation as RuleViolation {
            throw InputFailure("\(name): \(violation.reason)")
        }
    }

    /// A credit note for an invoice of the ledger must match it: its date, its client, and no more
    /// credited in all than the invoice's total. An invoice issued before Folio is taken as cited.
    static func checkCredit(of credited: DocumentReference, by computed: ComputedOrder, name: String, company: CompanySetup,
                            ledger: Ledger) throws {
        let siren = company.profile.siren.digits
        guard let invoice = try ledger.document(number: credited.number, company: siren) else { return }
        guard invoice.kind == "invoice" || invoice.kind == "deposit-invoice" else {
            throw InputFailure("\(name): creditedInvoice.number: \(credited.number) is a \(invoice.kind), not an invoice")
        }
        guard invoice.date == credited.date.description else {
            throw InputFailure("\(name): creditedInvoice.date: \(credited.number) was issued on \(invoice.date), not \(credited.date)")
        }
        guard invoice.client == computed.order.buyer.name else {
            throw InputFailure("\(name): buyer.name: \(credited.number) was issued to \(invoice.client), not \(computed.order.buyer.name)")
        }
        let earlier = try ledger.documents(company: siren, kinds: ["credit-note"]).filter { $0.credited == credited.number }
        var total = computed.totals.grandTotal.amount
        for note in earlier { total = total + (ExactDecimal(note.grandTotal) ?? .zero) }
        if let invoiced = ExactDecimal(invoice.grandTotal), total > invoiced {
            throw InputFailure("\(name): lines: credit notes for \(credited.number) would total \(total) \(invoice.currency), more than the invoice's \(invoice.grandTotal)")
        }
    }

    /// A number as a file name: `/` is not allowed in one.
    static func fileName(of number: String) -> String {
        number.replacingOccurrences(of: "/", with: "_") + ".pdf"
    }

    static func check(_ kind: Order.Kind, allowed kinds: [Order.Kind], command: String, name: String) throws {
        guard kinds.contains(kind) else {
            let other = kind == .quote ? "folio quote" : kind == .creditNote ? "folio credit-note" : "folio invoice"
            throw InputFailure("\(name): kind: this order is a \(kind.title.lowercased()); \(command) writes \(kinds.map { $0.title.lowercased() }.joined(separator: " or ")) (use \(other))")
        }
    }
}
