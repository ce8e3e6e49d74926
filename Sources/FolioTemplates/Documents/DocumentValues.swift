import FolioCore

/// The values a document template places, built from the core's computed order and the company
/// profile, formatted in the document's language. Templates never compute: every figure here comes
/// from the core; this only chooses words and formats numbers and dates.
public struct DocumentValues {
    public let computed: ComputedOrder
    public let company: CompanyProfile
    public let language: DocumentLanguage
    /// The document's number (given by the ledger), or nil for a draft.
    public let number: String?
    /// The terms of sale in force: `title`, `effectiveDate`, `identity` (`terms/goods-and-software@2026-01-01`).
    public var terms: [String: String]?

    public init(computed: ComputedOrder, company: CompanyProfile, language: DocumentLanguage, number: String?,
                terms: [String: String]? = nil) {
        self.computed = computed
        self.company = company
        self.language = language
        self.number = number
        self.terms = terms
    }

    /// « Facture F-2026-0001 », « Devis (brouillon) »: the document's name in its language.
    public var documentTitle: String {
        "\(title(computed.order.kind)) \(number ?? words(fr: "(brouillon)", en: "(draft)", de: "(Entwurf)"))"
    }

    var format: LocalizedFormat { LocalizedFormat(language) }
    var french: Bool { language == .french }
    func words(fr french: String, en english: String, de german: String) -> String {
        language.words(fr: french, en: english, de: german)
    }

    /// The values, as nested dictionaries and lists for Mustache.
    public func values() -> [String: Any] {
        let order = computed.order
        let totals = computed.totals
        let format = self.format
        var values: [String: Any] = [
            "title": title(order.kind),
            "number": number ?? words(fr: "BROUILLON", en: "DRAFT", de: "ENTWURF"),
            "date": format.date(order.date),
            "seller": seller(),
            "buyer": party(order.buyer),
            "lines": lines(),
            "vatBreakdown": totals.vatBreakdown.map { entry in
                ["label": vatLabel(entry.vat), "taxable": format.amount(entry.taxableAmount), "tax": format.amount(entry.taxAmount)]
            },
            // A consumer's document: lines and adjustments including VAT (C. consom. L112-1).
            "lineTotal": format.amount(computed.consumerPrices?.lineTotal ?? totals.lineTotal),
            "netTotal": format.amount(totals.taxExclusiveTotal),
            "vatTotal": format.amount(totals.taxTotal),
            "grandTotal": format.amount(totals.grandTotal),
            "amountDue": format.amount(totals.amountDue),
            // The VAT regime's mentions, listed together under the totals.
            "vatMentions": computed.mentions.filter(\.id.isVATRegime).map { $0.text(language) },
            // Every mention the core chose, by key (`mention.latePaymentPenalties.text`): templates never restate them.
            "mention": mentionValues(),
            // Templates place `!image logo` only when the company has one.
            "logo": company.logo != nil,
        ]
        // The buyer's references (BT-10, BT-13, BT-12) and the delivery address when it differs (BG-15).
        for (key, value) in [("buyerReference", order.buyerReference), ("purchaseOrder", order.purchaseOrderReference),
                             ("contract", order.contractReference)] {
            if let value { values[key] = value }
        }
        if let delivery = order.deliveryAddress, delivery != order.buyer.address { values["deliveryAddress"] = Self.oneLine(delivery) }
        switch order.supplyDate {
        case .period(let period)?:
            values["servicePeriod"] = words(fr: "du \(format.date(period.start)) au \(format.date(period.end))",
                                            en: "\(format.date(period.start)) to \(format.date(period.end))",
                                            de: "\(format.date(period.start)) bis \(format.date(period.end))")
        case let supply?: values["supplyDate"] = supplyDate(supply)
        case nil: break
        }
        if !totals.allowancesAndCharges.isEmpty {
            let shown = computed.consumerPrices?.allowancesAndCharges
            values["adjustments"] = zip(order.allowancesAndCharges, totals.allowancesAndCharges).enumerated()
                .map { index, pair -> [String: String] in
                    let (source, adjustment) = pair
                    let sign = adjustment.kind == .allowance ? "−" : ""
                    var label = source.origin.map { ruleChargeLabel($0, includingVAT: source.includesVAT ? source.value : nil) }
                        ?? adjustment.reason
                        ?? (adjustment.kind == .allowance ? words(fr: "Remise", en: "Allowance", de: "Nachlass")
                                                          : words(fr: "Frais", en: "Charge", de: "Zuschlag"))
                    if let percent = adjustment.percent { label += " (\(format.percent(percent)))" }
                    return ["label": label, "amount": sign + format.amount(shown?[index] ?? adjustment.amount)]
                }
        }
        if !totals.paidAmount.isZero { values["paid"] = format.amount(totals.paidAmount) }
        // How the client pays: one of transfer (the default), directDebit, card, cheque.
        let method = order.paymentMethod ?? .transfer
        let key = switch method {
        case .directDebit: "directDebit"
        case .cashOnDelivery: "cashOnDelivery"
        default: method.rawValue
        }
        values["payBy"] = [key: true]
        // Paid in full before the invoice (a web order paid by card): nothing is due.
        values["settled"] = totals.amountDue.isZero && !totals.paidAmount.isZero
        // EN 16931 BT-114: the cent a VAT-inclusive price list leaves over between the total and the amount due.
        if !totals.roundingAmount.isZero {
            let rounding = totals.roundingAmount
            values["rounding"] = rounding.amount < .zero ? "−" + format.amount(-rounding) : "+" + format.amount(rounding)
        }
        if let inEuros = totals.taxTotalInTaxCurrency {
            values["vatTotalInEuros"] = format.amount(inEuros)
            if let rate = totals.taxCurrencyExchangeRate { values["exchangeRate"] = format.number(rate) }
        }
        if let due = computed.dueDate { values["dueDate"] = format.date(due) }
        // A quote states the terms its invoices will carry.
        values["paymentTerms"] = computed.mentions.first { $0.id == .paymentTerms }?.text(language)
        // Terms agreed for this order that differ from those the company's terms of sale state say so.
        if company.defaultTerms != nil, let agreed = computed.paymentTerms,
           agreed != (company.salesRules.paymentTerms ?? company.law.statutoryPaymentTerms) {
            values["paymentTermsDerogation"] = true
        }
        // The rate in words, for letters that claim penalties.
        if let rule = computed.penaltyRule { values["penaltyRate"] = TermsWording(language).penalty(rule) }
        if order.buyer.isBusiness { values["businessBuyer"] = true } else { values["consumer"] = consumer() }
        if let validUntil = computed.validUntil { values["validUntil"] = format.date(validUntil) }
        if let deposit = computed.deposit {
            values["deposit"] = ["percent": format.percent(deposit.percent), "amount": format.amount(deposit.deposit),
                                 "dueDate": format.date(deposit.depositDueDate), "balance": format.amount(deposit.balance)]
        }
        if let terms { values["terms"] = terms }
        if let credited = computed.order.creditedInvoice { values["creditedInvoice"] = reference(credited) }
        if let quote = computed.order.quote { values["quote"] = reference(quote) }
        let statement = computed.depositVATStatement
        if !statement.isEmpty {
            values["hasDepositVAT"] = true
            values["depositVAT"] = statement.map { line -> [String: String] in
                ["label": vatLabel(line.vat), "taxable": format.amount(line.taxable), "tax": format.amount(line.tax),
                 "depositNet": format.amount(line.depositNet), "depositTax": format.amount(line.depositTax),
                 "remainingTaxable": format.amount(line.remainingTaxable), "remainingTax": format.amount(line.remainingTax)]
            }
        }
        if !computed.deductedDeposits.isEmpty {
            values["deposits"] = computed.deductedDeposits.map { deduction -> [String: String] in
                var entry = reference(deduction.invoice)
                entry["amount"] = format.amount(deduction.amount)
                return entry
            }
        }
        if let base = computed.depositBase, let percent = order.depositPercent {
            // The total including VAT the client was shown (with a VAT-inclusive price list's rounding cent).
            values["depositOf"] = ["percent": format.percent(percent), "grandTotal": format.amount(base.grandTotal + base.roundingAmount),
                                   "netTotal": format.amount(base.taxExclusiveTotal)]
        }
        if let revision = order.priceRevision {
            values["priceRevision"] = ["index": revision.index, "base": format.number(revision.baseIndex),
                                       "current": format.number(revision.newIndex)]
        }
        return values
    }

    /// The core's mentions by template key, each with its text and, for a value-like one, its label.
    /// The early-payment discount, or its absence, is `earlyPaymentDiscount` either way.
    private func mentionValues() -> [String: [String: String]] {
        var values: [String: [String: String]] = [:]
        for mention in computed.mentions {
            let key = mention.id == .noEarlyPaymentDiscount ? MentionID.earlyPaymentDiscount.templateKey : mention.id.templateKey
            var entry = ["text": mention.text(language)]
            if let label = mention.label(language) { entry["label"] = label }
            values[key] = entry
        }
        return values
    }

    private func title(_ kind: Order.Kind) -> String {
        switch kind {
        case .quote: return words(fr: "Devis", en: "Quote", de: "Angebot")
        case .invoice where !computed.deductedDeposits.isEmpty: return words(fr: "Facture de solde", en: "Final invoice", de: "Schlussrechnung")
        case .invoice: return words(fr: "Facture", en: "Invoice", de: "Rechnung")
        case .depositInvoice: return words(fr: "Facture d'acompte", en: "Deposit invoice", de: "Anzahlungsrechnung")
        // § 14 Abs. 4 UStG: a correction of an invoice (Rechnungskorrektur), not a « Gutschrift », which in German
        // VAT law is an invoice the buyer issues (§ 14 Abs. 2 Satz 2 UStG).
        case .creditNote: return words(fr: "Avoir", en: "Credit note", de: "Rechnungskorrektur")
        }
    }

    private func reference(_ document: DocumentReference) -> [String: String] {
        ["number": document.number, "date": format.date(document.date)]
    }

    /// A charge the terms of sale added, in words: « Frais de petite commande (moins de 50,00 € HT) »; a fee
    /// the terms state including VAT says so, its net part being the amount printed.
    private func ruleChargeLabel(_ origin: AdjustmentOrigin, includingVAT stated: AllowanceCharge.Value?) -> String {
        var label = ruleChargeLabel(origin)
        if case .amount(let amount)? = stated {
            let gross = format.amount(Money(rounding: amount, in: computed.order.currency))
            label += words(fr: " (\(gross) TTC)", en: " (\(gross) incl. VAT)", de: " (\(gross) brutto)")
        }
        return label
    }

    private func ruleChargeLabel(_ origin: AdjustmentOrigin) -> String {
        let currency = computed.order.currency
        switch origin {
        case .smallOrder(let below):
            let threshold = format.amount(Money(rounding: below, in: currency))
            return words(fr: "Frais de petite commande (commande de moins de \(threshold) HT)",
                         en: "Small-order charge (order under \(threshold) excl. VAT)",
                         de: "Mindermengenzuschlag (Bestellwert unter \(threshold) netto)")
        case .paymentMethod(let method):
            let name = TermsWording(language).paymentMethod(method)
            return words(fr: "Frais de paiement par \(name)", en: "Fee for payment by \(name)", de: "Gebühr für Zahlung per \(name)")
        case let .rejectedDirectDebits(count, each):
            let fee = format.amount(Money(rounding: each, in: currency))
            return words(fr: "Frais de rejet de prélèvement (\(count) × \(fee))", en: "Rejected direct debit fee (\(count) × \(fee))",
                         de: "Gebühr für Rücklastschrift (\(count) × \(fee))")
        }
    }

    private func seller() -> [String: Any] {
        Self.seller(computed.seller, of: company, language: language, crossBorder: crossBorder)
    }

    /// A seller's values: its party's, completed from its company's profile (legal name and form,
    /// capital, RCS, IBAN, contact), the same on every document and letter.
    static func seller(_ party: Party, of company: CompanyProfile, language: DocumentLanguage, crossBorder: Bool) -> [String: Any] {
        let format = LocalizedFormat(language)
        var seller = party
        if seller.address == nil { seller.address = company.address }
        var values = Self.party(seller, language: language, crossBorder: crossBorder)
        // The company's legal name followed by its legal form (« Atelier Numérique SAS », « Claire Martin EI »).
        values["name"] = "\(company.legalName) \(company.legalForm)"
        values["city"] = seller.address?.city ?? company.address.city
        values["addressLine"] = Self.oneLine(seller.address ?? company.address)
        values["legalName"] = company.legalName
        values["legalForm"] = company.legalForm
        if let capital = company.capital { values["capital"] = format.amount(capital) }
        if let city = company.rcsCity, let siren = company.siren { values["rcs"] = "RCS \(city) \(siren)" }
        values.merge(Self.germanIdentity(company)) { _, german in german }
        if let ape = company.apeCode { values["ape"] = ape }
        if let bic = company.bic { values["bic"] = bic }
        if let iban = company.iban ?? party.iban { values["iban"] = iban.description }
        for (key, value) in [("email", company.email), ("phone", company.phone), ("website", company.website)] {
            if let value { values[key] = value }
        }
        return values
    }

    /// True when the seller's and the buyer's addresses are in different countries.
    private var crossBorder: Bool {
        let order = computed.order
        let sellerCountry = computed.seller.address?.country ?? company.address.country
        return (order.buyer.address?.country ?? order.buyer.country) != sellerCountry
    }

    /// A German company's Steuernummer, register entry and managing directors (§ 14 Abs. 4 Nr. 2 UStG, § 35a GmbHG).
    static func germanIdentity(_ company: CompanyProfile) -> [String: Any] {
        var values: [String: Any] = [:]
        if let taxNumber = company.taxNumber { values["taxNumber"] = taxNumber.text }
        if let register = company.commercialRegister { values["commercialRegister"] = "\(register.court), \(register.number)" }
        if !company.managingDirectors.isEmpty { values["managingDirectors"] = company.managingDirectors.joined(separator: ", ") }
        return values
    }

    private func party(_ party: Party) -> [String: Any] {
        Self.party(party, language: language, crossBorder: crossBorder)
    }

    /// A party's name, identifiers and postal address (naming its country when the parties' differ).
    static func party(_ party: Party, language: DocumentLanguage, crossBorder: Bool) -> [String: Any] {
        var values: [String: Any] = ["name": party.name]
        if let siren = party.siren { values["siren"] = siren.description }
        if let siret = party.siret { values["siret"] = siret.description }
        if let vat = party.vatNumber { values["vatNumber"] = vat.description }
        if let electronic = party.electronicAddress {
            values["electronicAddress"] = electronic.description
            // As a reader knows it: an e-mail alone, a German public buyer's Leitweg-ID named.
            values["eInvoiceAddress"] = switch electronic.scheme {
            case "EM": electronic.identifier
            case "0204": "Leitweg-ID \(electronic.identifier)"
            default: electronic.description
            }
        }
        if let address = party.address {
            var lines = address.lines
            lines.append([address.postcode, address.city].compactMap { $0 }.joined(separator: " "))
            // A postal address abroad names its country; then both parties' countries are printed.
            if crossBorder { lines.append(CountryName.of(address.country, in: language)) }
            values["address"] = lines.joined(separator: "\n")
        }
        return values
    }

    /// Each line: what it is, « 12,5 h » at a unit price, its amount before its own allowances and
    /// charges (`amount`, quantity × price), each of those under it (`adjustments`: always present, so a
    /// template's `{{#adjustments}}` inside `{{#lines}}` never reaches the document's), and BT-131.
    private func lines() -> [[String: Any]] {
        let format = self.format
        let units = company.units
        let depositPercent = computed.depositBase != nil ? computed.order.depositPercent : nil
        let shown = computed.consumerPrices?.lines
        return zip(computed.order.lines, computed.totals.lines).enumerated().map { index, pair in
            let (source, line) = pair
            // A consumer's document prints its prices including VAT (C. consom. L112-1).
            let consumer = shown?[index]
            let unitPrice = consumer?.unitPrice ?? line.netUnitPrice
            var values: [String: Any] = [
                "description": depositPercent.map { percent in
                    // The deposit is P % of the total including VAT; each line is its part at one VAT rate, whose
                    // amount with VAT is stated so the parts visibly add up to the deposit.
                    let part = computed.totals.vatBreakdown.first { $0.vat == line.vat }.map { format.amount($0.taxableAmount + $0.taxAmount) }
                    return words(
                        fr: "Acompte de \(format.percent(percent)) sur la part de la commande au taux \(vatLabel(line.vat))\(part.map { ", soit \($0) TTC" } ?? "")",
                        en: "Deposit of \(format.percent(percent)) on the part of the order at \(vatLabel(line.vat))\(part.map { ", that is \($0) incl. VAT" } ?? "")",
                        de: "Anzahlung von \(format.percent(percent)) auf den Teil des Auftrags zum Satz \(vatLabel(line.vat))\(part.map { ", d. h. \($0) brutto" } ?? "")")
                } ?? description(of: source),
                "quantity": units.quantity(source.quantity, unitCode: source.unitCode, in: language),
                "unitPrice": format.number(unitPrice, places: max(2, min(unitPrice.normalized.places, 4))),
                "vatRate": vatLabel(line.vat),
                "amount": format.amount(consumer?.grossAmount ?? line.grossAmount),
                "netAmount": format.amount(consumer?.netAmount ?? line.netAmount),
                "adjustments": line.allowancesAndCharges.enumerated().map { item, adjustment in
                    lineAdjustment(adjustment, shown: consumer?.allowancesAndCharges[item])
                },
            ]
            if let unit = units.name(of: source.unitCode, quantity: source.quantity, in: language) { values["unit"] = unit }
            if let period = source.period { values["period"] = self.period(period) }
            return values
        }
    }

    /// The line's description; a depreciation line adds the grade and the share of the flat-rate price it
    /// invoices: « …, restituée — dépréciation « Rayures légères » : 15 % du prix forfaitaire de 690,00 € ».
    private func description(of line: OrderLine) -> String {
        guard let depreciation = line.depreciation, let grade = depreciation.applied else { return line.description }
        let price = format.amount(Money(rounding: depreciation.flatRatePrice, in: computed.order.currency))
        let percent = format.percent(grade.percent)
        return words(
            fr: "\(line.description) — dépréciation « \(grade.label.french) » : \(percent) du prix forfaitaire de \(price)",
            en: "\(line.description) — depreciation “\(grade.label.english)”: \(percent) of the flat-rate price of \(price)",
            de: "\(line.description) — Wertminderung „\(grade.label.text(.german))“: \(percent) des Pauschalpreises von \(price)")
    }

    /// « 13 mars 2026 », « identique à la date de facture », « période du 1er au 30 novembre 2026 ».
    func supplyDate(_ supply: SupplyDate) -> String {
        switch supply {
        case .on(let day): format.date(day)
        case .invoiceDate: words(fr: "identique à la date de facture", en: "same as the invoice date", de: "entspricht dem Rechnungsdatum")
        case .period(let period): self.period(period)
        }
    }

    /// « période du 1er novembre 2026 au 30 novembre 2026 » / "period from 1 November 2026 to 30 November 2026".
    func period(_ period: ServicePeriod) -> String {
        words(fr: "période du \(format.date(period.start)) au \(format.date(period.end))",
              en: "period from \(format.date(period.start)) to \(format.date(period.end))",
              de: "Zeitraum vom \(format.date(period.start)) bis \(format.date(period.end))")
    }

    /// A line's allowance or charge as printed under it: « Remise quantité : 5 % de 1 470,00 € », « −73,50 € »;
    /// `shown`, its amount including VAT on a consumer's document (then its percentage alone).
    private func lineAdjustment(_ item: InvoiceTotals.Adjustment, shown: Money?) -> [String: String] {
        let format = self.format
        let allowance = item.kind == .allowance
        var label = item.reason ?? (allowance ? words(fr: "Remise", en: "Discount", de: "Rabatt")
                                              : words(fr: "Majoration", en: "Surcharge", de: "Aufschlag"))
        if let percent = item.percent {
            if shown == nil, let base = item.baseAmount {
                label += words(fr: " : \(format.percent(percent)) de \(format.amount(base))",
                               en: ": \(format.percent(percent)) of \(format.amount(base))",
                               de: ": \(format.percent(percent)) von \(format.amount(base))")
            } else {
                label += (french ? " : " : ": ") + format.percent(percent)
            }
        }
        return ["label": label, "amount": (allowance ? "−" : "+") + format.amount(shown ?? item.amount)]
    }

    /// What a consumer's document says that a business's does not: the mediator, how the contract is
    /// concluded and whether the consumer may withdraw, what is sold, the date of delivery agreed.
    private func consumer() -> [String: Any] {
        let order = computed.order
        var values: [String: Any] = [:]
        // C. consom. L616-1, R616-1.
        if let mediator = company.consumerMediator {
            values["mediator"] = ["name": mediator.name, "website": mediator.website, "address": Self.oneLine(mediator.address)]
        }
        if order.natures.contains(.goods) { values["goods"] = true }
        if order.natures.contains(.services) { values["services"] = true }
        if let channel = order.saleChannel {
            let key = switch channel {
            case .distance: "distance"
            case .offPremises: "offPremises"
            case .onPremises: "onPremises"
            }
            values["saleChannel"] = [key: true]
            // C. consom. L221-18: fourteen days to withdraw from a contract at a distance or off premises.
            if channel.givesRightOfWithdrawal { values["withdrawal"] = true }
        }
        if let delivery = order.deliveryDate { values["deliveryDate"] = format.date(delivery) }
        return values
    }

    /// « 12 rue des Imprimeurs, 75011 Paris »: an address on one line, for a sentence.
    static func oneLine(_ address: Address) -> String {
        (address.lines + [[address.postcode, address.city].compactMap { $0 }.joined(separator: " ")]).joined(separator: ", ")
    }

    private func vatLabel(_ vat: VATClassification) -> String {
        switch vat.category {
        case .standard: return format.percent(vat.rate)
        case .reverseCharge: return words(fr: "Autoliq.", en: "Rev. charge", de: "Reverse Charge")
        case .intraCommunity, .export, .exempt, .zeroRated:
            let code = vat.category.rawValue
            return words(fr: "Exonéré (\(code))", en: "Exempt (\(code))", de: "Steuerfrei (\(code))")
        case .notSubject: return words(fr: "Hors champ", en: "Out of scope", de: "Nicht steuerbar")
        case .canaryIslands, .ceutaMelilla, .transferred: return vat.category.rawValue
        }
    }
}
