import FolioCore
import FolioInput
import FolioLayout
import FolioLedger
import FolioPDF
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
        let laidOut = try company.typesetter.typeset(composed.document)
        return Rendered(bytes: try PDFRenderer().render(laidOut), pages: laidOut.pages.count,
                        versions: composed.versions.map(\.identity))
    }

    /// An order read from its input, computed under the company's rules.
    static func compute(_ input: InputValue, name: String, company: CompanySetup) throws -> ComputedOrder {
        let order: Order
        do { order = try OrderReader.read(input.json) } catch { throw InputFailure(file: name, error) }
        return try company.compute(order, file: name)
    }

    /// Issues one order: checks its kind, takes the next number, renders, writes and records.
    static func issue(_ input: InputValue, name: String, company: CompanySetup, language: DocumentLanguage, ledger: Ledger,
                      series seriesName: String?, output: String?, kinds: [Order.Kind], command: String,
                      quote: String? = nil) throws -> (IssuedDocument, pages: Int) {
        let computed = try compute(input, name: name, company: company)
        try check(computed.order.kind, allowed: kinds, command: command, name: name)
        let order = computed.order
        let series: NumberingSeries
        do { series = try company.profile.numberingSeries(kind: order.kind.rawValue, named: seriesName) } catch {
            throw InputFailure("\(name): series: \(error.reason)")
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
