import FolioDocuments
import Foundation
import Hummingbird

/// An issued document's page: what it is, where it stands today, its history (decision and
/// invoices of a quote; payments, credit notes and notices of an invoice), its PDF and e-invoice,
/// and the actions the visitor's roles allow on it.
extension WebPages {
    struct LinkView {
        let href: String
        let label: String
        let detail: String
    }

    struct HistoryEntry {
        /// YYYY-MM-DD, to put the entries in order.
        let day: String
        let date: String
        let what: String
        let amount: String
        let link: String?
    }

    struct QuotePanel {
        let decided: Bool
        let accepted: Bool
        let invoicesLinks: [LinkView]
        let hasDeposit: Bool
        let canInvoiceDeposit: Bool
        let canInvoiceBalance: Bool
        let decisionError: String?
        let invoiceError: String?
    }

    struct InvoicePanel {
        let dueDate: String?
        let stillDue: String
        let stillDueValue: String
        let overdue: Bool
        let open: Bool
        let paymentError: String?
        let noticeError: String?
        let methods: [OptionView]
        /// The form's idempotency key: the same payment posted twice is recorded once.
        let request: String
    }

    struct DocumentView {
        let number: String
        let numberPath: String
        let kind: String
        let date: String
        let client: String
        let net: String
        let vat: String
        let total: String
        let status: String
        let statusClass: String
        let hasXML: Bool
        /// The e-invoice XML is finance's (an invoice's or a credit note's).
        let canSeeXML: Bool
        let fromQuote: LinkView?
        let credits: LinkView?
        let history: [HistoryEntry]
        let hasHistory: Bool
        let today: String
        let issued: Bool
        let quote: QuotePanel?
        let invoice: InvoicePanel?
    }

    /// `GET /documents/{number}`.
    func documentPage(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        try await documentPage(request, context, number: try parameter(context, "number"), errors: [:])
    }

    func documentPage(_ request: Request, _ context: FolioRequestContext, number: String, errors: [String: String]) async throws -> Response {
        let visitor = try visitor(request, context, .sales, .finance)
        let language = language(request)
        let ledger = self.ledger, text = views.text
        let view = try await api.workers.run { worker -> DocumentView in
            let company = try worker.company(visitor.user.company)
            let key = company.profile.ledgerKey
            guard let document = try ledger.document(number: number, company: key) else {
                throw Problem.notFound("no document \(number) of \(company.profile.legalName) in the ledger")
            }
            // Sales see quotes and what was invoiced from them; finance every document.
            guard visitor.user.may(.finance) || document.kind == .quote || document.quote != nil else {
                throw Problem(status: .forbidden, type: "/problems/forbidden", title: "Not allowed", detail: "\(number) is for finance")
            }
            return try Self.documentView(document, company: company, orders: worker.recordedOrders(company), ledger: ledger, user: visitor.user, errors: errors,
                                         language: language, text: text, issued: request.uri.queryParameters.get("issued") != nil)
        }
        // What the last action did, said once on the page it leads to.
        let query = WebForm(query: request)
        let done = ["decided", "paid", "notice"].first { !query[$0].isEmpty }.map { word("confirm_" + $0, request) }
        return try page("document", request, context, title: "\(view.kind) \(view.number)", view,
                        status: errors.isEmpty ? .ok : .unprocessableContent, notice: errors.isEmpty ? done : nil)
    }

    static func documentView(_ document: IssuedDocument, company: Company, orders: RecordedOrders, ledger: Ledger, user: WebUsers.User,
                             errors: [String: String], language: InterfaceLanguage, text: InterfaceText, issued: Bool) throws -> DocumentView {
        let key = company.profile.ledgerKey
        let format = LocalizedFormat(language.document)
        let money = { (value: ExactDecimal) in amount(value, document.currency, format) }
        let today = CalendarDate.today()
        let link = { (number: String, label: String, detail: String) in LinkView(href: "/documents/\(pathComponent(number))", label: label, detail: detail) }
        var history: [HistoryEntry] = []
        var status = text("status_issued", language), statusClass = "open"
        var quotePanel: QuotePanel?
        var invoicePanel: InvoicePanel?
        switch document.kind {
        case .quote:
            let standings = try LedgerStandings(ledger, on: today, documents: [document], orders: orders)
            let standing = standings.quotes.first
            if let standing { (status, statusClass) = quoteState(standing, text: text, language: language, format: format) }
            let invoices = try ledger.documents(fromQuote: document.number, company: key)
            for invoice in invoices {
                history.append(HistoryEntry(day: invoice.date.description, date: format.date(invoice.date), what: "\(text("kind_" + invoice.kind.rawValue, language)) \(invoice.number)",
                                            amount: money(invoice.grandTotal), link: "/documents/\(pathComponent(invoice.number))"))
            }
            if let decision = standing?.decision {
                history.insert(HistoryEntry(day: decision.date.description, date: format.date(decision.date), what: text("quote_\(decision.status.rawValue)", language), amount: "",
                                            link: nil), at: 0)
            }
            let accepted = standing?.decision?.status == .accepted
            let hasDeposit = try orders.computed(document).deposit != nil
            let balanced = invoices.contains { $0.kind == .invoice }
            quotePanel = user.may(.sales) ? QuotePanel(
                decided: standing?.decision != nil, accepted: accepted,
                invoicesLinks: invoices.map { link($0.number, $0.number, text("kind_" + $0.kind.rawValue, language)) },
                hasDeposit: hasDeposit, canInvoiceDeposit: accepted && hasDeposit && !invoices.contains { $0.kind == .depositInvoice } && !balanced,
                canInvoiceBalance: accepted && !balanced, decisionError: errors["decision"], invoiceError: errors["invoice"]) : nil
        case .invoice, .depositInvoice:
            let account = try ledger.account(invoice: document.number, company: key)
            let standing = InvoiceStanding(account: account, on: today, computed: try orders.computed(document), rates: company.rates)
            (status, statusClass) = (text(standing.status.wordKey, language), standing.status.token)
            for payment in account.payments {
                history.append(HistoryEntry(day: payment.date.description, date: format.date(payment.date), what: [text("history_payment", language), payment.method.map { text("method_" + $0, language) }, payment.reference]
                                                .compactMap { $0 }.joined(separator: " · "), amount: money(payment.amount), link: nil))
            }
            for note in account.creditNotes {
                history.append(HistoryEntry(day: note.date.description, date: format.date(note.date), what: "\(text("kind_credit-note", language)) \(note.number)",
                                            amount: money(note.grandTotal), link: "/documents/\(pathComponent(note.number))"))
            }
            for notice in account.notices {
                history.append(HistoryEntry(day: notice.date.description, date: format.date(notice.date), what: text("notice_" + notice.kind.rawValue, language),
                                            amount: money(notice.total), link: nil))
            }
            history.sort { $0.day < $1.day }
            invoicePanel = user.may(.finance) ? InvoicePanel(
                dueDate: standing.dueDate.map(format.date), stillDue: money(standing.due), stillDueValue: standing.due.description,
                overdue: standing.status == .overdue, open: standing.due > .zero, paymentError: errors["payment"], noticeError: errors["notice"],
                methods: ["transfer", "card", "cheque", "cash", "direct-debit"].map { OptionView(value: $0, label: text("method_" + $0, language), selected: $0 == "transfer") },
                request: UUID().uuidString)
                : nil
        case .creditNote:
            status = text("kind_credit-note", language)
        }
        return DocumentView(
            number: document.number, numberPath: pathComponent(document.number), kind: text("kind_" + document.kind.rawValue, language),
            date: format.date(document.date), client: document.client, net: money(document.netTotal), vat: money(document.vatTotal),
            total: money(document.grandTotal), status: status, statusClass: statusClass, hasXML: document.xmlSHA256 != nil, canSeeXML: user.may(.finance),
            fromQuote: document.quote.map { link($0, $0, text("kind_quote", language)) },
            credits: document.credited.map { link($0, $0, text("kind_invoice", language)) },
            history: history, hasHistory: !history.isEmpty, today: today.description, issued: issued, quote: quotePanel, invoice: invoicePanel)
    }

    /// Runs an action of a document's page: on success, goes where `work` says; when the library
    /// refuses, shows the document's page again with its reason beside the action's form.
    func documentAction(_ request: Request, _ context: FolioRequestContext, number: String, field: String,
                        _ work: () async throws -> String) async throws -> Response {
        do {
            return PageRedirect(to: try await work()).response
        } catch let error as InputError {
            return try await documentPage(request, context, number: number, errors: [field: [error.field, error.reason].compactMap { $0 }.joined(separator: ": ")])
        } catch let error as QuoteInvoicingError {
            return try await documentPage(request, context, number: number, errors: [field: error.description])
        } catch let error as RuleViolation {
            return try await documentPage(request, context, number: number, errors: [field: error.reason])
        } catch let requested as AlreadyRequested where requested.sameRequest {
            // The same form posted twice (a double click): the document the first post issued.
            return PageRedirect(to: "/documents/\(Self.pathComponent(requested.number))").response
        }
    }

    /// `GET /documents/{number}/pdf`: the PDF as issued, byte for byte.
    func documentPDF(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let visitor = try visitor(request, context, .sales, .finance)
        let document = try await api.document(context)
        guard visitor.user.may(.finance) || document.kind == .quote || document.quote != nil else {
            throw Problem(status: .forbidden, type: "/problems/forbidden", title: "Not allowed", detail: "\(document.number) is for finance")
        }
        return try await api.pdf(request, context)
    }

    /// `GET /documents/{number}/xml`: the e-invoice as issued.
    func documentXML(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        _ = try visitor(request, context, .finance)
        return try await api.xml(request, context)
    }
}
