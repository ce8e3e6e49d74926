import FolioDocuments
import Foundation
import Hummingbird

/// The sales pages: the quotes and their state, the quote form with live totals and page previews,
/// issuing, recording the client's decision, and invoicing an accepted quote.
extension WebPages {
    // MARK: - The list

    struct QuoteRow {
        let number: String
        let numberPath: String
        let date: String
        let client: String
        let total: String
        let state: String
        let stateClass: String
    }

    struct QuotesView {
        let rows: [QuoteRow]
        let empty: Bool
        let links: PageLinks
    }

    /// `GET /quotes?page=`: the company's quotes, newest first, 50 a page, with their state today.
    func quotes(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let visitor = try visitor(request, context, .sales)
        let language = language(request)
        let pageNumber = min(max(1, Int(WebForm(query: request)["page"]) ?? 1), 1_000_000)
        let ledger = self.ledger, text = views.text
        let (rows, total) = try await api.workers.run { worker -> ([QuoteRow], Int) in
            let company = try worker.company(visitor.user.company)
            let page = try ledger.documentPage(company: company.profile.ledgerKey, kinds: [.quote], offset: (pageNumber - 1) * Self.ledgerPageSize,
                                               limit: Self.ledgerPageSize)
            let standings = try LedgerStandings(ledger, on: .today(), documents: page.documents, orders: worker.recordedOrders(company))
            let format = LocalizedFormat(language.document)
            return (standings.quotes.map { standing in
                let quote = standing.quote
                let (state, style) = Self.quoteState(standing, text: text, language: language, format: format)
                return QuoteRow(number: quote.number, numberPath: Self.pathComponent(quote.number), date: format.date(quote.date),
                                client: quote.client, total: Self.amount(quote.grandTotal, quote.currency, format), state: state, stateClass: style)
            }, page.total)
        }
        let view = QuotesView(rows: rows, empty: total == 0,
                              links: PageLinks(page: pageNumber, total: total, size: Self.ledgerPageSize, label: word("page_of", request)) { "/quotes?page=\($0)" })
        return try page("quotes", request, context, title: word("quotes_title", request), view)
    }

    static func quoteState(_ standing: QuoteStanding, text: InterfaceText, language: InterfaceLanguage, format: LocalizedFormat) -> (String, String) {
        if let decision = standing.decision {
            let word = text("quote_\(decision.status.rawValue)", language)
            return ("\(word)\(decision.late ? " " + text("quote_late", language) : "") \(format.date(decision.date))", decision.status.rawValue)
        }
        guard let validUntil = standing.validUntil else { return (text("quote_issued", language), "open") }
        return standing.isExpired ? ("\(text("quote_expired", language)) \(format.date(validUntil))", "expired")
            : ("\(text("quote_valid_until", language)) \(format.date(validUntil))", "open")
    }

    static func amount(_ value: ExactDecimal, _ currency: String, _ format: LocalizedFormat) -> String {
        guard let currency = Currency(code: currency) else { return "\(value) \(currency)" }
        return format.amount(Money(rounding: value, in: currency))
    }

    // MARK: - The form

    struct QuoteLineView {
        let index: Int
        let number: Int
        let description: FieldView
        let quantity: FieldView
        let unit: FieldView
        let units: [OptionView]
        let unitPrice: FieldView
        let vatRate: FieldView
        let discount: FieldView
        let nature: FieldView
        let natures: [OptionView]
    }

    struct TotalsView {
        struct VATLine {
            let label: String
            let base: String
            let tax: String
        }
        let net: String
        let vat: [VATLine]
        let total: String
        let deposit: String?
        let depositDue: String?
        let validUntil: String?
    }

    struct PreviewPage {
        let source: String
        let alt: String

        /// The PNG pages of a document as images of the page (data URIs: no server keeps them), « page 2 of 5 » each.
        static func pages(_ pngs: [[UInt8]], of count: Int, language: InterfaceLanguage, text: InterfaceText) -> [PreviewPage] {
            pngs.enumerated().map { index, png in
                PreviewPage(source: "data:image/png;base64," + Data(png).base64EncodedString(),
                            alt: text("preview_page", language).replacingOccurrences(of: "{page}", with: String(index + 1))
                                .replacingOccurrences(of: "{pages}", with: String(count)))
            }
        }
    }

    struct QuoteFormView {
        let client: FieldView
        let clients: [OptionView]
        let buyerKind: FieldView
        let buyerKinds: [OptionView]
        let buyerName: FieldView
        let buyerSiren: FieldView
        let buyerVAT: FieldView
        let buyerStreet: FieldView
        let buyerPostcode: FieldView
        let buyerCity: FieldView
        let buyerCountry: FieldView
        let saleChannel: FieldView
        let saleChannels: [OptionView]
        let date: FieldView
        let validityDays: FieldView
        let depositPercent: FieldView
        let paymentDays: FieldView
        let language: FieldView
        let languages: [OptionView]
        let lines: [QuoteLineView]
        let request: String
        let generalErrors: [String]
        let hasErrors: Bool
        let totals: TotalsView?
        let previews: [PreviewPage]
        let hasPreviews: Bool
        let pageCount: Int
    }

    /// Every field name the form has, for placing errors.
    static func fieldNames(lines: Int) -> Set<String> {
        var names: Set<String> = ["client", "buyer.kind", "buyer.name", "buyer.siren", "buyer.vatNumber", "buyer.address.lines",
                                  "buyer.address.postcode", "buyer.address.city", "buyer.country", "saleChannel", "date", "validity.days",
                                  "deposit.percent", "paymentTerms.days", "language"]
        for index in 0..<lines {
            for field in ["description", "quantity", "unit", "unitPrice", "vatRate", "discount", "nature"] { names.insert("lines[\(index)].\(field)") }
        }
        return names
    }

    func quoteFormView(_ form: QuoteForm, errors: FormErrors, clients: [(number: String, name: String)], totals: TotalsView?,
                       previews: [PreviewPage], pageCount: Int, language: InterfaceLanguage) -> QuoteFormView {
        let e = errors.byField
        let t = { (key: String) in self.views.text(key, language) }
        let units = ["C62": "unit_piece", "HUR": "unit_hour", "DAY": "unit_day", "MON": "unit_month", "KGM": "unit_kg", "MTR": "unit_metre",
                     "LTR": "unit_litre", "LS": "unit_lump_sum"]
        let lines = form.lines.enumerated().map { index, line in
            let p = "lines[\(index)]."
            return QuoteLineView(
                index: index, number: index + 1,
                description: FieldView(p + "description", line.description, errors: e), quantity: FieldView(p + "quantity", line.quantity, errors: e),
                unit: FieldView(p + "unit", line.unit, errors: e),
                units: units.sorted { $0.key < $1.key }.map { OptionView(value: $0.key, label: t($0.value), selected: $0.key == line.unit) },
                unitPrice: FieldView(p + "unitPrice", line.unitPrice, errors: e), vatRate: FieldView(p + "vatRate", line.vatRate, errors: e),
                discount: FieldView(p + "discount", line.discount, errors: e), nature: FieldView(p + "nature", line.nature, errors: e),
                natures: ["services", "goods"].map { OptionView(value: $0, label: t("nature_" + $0), selected: $0 == line.nature) })
        }
        return QuoteFormView(
            client: FieldView("client", form.client, errors: e),
            clients: [OptionView(value: "", label: t("quote_client_new"), selected: form.client.isEmpty)]
                + clients.map { OptionView(value: $0.number, label: $0.name, selected: $0.number == form.client) },
            buyerKind: FieldView("buyer.kind", form.buyerKind, errors: e),
            buyerKinds: ["business", "individual"].map { OptionView(value: $0, label: t("buyer_" + $0), selected: $0 == form.buyerKind) },
            buyerName: FieldView("buyer.name", form.buyerName, errors: e), buyerSiren: FieldView("buyer.siren", form.buyerSiren, errors: e),
            buyerVAT: FieldView("buyer.vatNumber", form.buyerVAT, errors: e), buyerStreet: FieldView("buyer.address.lines", form.buyerStreet, errors: e),
            buyerPostcode: FieldView("buyer.address.postcode", form.buyerPostcode, errors: e),
            buyerCity: FieldView("buyer.address.city", form.buyerCity, errors: e), buyerCountry: FieldView("buyer.country", form.buyerCountry, errors: e),
            saleChannel: FieldView("saleChannel", form.saleChannel, errors: e),
            saleChannels: ["", "on-premises", "distance", "off-premises"].map {
                OptionView(value: $0, label: t("channel_" + ($0.isEmpty ? "none" : $0)), selected: $0 == form.saleChannel)
            },
            date: FieldView("date", form.date, errors: e), validityDays: FieldView("validity.days", form.validityDays, errors: e),
            depositPercent: FieldView("deposit.percent", form.depositPercent, errors: e),
            paymentDays: FieldView("paymentTerms.days", form.paymentDays, errors: e), language: FieldView("language", form.language, errors: e),
            languages: DocumentLanguage.allCases.map { OptionView(value: $0.rawValue, label: t("language_" + $0.rawValue), selected: $0.rawValue == form.language) },
            lines: lines, request: form.request, generalErrors: errors.general, hasErrors: !errors.isEmpty, totals: totals,
            previews: previews, hasPreviews: !previews.isEmpty, pageCount: pageCount)
    }

    /// The clients of the company's latest 2,000 documents, once each (at most 200), to choose from;
    /// for a person without the finance role, only those of quotes and of invoices made from quotes.
    static func clients(_ ledger: Ledger, company: String, user: WebUsers.User) throws -> [(number: String, name: String)] {
        var seen: Set<String> = []
        var clients: [(String, String)] = []
        let documents = try ledger.documentPage(company: company, offset: 0, limit: 2_000).documents
        for document in documents where clients.count < 200 && (user.may(.finance) || document.kind == .quote || document.quote != nil) {
            if seen.insert(document.client).inserted { clients.append((document.number, document.client)) }
        }
        return clients.sorted { $0.1.localizedCaseInsensitiveCompare($1.1) == .orderedAscending }
    }

    /// `GET /quotes/new`.
    func newQuote(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let visitor = try visitor(request, context, .sales)
        let language = language(request)
        let ledger = self.ledger
        let (form, clients) = try await api.workers.run { worker -> (QuoteForm, [(number: String, name: String)]) in
            let company = try worker.company(visitor.user.company)
            return (QuoteForm(today: .today(), language: company.profile.law.legalLanguage),
                    try Self.clients(ledger, company: company.profile.ledgerKey, user: visitor.user))
        }
        let view = quoteFormView(form, errors: FormErrors(), clients: clients, totals: nil, previews: [], pageCount: 0, language: language)
        return try page("quote-form", request, context, title: word("quote_new_title", request), view)
    }

    /// What the form computes: the totals, and the pages when a preview was asked for.
    struct QuoteOutcome: Sendable {
        var errors = FormErrors()
        var totals: TotalsView?
        var previews: [PreviewPage] = []
        var pageCount = 0
        var issued: String?
    }

    /// `POST /quotes/new`: `action` is `client` (fill the buyer from the client chosen), `add-line`,
    /// `preview` (totals and the pages as images) or `issue`.
    func postQuote(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let visitor = try visitor(request, context, .sales)
        let fields = try await form(request, visitor)
        let language = language(request)
        let action = fields["action"]
        let posted = try QuoteForm(fields)
        let ledger = self.ledger, text = views.text
        let (outcome, filled, clients) = try await api.workers.run { worker -> (QuoteOutcome, QuoteForm, [(number: String, name: String)]) in
            let company = try worker.company(visitor.user.company)
            let key = company.profile.ledgerKey
            var form = posted
            if action == "client", try Self.clients(ledger, company: key, user: visitor.user).contains(where: { $0.number == form.client }),
               let chosen = try ledger.document(number: form.client, company: key) {
                form.fillBuyer(from: try OrderInput(text: chosen.input, name: chosen.number).order)
            }
            if action == "add-line", form.lines.count < QuoteForm.maximumLines { form.lines.append(.init()) }
            let outcome = Self.compute(form, company: company, ledger: ledger, preview: action == "preview", issue: action == "issue",
                                       language: language, text: text)
            return (outcome, form, try Self.clients(ledger, company: key, user: visitor.user))
        }
        let form = filled
        if let number = outcome.issued {
            return PageRedirect(to: "/documents/\(Self.pathComponent(number))?issued=1").response
        }
        let view = quoteFormView(form, errors: outcome.errors, clients: clients, totals: outcome.totals, previews: outcome.previews,
                                 pageCount: outcome.pageCount, language: language)
        return try page("quote-form", request, context, title: word("quote_new_title", request), view,
                        status: outcome.errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// The form's order computed by the company: its totals; its pages as PNG (`preview`); or issued.
    static func compute(_ form: QuoteForm, company: Company, ledger: Ledger, preview: Bool, issue: Bool, language: InterfaceLanguage,
                        text: InterfaceText) -> QuoteOutcome {
        var outcome = QuoteOutcome()
        let known = fieldNames(lines: form.lines.count)
        // The client's identifiers checked on their own, as they are typed, before the order is whole.
        identifierChecks(form, into: &outcome.errors, known: known)
        do {
            let input = try OrderInput(bytes: try form.orderJSON(), name: "form")
            let computed = try company.compute(input)
            outcome.totals = totals(computed, language: language, text: text)
            let documentLanguage = DocumentLanguage(rawValue: form.language) ?? company.profile.law.legalLanguage
            if preview {
                let (draft, pages) = try company.engine.capturingPages(limit: 20) { try company.draft(input, language: documentLanguage) }
                outcome.pageCount = draft.pageCount
                outcome.previews = PreviewPage.pages(pages, of: draft.pageCount, language: language, text: text)
            }
            if issue {
                let issued = try company.issue(input, language: documentLanguage, into: ledger,
                                               policy: IssuingPolicy(idempotencyKey: "web-quote-" + form.request))
                outcome.issued = issued.record.number
            }
        } catch let error as InputError {
            if QuoteForm.field(of: error).map({ outcome.errors.byField[$0] == nil }) ?? true {
                outcome.errors.add(error, field: QuoteForm.field(of: error), known: known)
            }
        } catch let repeated as AlreadyIssued {
            outcome.errors.general.append(text("quote_already_issued", language).replacingOccurrences(of: "{number}", with: repeated.number))
        } catch let requested as AlreadyRequested where requested.sameRequest {
            outcome.issued = requested.number
        } catch {
            outcome.errors.general.append(Problem.from(error).detail)
        }
        return outcome
    }

    /// The SIREN and VAT number by the core's own rules (the reasons the order's reader gives).
    static func identifierChecks(_ form: QuoteForm, into errors: inout FormErrors, known: Set<String>) {
        if !form.buyerSiren.isEmpty {
            do { _ = try SIREN(form.buyerSiren) } catch {
                errors.add(InputError(source: "form", field: "buyer.siren", error.reason), field: "buyer.siren", known: known)
            }
        }
        if !form.buyerVAT.isEmpty {
            do { _ = try VATNumber(form.buyerVAT) } catch {
                errors.add(InputError(source: "form", field: "buyer.vatNumber", error.reason), field: "buyer.vatNumber", known: known)
            }
        }
    }

    static func totals(_ computed: ComputedOrder, language: InterfaceLanguage, text: InterfaceText) -> TotalsView {
        let format = LocalizedFormat(language.document)
        let totals = computed.totals
        return TotalsView(
            net: format.amount(totals.taxExclusiveTotal),
            vat: totals.vatBreakdown.map { line in
                .init(label: "\(text("totals_vat", language)) \(format.percent(line.vat.rate))", base: format.amount(line.taxableAmount),
                      tax: format.amount(line.taxAmount))
            },
            total: format.amount(totals.grandTotal),
            deposit: computed.deposit.map { format.amount($0.deposit) },
            depositDue: computed.deposit.map { format.date($0.depositDueDate) },
            validUntil: computed.validUntil.map { format.date($0) })
    }

    /// `POST /quotes/live`: the totals and the field errors of the form as typed, for the page's
    /// script (JSON: `totals`, the totals' HTML; `errors`, the reason by field name).
    func liveQuote(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        struct Live: Encodable {
            let totals: String
            let errors: [String: String]
            let general: [String]
        }
        let visitor = try visitor(request, context, .sales)
        let form = try QuoteForm(try await self.form(request, visitor))
        let language = language(request)
        let ledger = self.ledger, text = views.text
        let outcome = try await api.workers.run { worker in
            Self.compute(form, company: try worker.company(visitor.user.company), ledger: ledger, preview: false, issue: false,
                         language: language, text: text)
        }
        struct TotalsModel {
            let frame: Frame
            let totals: TotalsView?
        }
        let totals = views.render("quote-totals", TotalsModel(frame: frame(request, context, title: ""), totals: outcome.totals)) ?? ""
        // The page's lines keep their numbers while typing: an error of the order's line i is the page's line origins[i].
        var errors: [String: String] = [:]
        for (field, reason) in outcome.errors.byField { errors[form.pageField(field)] = reason }
        return try Responses.json(Live(totals: totals, errors: errors, general: outcome.errors.general))
    }

    // MARK: - What becomes of a quote

    /// `POST /quotes/{number}/decision`: accepted or refused on a day (late when after its validity).
    func decideQuote(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let visitor = try visitor(request, context, .sales)
        let form = try await form(request, visitor)
        let number = try parameter(context, "number")
        guard let status = QuoteDecision.Status(rawValue: form["status"]) else { throw Problem.badRequest("status: accepted, refused or expired") }
        let ledger = self.ledger
        return try await documentAction(request, context, number: number, field: "decision") {
            guard let date = CalendarDate(form["date"]) else { throw InputError(source: "form", field: "date", "not a date YYYY-MM-DD") }
            _ = try await api.workers.run { _ in
                try ledger.decide(quote: number, status, on: date, late: form["late"] == "on", company: visitor.user.company.ledgerKey)
            }
            return "/documents/\(Self.pathComponent(number))?decided=1"
        }
    }

    /// `POST /quotes/{number}/invoice`: the accepted quote's deposit invoice or balance invoice, dated today.
    func invoiceQuote(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let visitor = try visitor(request, context, .sales)
        let form = try await form(request, visitor)
        let number = try parameter(context, "number")
        let deposit = form["part"] == "deposit"
        let ledger = self.ledger
        return try await documentAction(request, context, number: number, field: "invoice") {
            let issued = try await api.workers.run { worker in
                let company = try worker.company(visitor.user.company)
                return try company.invoice(fromQuote: number, deposit: deposit, on: .today(), language: company.profile.law.legalLanguage,
                                           into: ledger, policy: IssuingPolicy(idempotencyKey: "web-\(deposit ? "deposit" : "balance")-" + number))
            }
            return "/documents/\(Self.pathComponent(issued.record.number))?issued=1"
        }
    }

    static func pathComponent(_ number: String) -> String {
        number.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_."))) ?? number
    }
}
