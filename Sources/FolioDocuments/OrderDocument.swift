import FolioCore
import FolioEInvoice
import FolioTemplates

extension Company {
    /// The draft of an order's document, unnumbered and recorded nowhere: a quote (with the terms
    /// in force annexed), an invoice, a deposit or balance invoice, or a credit note, as the order's
    /// `kind` says.
    ///
    /// ```swift
    /// let quote = try company.draft(OrderInput(file: "examples/orders/08-quote-with-deposit.yaml"), language: .english)
    /// quote.pageCount        // 5: the quote and its annexed terms
    /// ```
    ///
    /// - Throws: ``InputError`` when the order is refused (the company's rules, a template missing).
    public func draft(_ input: OrderInput, language: DocumentLanguage) throws -> RenderedDocument {
        try render(compute(input), language: language, number: nil)
    }

    /// The document of a computed order with its number (nil for a draft).
    ///
    /// - Parameter signature: whether the seller's stamp is printed and the signature applied (see
    ///   ``SignatureRendering``); a draft is never signed.
    public func render(_ computed: ComputedOrder, language: DocumentLanguage, number: String?,
                       signature: SignatureRendering = .none) throws -> RenderedDocument {
        let order = computed.order
        var values = DocumentValues(computed: computed, company: profile, language: language, number: number)
        var parts: [DocumentComposer.Part] = []
        var annex: DocumentComposer.Part?
        var termsIdentity: String?
        if let terms = profile.defaultTerms {
            let version = try version(of: terms, at: order.date)
            let termsValues = TermsValues(company: profile, language: language).values(version: version)
            termsIdentity = version.identity
            values.terms = ["title": try termsTitle(of: version, language: language, values: termsValues),
                            "effectiveDate": LocalizedFormat(language).date(version.effective), "identity": version.identity]
            if order.kind == .quote {
                annex = DocumentComposer.Part(template: terms, languages: [language]) { _, _ in termsValues }
            }
        }
        var filled = values.values()
        var signer: DocumentSigner?
        if case .none = signature {} else {
            guard number != nil, let loaded = try self.signer() else {
                throw InputError(source: name, field: "signing", number == nil ? "a draft is not signed" : "the profile has no signing block")
            }
            signer = loaded
            filled["signature"] = loaded.stamp(on: order.date, language: language)
        }
        parts.append(DocumentComposer.Part(template: documentTemplate(of: order.kind), languages: [language]) { _, _ in filled })
        if let annex { parts.append(annex) }
        var facts = DocumentFacts(kind: .order(order.kind), title: values.documentTitle, date: order.date, language: language,
                                  number: number, computed: computed)
        facts.author = profile.legalName
        if let number, order.kind != .quote {
            // An issued invoice, deposit invoice or credit note is an e-invoice; a draft has no number and is not one.
            facts.eInvoice = try EInvoice(computed, number: number, profile: profile, language: language)
        }
        var rendered = try render(parts, description: DocumentComposer.Description(
            title: values.documentTitle, author: profile.legalName,
            subject: "\(values.documentTitle) — \(order.buyer.name)", date: order.date, language: language,
            legalLanguage: profile.law.legalLanguage, citedVersions: termsIdentity.map { [$0] } ?? []), facts: facts, terms: termsIdentity)
        if case .sign(let time) = signature, let signer {
            let finished = rendered.pdf
            rendered.pdf = try signer.sign(finished, facts: rendered.facts, at: time)
            rendered.unsignedLength = finished.count
        }
        return rendered
    }

    /// The template of each kind of order document, for a French seller.
    static func template(of kind: Order.Kind) -> String {
        switch kind {
        case .quote: "quote"
        case .invoice: "invoice"
        case .depositInvoice: "deposit-invoice"
        case .creditNote: "credit-note"
        }
    }

    /// The template of a kind of document under the company's law: `invoice` for a French seller,
    /// `germany/invoice` for a German one (``Jurisdiction/templateFolder``).
    func documentTemplate(of kind: Order.Kind) -> String {
        profile.law.jurisdiction.templateFolder + Self.template(of: kind)
    }
    func documentTemplate(named name: String) -> String {
        profile.law.jurisdiction.templateFolder + name
    }
}

extension Jurisdiction {
    /// Where Folio's templates for the documents of a seller under this law are: `templates/invoice/`
    /// for a French seller, `templates/germany/invoice/` for a German one. Terms are the company's own.
    public var templateFolder: String {
        switch self {
        case .france: ""
        case .germany: "germany/"
        }
    }
}
