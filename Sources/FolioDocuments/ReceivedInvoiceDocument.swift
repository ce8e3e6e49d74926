import FolioCore
import FolioEInvoice
import FolioTemplates
import Foundation

extension Company {
    /// A readable PDF of a received e-invoice (for one that arrived as XML alone): what it states, and
    /// what Folio found when it checked it. Drawn with the company's `received-invoice` template.
    ///
    /// ```swift
    /// let received = try ReceivedEInvoice.read(file: "inbox/invoice.xml")
    /// try company.render(received, language: .english, on: CalendarDate("2026-11-26")!).write(to: "out/invoice.pdf")
    /// ```
    ///
    /// - Parameter date: the day the copy is made: it chooses the template version and is printed.
    public func render(_ received: ReceivedEInvoice, language: DocumentLanguage, on date: CalendarDate) throws -> RenderedDocument {
        var values = ReceivedInvoiceValues(received, language: language)
        values.readOn = date
        let title = values.title
        let filled = values.values()
        let facts = DocumentFacts(kind: .receivedInvoice, title: title, date: date, language: language, number: nil, computed: nil)
        return try render([DocumentComposer.Part(template: "received-invoice", languages: [language]) { _, _ in filled }],
                          description: .init(title: title, author: received.invoice.seller.name,
                                             subject: "\(title) — \(received.invoice.buyer.name)", date: date,
                                             language: language, legalLanguage: profile.law.legalLanguage),
                          facts: facts)
    }
}

/// The values of the `received-invoice` template: the e-invoice as stated, formatted in the reader's language.
struct ReceivedInvoiceValues {
    let received: ReceivedEInvoice
    let language: DocumentLanguage
    let format: LocalizedFormat
    /// The day the reading copy is made.
    var readOn: CalendarDate?

    init(_ received: ReceivedEInvoice, language: DocumentLanguage) {
        self.received = received
        self.language = language
        self.format = LocalizedFormat(language)
    }

    private func words(fr french: String, en english: String, de german: String) -> String {
        language.words(fr: french, en: english, de: german)
    }
    private var invoice: EInvoice { received.invoice }

    /// « Facture n° F-118 », « Avoir n° A-12 ».
    var title: String {
        let kind: String
        switch invoice.typeCode {
        case .creditNote: kind = words(fr: "Avoir", en: "Credit note", de: "Gutschrift")
        case .prepayment: kind = words(fr: "Facture d'acompte", en: "Deposit invoice", de: "Anzahlungsrechnung")
        case .corrected: kind = words(fr: "Facture rectificative", en: "Corrected invoice", de: "Rechnungskorrektur")
        default: kind = invoice.typeCode.isCreditNote ? words(fr: "Avoir", en: "Credit note", de: "Gutschrift")
                                                      : words(fr: "Facture", en: "Invoice", de: "Rechnung")
        }
        return "\(kind) \(words(fr: "n°", en: "No.", de: "Nr.")) \(invoice.number)"
    }

    private func amount(_ value: ExactDecimal) -> String {
        format.amount(Money(rounding: value, in: invoice.currency))
    }

    private func vatLabel(_ vat: VATClassification) -> String {
        vat.category == .standard || vat.category.isTaxed ? format.percent(vat.rate) : vat.category.code
    }

    func values() -> [String: Any] {
        var values: [String: Any] = [
            "title": title, "number": invoice.number, "date": format.date(invoice.issueDate),
            "typeCode": invoice.typeCode.rawValue, "currency": invoice.currency.code,
            "file": (received.file as NSString).lastPathComponent, "readOn": readOn.map(format.date) ?? "", "syntax": received.read.syntax == .cii ? "UN/CEFACT CII" : "UBL 2.1",
            "seller": party(invoice.seller), "buyer": party(invoice.buyer),
        ]
        if let attachment = received.attachment { values["attachment"] = attachment }
        if let due = invoice.dueDate { values["dueDate"] = format.date(due) }
        var references: [[String: String]] = []
        func reference(_ label: (String, String, String), _ value: String?) {
            if let value { references.append(["label": words(fr: label.0, en: label.1, de: label.2), "value": value]) }
        }
        reference(("Référence acheteur", "Buyer reference", "Käuferreferenz"), invoice.buyerReference)
        reference(("Bon de commande", "Purchase order", "Bestellung"), invoice.purchaseOrderReference)
        reference(("Contrat", "Contract", "Vertrag"), invoice.contractReference)
        reference(("Cadre de facturation", "Business process", "Geschäftsprozess"), invoice.businessProcess)
        reference(("Spécification", "Specification", "Spezifikation"), invoice.specification.isEmpty ? nil : invoice.specification)
        for preceding in invoice.precedingInvoices {
            reference(("Facture antérieure", "Preceding invoice", "Vorausgegangene Rechnung"), preceding.number + (preceding.date.map { " (\(format.date($0)))" } ?? ""))
        }
        if let delivery = invoice.delivery?.date { reference(("Livraison", "Delivery", "Lieferung"), format.date(delivery)) }
        if let period = invoice.invoicingPeriod {
            reference(("Période", "Period", "Zeitraum"), [period.start, period.end].compactMap { $0.map(format.date) }.joined(separator: " – "))
        }
        values["references"] = references
        values["lines"] = invoice.lines.map { line -> [String: Any] in
            var quantity = format.number(line.quantity) + " " + line.unitCode
            if let base = line.baseQuantity, base != 1 { quantity += words(fr: " (prix pour \(format.number(base)))", en: " (price per \(format.number(base)))",
                                                                  de: " (Preis je \(format.number(base)))") }
            return [
                "id": line.id, "name": line.name, "description": line.description ?? "", "quantity": quantity,
                "price": format.number(line.netPrice), "vat": vatLabel(line.vat), "amount": amount(line.netAmount),
                "adjustments": line.allowancesAndCharges.map(adjustment),
            ]
        }
        let totals = invoice.totals
        // The lines' total, then each allowance and charge of the document, as the totals add them up.
        var rows: [[String: String]] = [["label": words(fr: "Total des lignes HT", en: "Lines total excl. VAT", de: "Summe der Positionen netto"), "amount": amount(totals.lineTotal)]]
        rows += invoice.allowancesAndCharges.map(adjustment)
        rows.append(["label": words(fr: "Total HT", en: "Total excl. VAT", de: "Gesamtbetrag netto"), "amount": amount(totals.taxExclusiveTotal)])
        rows.append(["label": words(fr: "TVA", en: "VAT", de: "Umsatzsteuer"), "amount": totals.taxTotal.map(amount) ?? "—"])
        rows.append(["label": words(fr: "Total TTC", en: "Total incl. VAT", de: "Gesamtbetrag brutto"), "amount": amount(totals.grandTotal)])
        if let value = totals.paidAmount, !value.isZero { rows.append(["label": words(fr: "Déjà payé", en: "Already paid", de: "Bereits gezahlt"), "amount": amount(.zero - value)]) }
        if let value = totals.roundingAmount, !value.isZero { rows.append(["label": words(fr: "Arrondi", en: "Rounding", de: "Rundung"), "amount": amount(value)]) }
        values["totals"] = rows
        values["amountDue"] = amount(totals.amountDue)
        values["vatBreakdown"] = invoice.vatBreakdown.map { entry -> [String: String] in
            ["label": "\(entry.vat.category.code) \(vatLabel(entry.vat))", "taxable": amount(entry.taxableAmount), "tax": amount(entry.taxAmount),
             "exemption": [entry.exemptionReasonCode, entry.exemptionReason].compactMap { $0 }.joined(separator: " — ")]
        }
        values["notes"] = invoice.notes.map { ["subject": $0.subjectCode ?? "", "text": $0.text] }
        if let payment = invoice.paymentInstructions {
            var pay: [String: String] = ["means": payment.meansCode]
            if let account = payment.accountIdentifier { pay["account"] = account }
            if let bic = payment.serviceProvider { pay["bic"] = bic }
            if let reference = payment.remittanceInformation { pay["reference"] = reference }
            values["payment"] = pay
        }
        if let terms = invoice.paymentTerms { values["paymentTerms"] = terms }
        let check = received.check
        if check.isConsistent { values["consistent"] = true }
        values["discrepancies"] = check.discrepancies.map(\.description)
        values["warnings"] = check.warnings.map(\.description)
        values["remarks"] = check.remarks
        return values
    }

    private func party(_ party: EInvoiceParty) -> [String: Any] {
        var values: [String: Any] = ["name": party.name]
        if let address = party.address {
            values["address"] = (address.lines + [[address.postcode, address.city].compactMap { $0 }.joined(separator: " "), address.countryCode])
                .filter { !$0.isEmpty }.joined(separator: ", ")
        }
        var identifiers = party.identifiers.map(\.description)
        if let legal = party.legalRegistration { identifiers.append(legal.description) }
        if let vat = party.vatNumber { identifiers.append(words(fr: "TVA ", en: "VAT ", de: "USt-IdNr. ") + vat) }
        if let electronic = party.electronicAddress { identifiers.append(electronic.description) }
        values["identifiers"] = identifiers.joined(separator: " — ")
        if let legal = party.legalInformation { values["legal"] = legal }
        return values
    }

    private func adjustment(_ item: EInvoiceAllowanceCharge) -> [String: String] {
        let word = item.kind == .allowance ? words(fr: "Remise", en: "Allowance", de: "Nachlass") : words(fr: "Frais", en: "Charge", de: "Zuschlag")
        let colon = words(fr: " : ", en: ": ", de: ": ")
        var label = word + ([item.reason, item.reasonCode].compactMap { $0 }.first.map { colon + $0 } ?? "")
        if let percent = item.percent { label += " (\(format.percent(percent)))" }
        return ["label": label, "amount": amount(item.kind == .allowance ? .zero - item.amount : item.amount)]
    }
}
