import FolioCore

extension EInvoice {
    /// The e-invoice of an issued invoice, deposit invoice or credit note: every amount is taken from
    /// the computed document that is printed, never recomputed.
    ///
    /// - Parameters:
    ///   - computed: the document as the core computed it.
    ///   - number: the number the ledger gave it (BT-1).
    ///   - profile: the seller's company profile, for what a ``Party`` does not carry (BIC, legal form,
    ///     share capital, contact); nil for a document computed without one.
    ///   - language: the document's language, for the notes and payment terms.
    /// - Throws: ``NotAnInvoice`` for a quote.
    public init(_ computed: ComputedOrder, number: String, profile: CompanyProfile?, language: DocumentLanguage) throws(NotAnInvoice) {
        let order = computed.order
        let typeCode: InvoiceTypeCode
        switch order.kind {
        case .invoice: typeCode = .invoice
        case .depositInvoice: typeCode = .prepayment
        case .creditNote: typeCode = .creditNote
        case .quote: throw NotAnInvoice(kind: order.kind)
        }
        let totals = computed.totals
        let currency = totals.currency
        let places = currency.minorUnit
        func amount(_ money: Money) -> ExactDecimal { money.amount.rounded(toPlaces: places) }

        var lines: [EInvoiceLine] = []
        for (index, line) in totals.lines.enumerated() {
            let source = index < order.lines.count ? order.lines[index] : nil
            lines.append(EInvoiceLine(
                id: line.id, name: source?.description ?? line.id,
                quantity: source?.quantity ?? 1, unitCode: source?.unitCode ?? "C62",
                netPrice: line.netUnitPrice,
                baseQuantity: source.map(\.baseQuantity).flatMap { $0 == 1 ? nil : $0 },
                netAmount: amount(line.netAmount),
                allowancesAndCharges: line.allowancesAndCharges.map { Self.adjustment($0, onLine: true, places: places) },
                vat: line.vat,
                period: source?.period.map { EInvoicePeriod(start: $0.start, end: $0.end) }))
        }

        var delivery: EInvoiceDelivery?
        var invoicingPeriod: EInvoicePeriod?
        switch order.supplyDate {
        case .on(let date): delivery = EInvoiceDelivery(date: date)
        case .invoiceDate: delivery = EInvoiceDelivery(date: order.date)
        case .period(let period): invoicingPeriod = EInvoicePeriod(start: period.start, end: period.end)
        case nil: break
        }
        if let address = order.deliveryAddress {
            // BG-15: a delivery address that differs from the buyer's (mandatory mention since 2026-09-01).
            delivery = EInvoiceDelivery(partyName: order.buyer.name, date: delivery?.date, address: EInvoiceAddress(address))
        } else if totals.vatBreakdown.contains(where: { $0.vat.category == .intraCommunity }), let address = order.buyer.address {
            // BR-IC-12: an intra-EU supply names the country the goods go to; without a delivery address of
            // its own, they go to the buyer's.
            delivery = EInvoiceDelivery(partyName: order.buyer.name, date: delivery?.date, address: EInvoiceAddress(address))
        }

        let mentions = computed.mentions
        let dueAmount = totals.amountDue.amount
        self.init(
            number: number, issueDate: order.date, typeCode: typeCode, currency: currency,
            taxCurrency: totals.taxTotalInTaxCurrency?.currency, taxTotalInTaxCurrency: totals.taxTotalInTaxCurrency.map(amount),
            businessProcess: Jurisdiction(sellerCountry: computed.seller.country) == .france ? Self.invoicingFramework(of: computed) : nil,
            notes: Self.notes(mentions, language: language),
            buyerReference: order.buyerReference, contractReference: order.contractReference,
            purchaseOrderReference: order.purchaseOrderReference,
            precedingInvoices: (order.kind == .creditNote ? order.creditedInvoice.map { [$0] } ?? [] : computed.deductedDeposits.map(\.invoice))
                .map(PrecedingInvoice.init),
            seller: EInvoiceParty(seller: computed.seller, profile: profile, language: language),
            buyer: EInvoiceParty(buyer: order.buyer),
            delivery: delivery, invoicingPeriod: invoicingPeriod,
            paymentInstructions: order.kind == .creditNote ? nil : Self.paymentInstructions(order: order, seller: computed.seller,
                                                                                        profile: profile, number: number),
            paymentTerms: dueAmount > .zero ? mentions.first { $0.id == .paymentTerms }?.text(language) : nil,
            dueDate: dueAmount > .zero ? computed.dueDate : nil,
            lines: lines,
            allowancesAndCharges: totals.allowancesAndCharges.map { Self.adjustment($0, onLine: false, places: places) },
            vatBreakdown: totals.vatBreakdown.map {
                EInvoiceVATBreakdown(vat: $0.vat, taxableAmount: amount($0.taxableAmount), taxAmount: amount($0.taxAmount),
                                     exemptionReason: $0.exemptionReason?.text, exemptionReasonCode: $0.exemptionReason?.code)
            },
            totals: EInvoiceTotals(
                lineTotal: amount(totals.lineTotal), allowanceTotal: amount(totals.allowanceTotal),
                chargeTotal: amount(totals.chargeTotal), taxExclusiveTotal: amount(totals.taxExclusiveTotal),
                taxTotal: amount(totals.taxTotal), grandTotal: amount(totals.grandTotal),
                paidAmount: totals.paidAmount.isZero ? nil : amount(totals.paidAmount),
                roundingAmount: totals.roundingAmount.isZero ? nil : amount(totals.roundingAmount),
                amountDue: amount(totals.amountDue)))
        if lines.contains(where: { $0.vat.category == .notSubject }) || allowancesAndCharges.contains(where: { $0.vat?.category == .notSubject }) {
            // An operation outside the scope of VAT carries neither party's VAT number (BR-O-02…BR-O-04);
            // the seller is then identified for tax by its SIREN (BT-32).
            seller.vatNumber = nil
            buyer.vatNumber = nil
        }
        if seller.vatNumber == nil, let siren = seller.legalRegistration, siren.scheme == "0002" {
            // A seller without a VAT number (the franchise of CGI art. 293 B) is identified for tax by its
            // SIREN (BT-32), which an exempt invoice must carry (BR-E-02).
            seller.taxRegistration = siren.value
        }
        if seller.vatNumber == nil, seller.legalRegistration == nil, seller.identifiers.isEmpty, let taxNumber = seller.taxRegistration {
            // BR-CO-26 wants BT-29, BT-30 or BT-31: a seller with neither VAT number shown nor register entry
            // (a German sole trader outside the scope of VAT) is identified by its Steuernummer.
            seller.identifiers = [SchemedIdentifier(scheme: nil, value: taxNumber)]
        }
    }

    /// An allowance or charge as computed; one without a reason gets the generic word, since EN 16931
    /// wants a reason or a code on each (BR-33, BR-38, BR-42, BR-44).
    static func adjustment(_ adjustment: InvoiceTotals.Adjustment, onLine: Bool, places: Int) -> EInvoiceAllowanceCharge {
        let reason = adjustment.reason ?? (adjustment.reasonCode == nil ? (adjustment.kind == .allowance ? "Remise" : "Frais") : nil)
        return EInvoiceAllowanceCharge(
            kind: adjustment.kind, amount: adjustment.amount.amount.rounded(toPlaces: places),
            baseAmount: adjustment.percent == nil ? nil : adjustment.baseAmount.map { $0.amount.rounded(toPlaces: places) },
            percent: adjustment.baseAmount == nil ? nil : adjustment.percent,
            vat: onLine ? nil : adjustment.vat, reason: reason, reasonCode: adjustment.reasonCode)
    }

    /// BT-23, the French invoicing framework (« cadre de facturation »): B goods, S services, M both;
    /// 1 an invoice to pay, 4 a final invoice after deposits.
    // DGFiP, spécifications externes de la facturation électronique, cadre de facturation (BT-23).
    static func invoicingFramework(of computed: ComputedOrder) -> String {
        let natures = computed.order.natures
        let letter = natures == [.goods] ? "B" : natures == [.services] ? "S" : "M"
        return letter + (computed.deductedDeposits.isEmpty ? "1" : "4")
    }

    /// BG-1: the payment mentions with the subject codes the French rules give them, then the others.
    // Notes PMD (late-payment penalties), PMT (recovery indemnity), AAB (early-payment discount):
    // C. com. L441-9 and the French rules of EN 16931 (DOMAIN §6).
    static func notes(_ mentions: [Mention], language: DocumentLanguage) -> [EInvoiceNote] {
        mentions.compactMap { mention in
            // French sets a space before the colon; English and German do not.
            let colon = language == .french ? " : " : ": "
            let text = mention.label(language).map { $0 + colon + mention.text(language) } ?? mention.text(language)
            switch mention.id {
            case .latePaymentPenalties: return EInvoiceNote(subjectCode: "PMD", text: text)
            case .recoveryIndemnity: return EInvoiceNote(subjectCode: "PMT", text: text)
            case .earlyPaymentDiscount, .noEarlyPaymentDiscount: return EInvoiceNote(subjectCode: "AAB", text: text)
            case .paymentTerms, .dueDate: return nil  // BT-20 and BT-9
            case .vatInEuros, .vatOnDebits: return EInvoiceNote(subjectCode: "TXD", text: text)
            default: return EInvoiceNote(subjectCode: mention.id.isVATRegime ? "TXD" : "AAI", text: text)
            }
        }
    }

    /// BG-16: a transfer to the seller's IBAN by default, the method the order names otherwise.
    static func paymentInstructions(order: Order, seller: Party, profile: CompanyProfile?, number: String) -> PaymentInstructions? {
        let iban = seller.iban ?? profile?.iban
        let bic = profile?.bic
        switch order.paymentMethod {
        case .card: return PaymentInstructions(meansCode: "48", remittanceInformation: number)
        case .cheque: return PaymentInstructions(meansCode: "20", remittanceInformation: number)
        // UNTDID 4461: 10, in cash (to the carrier).
        case .cashOnDelivery: return PaymentInstructions(meansCode: "10", remittanceInformation: number)
        case .directDebit: return PaymentInstructions(meansCode: "59", remittanceInformation: number)
        case .transfer, nil:
            guard let iban else { return order.paymentMethod == nil ? nil : PaymentInstructions(meansCode: "30", remittanceInformation: number) }
            // 58: SEPA credit transfer, for an account in the SEPA zone; 30 otherwise.
            let code = Self.sepaCountries.contains(String(iban.value.prefix(2))) ? "58" : "30"
            return PaymentInstructions(meansCode: code, remittanceInformation: number, accountIdentifier: iban.value,
                                       accountName: profile?.legalName ?? seller.name, serviceProvider: bic)
        }
    }
}

extension EInvoice {
    /// The countries of the SEPA schemes (EEA members and the associated countries), by IBAN prefix.
    // European Payments Council, EPC409-09 « List of countries and territories of the SEPA schemes ».
    static let sepaCountries: Set<String> = Set("""
        AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO
        CH GB MC SM VA AD
        """.split(whereSeparator: \.isWhitespace).map(String.init))
}

/// Only invoices, deposit invoices and credit notes are e-invoices.
public struct NotAnInvoice: Error, Sendable, CustomStringConvertible {
    public let kind: Order.Kind
    public var description: String { "a \(kind.title.lowercased()) is not an invoice: no e-invoice is made for it" }
}

extension EInvoiceAddress {
    init(_ address: Address) {
        // EN 16931 carries three address lines (BT-35, BT-36, BT-162); further lines join the third.
        var lines = Array(address.lines.prefix(2))
        if address.lines.count > 2 { lines.append(address.lines.dropFirst(2).joined(separator: ", ")) }
        self.init(lines: lines, city: address.city, postcode: address.postcode, countryCode: address.country)
    }
}

extension EInvoiceParty {
    /// The seller: identifiers from the party, legal information and contact from the profile.
    init(seller: Party, profile: CompanyProfile?, language: DocumentLanguage) {
        let siren = seller.siren ?? profile?.siren
        var legal: [String] = []
        if let profile {
            let format = LocalizedFormat(language)
            var form = profile.legalForm
            if let capital = profile.capital {
                form += language.words(fr: " au capital de ", en: " with a share capital of ", de: ", Stammkapital ") + format.amount(capital)
            }
            legal.append(form)
            if let city = profile.rcsCity, let siren = profile.siren { legal.append("RCS \(city) \(siren)") }
            // § 35a GmbHG: the register entry and the managing directors.
            if let register = profile.commercialRegister { legal.append("\(register.court), \(register.number)") }
            if !profile.managingDirectors.isEmpty {
                legal.append(language.words(fr: "Dirigeants : ", en: "Managing directors: ", de: "Geschäftsführung: ")
                             + profile.managingDirectors.joined(separator: ", "))
            }
        }
        let contact = profile.flatMap {
            $0.email == nil && $0.phone == nil && $0.contactPoint == nil ? nil : EInvoiceContact(name: $0.contactPoint, phone: $0.phone, email: $0.email)
        }
        self.init(name: profile?.legalName ?? seller.name,
                  identifiers: (seller.siret ?? profile?.siret).map { [SchemedIdentifier(scheme: "0009", value: $0.digits)] } ?? [],
                  // BT-30: the SIREN (scheme 0002), else a German company's register entry (no ISO 6523 scheme).
                  legalRegistration: siren.map { SchemedIdentifier(scheme: "0002", value: $0.digits) }
                      ?? profile?.commercialRegister.map { SchemedIdentifier(scheme: nil, value: "\($0.court) \($0.number)") },
                  vatNumber: (seller.vatNumber ?? profile?.vatNumber)?.description,
                  // BT-32 (scheme FC): a German seller's Steuernummer (§ 14 Abs. 4 Nr. 2 UStG).
                  taxRegistration: (seller.taxNumber ?? profile?.taxNumber)?.text,
                  legalInformation: legal.isEmpty ? nil : legal.joined(separator: " — "),
                  electronicAddress: Self.electronicAddress(seller.electronicAddress ?? profile?.electronicAddress, siren: siren),
                  address: (seller.address ?? profile?.address).map(EInvoiceAddress.init)
                      ?? EInvoiceAddress(lines: [], city: nil, postcode: nil, countryCode: seller.country),
                  contact: contact)
    }

    /// The buyer as the order names it.
    init(buyer: Party) {
        self.init(name: buyer.name,
                  identifiers: buyer.siret.map { [SchemedIdentifier(scheme: "0009", value: $0.digits)] } ?? [],
                  legalRegistration: buyer.siren.map { SchemedIdentifier(scheme: "0002", value: $0.digits) },
                  vatNumber: buyer.vatNumber?.description,
                  electronicAddress: Self.electronicAddress(buyer.electronicAddress, siren: buyer.siren),
                  address: buyer.address.map(EInvoiceAddress.init)
                      ?? EInvoiceAddress(lines: [], city: nil, postcode: nil, countryCode: buyer.country))
    }

    /// The electronic address given, else the SIREN under scheme 0225: the French directory's base
    /// address of a company is its SIREN.
    // Décret 2022-1299 and the DGFiP directory (annuaire): scheme 0225, identifier the SIREN.
    static func electronicAddress(_ given: ElectronicAddress?, siren: SIREN?) -> SchemedIdentifier? {
        if let given { return SchemedIdentifier(scheme: given.scheme, value: given.identifier) }
        return siren.map { SchemedIdentifier(scheme: "0225", value: $0.digits) }
    }
}
