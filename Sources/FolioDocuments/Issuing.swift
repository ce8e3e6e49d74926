import FolioCore
import FolioEInvoice
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
    ///   ``AlreadyRequested`` when `policy.idempotencyKey` was used before;
    ///   the ledger's errors when it cannot be written.
    public func issue(_ input: OrderInput, language: DocumentLanguage, into ledger: Ledger, series: String? = nil,
                      file: String? = nil, policy: IssuingPolicy = IssuingPolicy()) throws -> Issued {
        try issue(compute(input), input: input, language: language, into: ledger, series: series, file: file, policy: policy)
    }

    /// Issues a computed order; `quote` links the invoice to the quote it was made from.
    ///
    /// The number is reserved in a short transaction, the document rendered outside the ledger's
    /// write lock, then recorded (see ``Reservation``). `numbered` is called once the number is
    /// reserved or the order refused before that: a parallel batch lets the next order take its
    /// number then, so numbers follow the batch's order. `beforeRecording` runs once the document is
    /// rendered: a parallel batch waits there for the orders before it, so the chain follows the numbers.
    func issue(_ computed: ComputedOrder, input: OrderInput, language: DocumentLanguage, into ledger: Ledger,
               series seriesName: String?, file: String?, quote: String? = nil,
               policy: IssuingPolicy = IssuingPolicy(), numbered: () -> Void = {},
               beforeRecording: () throws -> Void = {}) throws -> Issued {
        var numberedCalled = false
        func passTurn() {
            if !numberedCalled { numberedCalled = true; numbered() }
        }
        defer { passTurn() }
        let order = computed.order
        let series: NumberingSeries
        do { series = try profile.numberingSeries(kind: order.kind.rawValue, named: seriesName) } catch {
            throw InputError(source: input.name, field: "series", error.reason)
        }
        try checkCredit(computed, named: input.name, in: ledger, external: policy.creditsExternalInvoice)
        if policy.checksXRechnung { try checkXRechnung(computed, named: input.name, language: language) }
        // A signature that cannot be made is found before a number is taken.
        let signs = try signs(order.kind, choice: policy.signing)
        if signs { try signer()?.check(validOn: order.date) }
        let documents = ledger.documentsFolder
        // The canonical input is serialized once: the reservation's repeat check and the request share it.
        let canonical = input.canonical.json
        let request = IssueRequest(input: canonical, language: language.rawValue, profile: profileJSON,
                                   profileFolder: folder.path, quote: quote ?? order.quote?.number, signs: signs)
        // What a retry with the same key must ask again: the kind, the order, the language and the series.
        let key = policy.idempotencyKey.map { key in
            IdempotencyKey(company: profile.ledgerKey, key: key,
                           fingerprint: SHA256Hex.of(Array("\(order.kind.rawValue)\n\(language.rawValue)\n\(series.name)\n\(canonical)".utf8)))
        }
        do {
            let reservation = try ledger.reserve(company: profile.ledgerKey, series: series, date: order.date,
                                                 file: { file ?? "\(documents)/\(Self.fileName(of: $0))" },
                                                 repeatOf: policy.again ? nil : (order.kind, canonical),
                                                 request: request.json, idempotencyKey: key)
            passTurn()
            do {
                let (prepared, rendered) = try prepare(computed, request: request, language: language, number: reservation.number)
                try beforeRecording()
                return Issued(record: try ledger.complete(reservation, with: prepared), document: rendered)
            } catch {
                _ = try? ledger.release(reservation)
                throw error
            }
        } catch let violation as RuleViolation {
            throw InputError(source: input.name, violation.reason)
        }
    }

    /// Renders the document of a reserved number and the record the ledger completes it with.
    func prepare(_ computed: ComputedOrder, request: IssueRequest, language: DocumentLanguage,
                 number: String) throws -> (PreparedDocument, RenderedDocument) {
        let order = computed.order
        let document = try render(computed, language: language, number: number, signature: request.signs ? .sign(at: Date()) : .none)
        let totals = computed.totals
        let record = IssuedDocument(
            company: profile.ledgerKey, kind: order.kind, date: order.date, client: order.buyer.name, currency: order.currency.code,
            netTotal: totals.taxExclusiveTotal.amount, vatTotal: totals.taxTotal.amount,
            grandTotal: totals.grandTotal.amount, amountDue: totals.amountDue.amount,
            language: language.rawValue, input: request.input, profile: request.profile,
            profileFolder: request.profileFolder, templates: document.templateVersions.joined(separator: ","),
            terms: document.termsVersion, folioVersion: FolioVersion.current, quote: request.quote,
            credited: order.creditedInvoice?.number)
        let prepared = PreparedDocument(record: record, pdf: document.pdf, xml: document.eInvoice.map(CIIWriter.xml),
                                        unsignedLength: document.unsignedLength)
        return (prepared, document)
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

    /// Writes the e-invoice in `format` to `path` (whole or not at all); false for a quote, which has none.
    ///
    /// - Throws: ``XRechnungGap`` for an XRechnung the invoice cannot make (issue it with
    ///   ``IssuingPolicy/checksXRechnung`` to have that refused before a number is taken).
    @discardableResult
    public func writeEInvoice(_ format: EInvoiceFormat, to path: String) throws -> Bool {
        guard let xml = try document.eInvoiceXML(format) else { return false }
        try AtomicFile.write(Data(xml), to: path)
        return true
    }
}
