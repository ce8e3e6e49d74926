import FolioCore
import FolioLedger
import Foundation

/// A document the ledger numbered and recorded, and its rendering.
public struct Issued: Sendable {
    /// What the ledger keeps: number, totals, input, versions, file and SHA-256 of the finished PDF.
    public let record: IssuedDocument
    public let document: RenderedDocument
}

extension Company {
    /// Issues an order's document: takes the next number of its series in `ledger`, renders and
    /// finishes the PDF with it, writes it (to `file`, else `documents/NUMBER.pdf` beside the ledger)
    /// and records both in one transaction.
    ///
    /// If anything fails, no number is consumed and no file is left. A credit note citing an
    /// invoice of the ledger must match it (see ``checkCredit(_:named:in:)``).
    ///
    /// ```swift
    /// let ledger = try Ledger(path: "out/folio-ledger.sqlite")
    /// let issued = try company.issue(OrderInput(file: "examples/orders/01-domestic-several-rates.yaml"),
    ///                                language: .french, into: ledger)
    /// issued.record.number     // "F-2026-0001"
    /// ```
    ///
    /// - Parameters:
    ///   - series: the series' name when the profile has several for the kind.
    ///   - policy: whether to issue an order again, or credit an invoice issued elsewhere.
    /// - Throws: ``InputError`` for a refused order (its rules, its series, dates out of order);
    ///   ``AlreadyIssued`` when the same order was issued before (unless `policy.again`);
    ///   the ledger's errors when it cannot be written.
    public func issue(_ input: OrderInput, language: DocumentLanguage, into ledger: Ledger, series: String? = nil,
                      file: String? = nil, policy: IssuingPolicy = IssuingPolicy()) throws -> Issued {
        try issue(compute(input), input: input, language: language, into: ledger, series: series, file: file, policy: policy)
    }

    /// Issues a computed order; `quote` links the invoice to the quote it was made from.
    func issue(_ computed: ComputedOrder, input: OrderInput, language: DocumentLanguage, into ledger: Ledger,
               series seriesName: String?, file: String?, quote: String? = nil,
               policy: IssuingPolicy = IssuingPolicy()) throws -> Issued {
        let order = computed.order
        let series: NumberingSeries
        do { series = try profile.numberingSeries(kind: order.kind.rawValue, named: seriesName) } catch {
            throw InputError(source: input.name, field: "series", error.reason)
        }
        try checkCredit(computed, named: input.name, in: ledger, external: policy.creditsExternalInvoice)
        // A signature that cannot be made is found before a number is taken.
        let signs = try signs(order.kind, choice: policy.signing)
        if signs { try signer()?.check(validOn: order.date) }
        let documents = ledger.documentsFolder
        let siren = profile.siren.digits
        var rendered: RenderedDocument?
        do {
            let record = try ledger.issue(company: siren, series: series, date: order.date,
                                          file: { file ?? "\(documents)/\(Self.fileName(of: $0))" },
                                          refusingRepeatOf: policy.again ? nil : (order.kind, input.canonical.json)) { number in
                let document = try render(computed, language: language, number: number, signature: signs ? .sign(at: Date()) : .none)
                rendered = document
                let totals = computed.totals
                let record = IssuedDocument(
                    company: siren, kind: order.kind, date: order.date, client: order.buyer.name, currency: order.currency.code,
                    netTotal: totals.taxExclusiveTotal.amount, vatTotal: totals.taxTotal.amount,
                    grandTotal: totals.grandTotal.amount, amountDue: totals.amountDue.amount,
                    language: language.rawValue, input: input.canonical.json, profile: profileJSON,
                    profileFolder: folder.path, templates: document.templateVersions.joined(separator: ","),
                    terms: document.termsVersion, folioVersion: FolioVersion.current, quote: quote ?? order.quote?.number,
                    credited: order.creditedInvoice?.number)
                return PreparedDocument(record: record, pdf: document.pdf, xml: document.eInvoiceXML(.cii),
                                        unsignedLength: document.unsignedLength)
            }
            guard let rendered else { throw LedgerUnavailable("\(ledger.path): issued \(record.number) without rendering it") }
            return Issued(record: record, document: rendered)
        } catch let violation as RuleViolation {
            throw InputError(source: input.name, violation.reason)
        }
    }

    /// A number as a file name: `/` is not allowed in one.
    static func fileName(of number: String) -> String {
        number.replacingOccurrences(of: "/", with: "_") + ".pdf"
    }
}

extension Issued {
    /// Where the standalone e-invoice XML goes by default: beside the PDF, `NUMBER.xml`.
    public var eInvoiceFile: String {
        record.file.hasSuffix(".pdf") ? String(record.file.dropLast(4)) + ".xml" : record.file + ".xml"
    }

    /// Writes the e-invoice in `syntax` to `path` (whole or not at all); false for a quote, which has none.
    @discardableResult
    public func writeEInvoice(_ syntax: EInvoiceSyntax, to path: String) throws -> Bool {
        guard let xml = document.eInvoiceXML(syntax) else { return false }
        try AtomicFile.write(Data(xml), to: path)
        return true
    }
}
