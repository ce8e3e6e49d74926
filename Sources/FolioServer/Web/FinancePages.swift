import FolioDocuments
import Foundation
import Hummingbird

/// The finance pages: the ledger by period with each invoice's status, search and filters; the
/// accountant's exports and the period's print; the receivables' ageing; recording a payment,
/// sending a reminder or formal notice after seeing it, issuing a credit note.
extension WebPages {
    // MARK: - The ledger

    struct LedgerRow {
        let number: String
        let numberPath: String
        let kind: String
        let date: String
        let client: String
        let total: String
        let due: String
        let status: String
        let statusClass: String
    }

    struct LedgerView {
        let from: String
        let to: String
        let query: String
        let statuses: [OptionView]
        let kinds: [OptionView]
        let rows: [LedgerRow]
        let count: Int
        let empty: Bool
        let links: PageLinks
        let exportQuery: String
    }

    /// Rows per page of the ledger: a screen or two, and a page that stays fast at any ledger size.
    static let ledgerPageSize = 50

    /// `GET /ledger?from=&to=&status=&kind=&q=&page=`: the period's documents, newest first.
    func ledgerPage(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let visitor = try visitor(request, context, .finance)
        let language = language(request)
        let query = WebForm(query: request)
        let today = CalendarDate.today()
        let from = try FolioAPI.date(request, "from") ?? CalendarDate(year: today.year, month: 1, day: 1) ?? today
        let to = try FolioAPI.date(request, "to") ?? today
        let status = query.optional("status").flatMap { token in InvoiceStatus.allCases.first { $0.token == token } }
        let kind = query.optional("kind").flatMap { Order.Kind(rawValue: $0) }
        let search = query["q"]
        // Bounded so that no page number overflows the offset.
        let pageNumber = min(max(1, Int(query["page"]) ?? 1), 1_000_000)
        let ledger = self.ledger, text = views.text
        let (rows, count) = try await api.workers.run { worker -> ([LedgerRow], Int) in
            let company = try worker.company(visitor.user.company)
            let key = company.profile.ledgerKey
            let orders = worker.recordedOrders(company)
            let offset = (pageNumber - 1) * Self.ledgerPageSize
            let shown: [IssuedDocument], total: Int, standings: LedgerStandings
            if let status {
                // A status is the standing of each invoice of the period: every one is computed (kept by the worker after).
                let kinds = [Order.Kind.invoice, .depositInvoice].filter { kind == nil || $0 == kind }
                let candidates = try ledger.documentPage(company: key, kinds: kinds, from: from, through: to, search: search,
                                                         offset: 0, limit: Int(Int32.max)).documents
                standings = try LedgerStandings(ledger, on: today, company: key, numbers: Set(candidates.map(\.number)), orders: orders)
                let matching = candidates.filter { standings.invoice($0)?.status == status }
                shown = Array(matching.dropFirst(offset).prefix(Self.ledgerPageSize))
                total = matching.count
            } else {
                // A page reads its own rows only, whatever the ledger's size.
                let page = try ledger.documentPage(company: key, kinds: kind.map { [$0] }, from: from, through: to, search: search,
                                                   offset: offset, limit: Self.ledgerPageSize)
                shown = page.documents
                total = page.total
                standings = try LedgerStandings(ledger, on: today, documents: shown, orders: orders)
            }
            let format = LocalizedFormat(language.document)
            return (shown.map { document in
                let money = { (value: ExactDecimal) in Self.amount(value, document.currency, format) }
                var label = "", style = "", due = ""
                if let standing = standings.invoice(document) {
                    (label, style) = (text(standing.status.wordKey, language), standing.status.token)
                    due = money(standing.due)
                } else if let quote = standings.quote(document) {
                    (label, style) = Self.quoteState(quote, text: text, language: language, format: format)
                } else if let credited = document.credited {
                    label = "\(text("credits", language)) \(credited)"
                    style = "credited"
                }
                return LedgerRow(number: document.number, numberPath: Self.pathComponent(document.number),
                                 kind: text("kind_" + document.kind.rawValue, language), date: format.date(document.date), client: document.client,
                                 total: money(document.grandTotal), due: due, status: label, statusClass: style)
            }, total)
        }
        let base = "from=\(from)&to=\(to)" + (status.map { "&status=\($0.token)" } ?? "")
            + (kind.map { "&kind=\($0.rawValue)" } ?? "") + (search.isEmpty ? "" : "&q=" + (search.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
        let t = { (key: String) in self.views.text(key, language) }
        let view = LedgerView(
            from: from.description, to: to.description, query: search,
            statuses: [OptionView(value: "", label: t("filter_any_status"), selected: status == nil)] + InvoiceStatus.allCases.map {
                OptionView(value: $0.token, label: t($0.wordKey),
                           selected: $0 == status)
            },
            kinds: [OptionView(value: "", label: t("filter_any_kind"), selected: kind == nil)] + Order.Kind.allCases.map {
                OptionView(value: $0.rawValue, label: t("kind_" + $0.rawValue), selected: $0 == kind)
            },
            rows: rows, count: count, empty: rows.isEmpty,
            links: PageLinks(page: pageNumber, total: count, size: Self.ledgerPageSize, label: t("page_of")) { "/ledger?\(base)&page=\($0)" },
            exportQuery: "from=\(from)&to=\(to)")
        return try page("ledger", request, context, title: word("ledger_title", request), view)
    }

    /// `GET /ledger/export?format=csv|fec&from=&to=`: the journal for the accountant, as the API gives it.
    func ledgerExport(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        _ = try visitor(request, context, .finance)
        var response = try await api.export(request, context)
        let format = request.uri.queryParameters.get("format") ?? "csv"
        response.headers[.contentDisposition] = "attachment; filename=\"ledger-\(request.uri.queryParameters.get("from") ?? "")-\(request.uri.queryParameters.get("to") ?? "").\(format == "fec" ? "txt" : "csv")\""
        return response
    }

    /// The most documents one print joins (a month of a busy shop; the PDF is built in memory).
    static let printLimit = 2_000

    /// `GET /ledger/print?from=&to=`: the period's issued PDFs joined into one, to print.
    func ledgerPrint(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let visitor = try visitor(request, context, .finance)
        guard let from = try FolioAPI.date(request, "from"), let to = try FolioAPI.date(request, "to") else {
            throw Problem.badRequest("from and to: the period, YYYY-MM-DD")
        }
        let ledger = self.ledger
        let bytes = try await api.workers.run { _ -> [UInt8] in
            let key = visitor.user.company.ledgerKey
            let count = try ledger.documentPage(company: key, from: from, through: to, offset: 0, limit: 0).total
            guard count <= Self.printLimit else {
                throw InputError(source: "period", "\(count) documents from \(from) to \(to): at most \(Self.printLimit) are printed at once, choose a shorter period")
            }
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("folio-print-\(UUID().uuidString).pdf").path
            defer { try? FileManager.default.removeItem(atPath: file) }
            _ = try PeriodPrinting.print(ledger, company: visitor.user.company.ledgerKey, kinds: [], from: from, through: to, to: file)
            return Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        }
        return Responses.pdf(bytes, fileName: "ledger-\(from)-\(to).pdf")
    }

    // MARK: - Receivables

    struct AgeingRow {
        let client: String
        let currency: String
        let buckets: [String]
        let due: String
        let penalties: String
        /// Some invoice's penalties could not be computed (a rate not yet known): `penalties` is a floor.
        let penaltiesIncomplete: Bool
        let invoices: [LinkView]
    }

    struct AgeingView {
        let date: String
        let headings: [String]
        let rows: [AgeingRow]
        let empty: Bool
    }

    /// `GET /receivables?at=`: what each client still owes, by how late.
    func receivables(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let visitor = try visitor(request, context, .finance)
        let language = language(request)
        let day = try FolioAPI.date(request, "at") ?? .today()
        let ledger = self.ledger, text = views.text
        let rows = try await api.workers.run { worker -> [AgeingRow] in
            let company = try worker.company(visitor.user.company)
            let ageing = AgedReceivables(try LedgerStandings(ledger, on: day, company: company.profile.ledgerKey,
                                                             orders: worker.recordedOrders(company)))
            let format = LocalizedFormat(language.document)
            return ageing.clients.map { client in
                let money = { (value: ExactDecimal) in Self.amount(value, client.currency, format) }
                return AgeingRow(client: client.name, currency: client.currency,
                                 buckets: AgedReceivables.Bucket.allCases.map { client.buckets[$0].map(money) ?? "" },
                                 due: money(client.due), penalties: money(client.penalties + client.indemnities),
                                 penaltiesIncomplete: !client.penaltiesComplete,
                                 invoices: client.invoices.map {
                                     LinkView(href: "/documents/\(Self.pathComponent($0.number))", label: $0.number,
                                              detail: "\(money($0.due)), \(text("days_late", language).replacingOccurrences(of: "{days}", with: String($0.daysLate)))")
                                 })
            }
        }
        let headings = AgedReceivables.Bucket.allCases.map { text("bucket_" + $0.rawValue.replacingOccurrences(of: " ", with: "_"), language) }
        let view = AgeingView(date: LocalizedFormat(language.document).date(day), headings: headings, rows: rows, empty: rows.isEmpty)
        return try page("receivables", request, context, title: word("receivables_title", request), view)
    }

    // MARK: - Payments, notices, credit notes

    /// `POST /documents/{number}/payment`: a payment received, recorded once.
    func recordPayment(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let visitor = try visitor(request, context, .finance)
        let form = try await form(request, visitor)
        let number = try parameter(context, "number")
        let ledger = self.ledger
        let location = "/documents/\(Self.pathComponent(number))?paid=1"
        // The same form posted twice (a double click) records one payment.
        if !form["request"].isEmpty, !replays.first(form["request"]) { return PageRedirect(to: location).response }
        return try await documentAction(request, context, number: number, field: "payment") {
            let text = form["amount"].replacingOccurrences(of: ",", with: ".").filter { !$0.isWhitespace }
            guard let amount = ExactDecimal(text) else { throw InputError(source: "form", field: "amount", "\"\(form["amount"])\" is not an amount (1200.00)") }
            guard let date = CalendarDate(form["date"]) else { throw InputError(source: "form", field: "date", "not a date YYYY-MM-DD") }
            _ = try await api.workers.run { _ in
                try ledger.pay(invoice: number, company: visitor.user.company.ledgerKey, amount: amount, on: date,
                               method: form.optional("method"), reference: form.optional("reference"))
            }
            return location
        }
    }

    struct NoticeView {
        let number: String
        let numberPath: String
        let kind: String
        let kindLabel: String
        let date: String
        /// YYYY-MM-DD, for the date field.
        let day: String
        let previews: [PreviewPage]
        let error: String?
    }

    /// `GET /documents/{number}/notice?kind=reminder|formal-notice&date=`: the letter as it would be sent
    /// (today unless another day is given, as `folio notice --at`), to look at first.
    func noticePreview(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let visitor = try visitor(request, context, .finance)
        let number = try parameter(context, "number")
        let kind = NoticeKind(rawValue: request.uri.queryParameters.get("kind") ?? "reminder") ?? .reminder
        let language = language(request)
        let day = try FolioAPI.date(request, "date") ?? .today()
        let ledger = self.ledger, text = views.text
        let (previews, error) = try await api.workers.run { worker -> ([PreviewPage], String?) in
            let company = try worker.company(visitor.user.company)
            guard try ledger.document(number: number, company: company.profile.ledgerKey) != nil else {
                throw Problem.notFound("no document \(number) of \(company.profile.legalName) in the ledger")
            }
            do {
                let (letter, pages) = try company.engine.capturingPages(limit: 20) {
                    try company.previewNotice(kind, invoice: number, in: ledger, on: day, language: company.profile.law.legalLanguage)
                }
                return (PreviewPage.pages(pages, of: letter.pageCount, language: language, text: text), nil)
            } catch let error as InputError {
                return ([], error.reason)
            }
        }
        let view = NoticeView(number: number, numberPath: Self.pathComponent(number), kind: kind.rawValue,
                              kindLabel: views.text("notice_" + (kind == .reminder ? "reminder" : "formalNotice"), language),
                              date: LocalizedFormat(language.document).date(day), day: day.description, previews: previews, error: error)
        return try page("notice", request, context, title: "\(view.kindLabel) — \(number)", view, status: error == nil ? .ok : .unprocessableContent)
    }

    /// `POST /documents/{number}/notice`: sends (records) the letter previewed, dated as previewed.
    func sendNotice(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let visitor = try visitor(request, context, .finance)
        let form = try await form(request, visitor)
        let number = try parameter(context, "number")
        let kind = NoticeKind(rawValue: form["kind"]) ?? .reminder
        let ledger = self.ledger
        return try await documentAction(request, context, number: number, field: "notice") {
            guard let day = CalendarDate(form["date"]) else { throw InputError(source: "form", field: "date", "not a date YYYY-MM-DD") }
            _ = try await api.workers.run { worker in
                let company = try worker.company(visitor.user.company)
                return try company.notice(kind, invoice: number, in: ledger, on: day, language: company.profile.law.legalLanguage).record
            }
            return "/documents/\(Self.pathComponent(number))?notice=1"
        }
    }

    struct CreditLineView {
        let index: Int
        let description: String
        let invoiced: String
        let quantity: FieldView
    }

    struct CreditNoteView {
        let number: String
        let numberPath: String
        let lines: [CreditLineView]
        let request: String
        let errors: [String]
    }

    /// `GET /documents/{number}/credit-note`: the invoice's lines, each with the quantity to credit.
    func creditNoteForm(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        try await creditNotePage(request, context, number: try parameter(context, "number"), quantities: nil, errors: FormErrors(), requestKey: UUID().uuidString)
    }

    func creditNotePage(_ request: Request, _ context: FolioRequestContext, number: String, quantities: [String]?, errors: FormErrors,
                        requestKey: String) async throws -> Response {
        let visitor = try visitor(request, context, .finance)
        let language = language(request)
        let ledger = self.ledger
        let order = try await api.workers.run { _ in try Self.invoiceOrder(number, ledger: ledger, company: visitor.user.company.ledgerKey) }
        let format = LocalizedFormat(language.document)
        let view = CreditNoteView(number: number, numberPath: Self.pathComponent(number), lines: order.lines.enumerated().map { index, line in
            CreditLineView(index: index, description: line.description, invoiced: format.number(line.quantity),
                           quantity: FieldView("lines[\(index)].quantity", quantities?[safe: index] ?? line.quantity.description, errors: errors.byField))
        }, request: requestKey, errors: errors.general)
        return try page("credit-note", request, context, title: "\(word("credit_note_title", request)) — \(number)", view,
                        status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// `POST /documents/{number}/credit-note`: a credit note of the quantities given (0 leaves a line out), dated today.
    func issueCreditNote(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let visitor = try visitor(request, context, .finance)
        let form = try await form(request, visitor)
        let number = try parameter(context, "number")
        let ledger = self.ledger
        let requestKey = form["request"].isEmpty ? UUID().uuidString : form["request"]
        let quantities = (0..<QuoteForm.maximumLines).prefix { form.names.contains("lines[\($0)].quantity") }.map { form["lines[\($0)].quantity"] }
        do {
            let issued = try await api.workers.run { worker -> String in
                let company = try worker.company(visitor.user.company)
                let invoice = try Self.invoiceOrder(number, ledger: ledger, company: company.profile.ledgerKey)
                var note = invoice
                note.kind = .creditNote
                note.date = .today()
                note.creditedInvoice = DocumentReference(number: number, date: invoice.date)
                note.validity = nil
                note.depositPercent = nil
                note.quote = nil
                note.deposits = []
                note.paidAmount = .zero
                note.statedRoundingAmount = nil
                var lines: [OrderLine] = []
                for (index, line) in invoice.lines.enumerated() {
                    let text = quantities[safe: index] ?? line.quantity.description
                    guard let quantity = ExactDecimal(text.replacingOccurrences(of: ",", with: ".")), quantity >= .zero, quantity <= line.quantity else {
                        throw InputError(source: "form", field: "lines[\(index)].quantity", "from 0 to the \(line.quantity) invoiced")
                    }
                    if quantity > .zero {
                        var credited = line
                        credited.quantity = quantity
                        lines.append(credited)
                    }
                }
                guard !lines.isEmpty else { throw InputError(source: "form", field: "lines[0].quantity", "credit at least one line") }
                note.lines = lines
                let input = try OrderInput(note, name: "form")
                return try company.issue(input, language: company.profile.law.legalLanguage, into: ledger,
                                         policy: IssuingPolicy(idempotencyKey: "web-credit-" + requestKey)).record.number
            }
            return PageRedirect(to: "/documents/\(Self.pathComponent(issued))?issued=1").response
        } catch let error as InputError {
            var errors = FormErrors()
            errors.add(error, field: error.field, known: Set((0..<quantities.count).map { "lines[\($0)].quantity" }))
            return try await creditNotePage(request, context, number: number, quantities: quantities, errors: errors, requestKey: requestKey)
        } catch let requested as AlreadyRequested where requested.sameRequest {
            return PageRedirect(to: "/documents/\(Self.pathComponent(requested.number))").response
        }
    }

    /// The order of an invoice of the ledger, as it was issued.
    static func invoiceOrder(_ number: String, ledger: Ledger, company: String) throws -> Order {
        guard let invoice = try ledger.document(number: number, company: company), invoice.kind == .invoice || invoice.kind == .depositInvoice else {
            throw Problem.notFound("no invoice \(number) in the ledger")
        }
        return try OrderInput(text: invoice.input, name: invoice.number).order
    }
}

extension InvoiceStatus {
    /// The status in addresses and CSS classes: `partly-paid`.
    var token: String { rawValue.replacingOccurrences(of: " ", with: "-") }
    /// Its word's key in web/locales: `status_partly_paid`.
    var wordKey: String { "status_" + rawValue.replacingOccurrences(of: " ", with: "_") }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
