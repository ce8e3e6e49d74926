import FolioCore

/// XRechnung 3.0, the German CIUS of EN 16931 that German public buyers require: the same invoice
/// with what XRechnung makes mandatory (KoSIT's rules BR-DE-…), written as CII.
///
/// ```swift
/// let xml = CIIWriter.xml(try XRechnung.invoice(eInvoice, language: .german))
/// ```
public enum XRechnung {
    /// BT-24 of an XRechnung 3.0 invoice.
    // KoSIT, XRechnung 3.0 specification, « Specification identifier ».
    public static let specification = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"

    /// The XRechnung of an EN 16931 invoice or credit note, or what it lacks to be one.
    ///
    /// Added from what the invoice already says: the specification (BT-24); the seller's electronic
    /// address from its e-mail (scheme EM) and the buyer's from a Leitweg-ID given as buyer reference
    /// (scheme 0204) when none is given; a card payment without the card's data stated as « mutually
    /// defined » (ZZZ, with a text saying it is a card payment); a credit note's payment means as « not
    /// defined » (1) when it has none. Nothing else is made up: what is missing is refused, naming it.
    ///
    /// - Parameter language: the language of the texts added (the document's).
    /// - Throws: ``XRechnungGap`` naming the first field missing and the rule that wants it.
    public static func invoice(_ invoice: EInvoice, language: DocumentLanguage) throws(XRechnungGap) -> EInvoice {
        var invoice = invoice
        invoice.specification = specification
        guard let reference = invoice.buyerReference, !reference.allSatisfy(\.isWhitespace) else {
            throw XRechnungGap(.order, "buyerReference", rule: "BR-DE-15",
                               "XRechnung needs the buyer's reference (BT-10): a public buyer's Leitweg-ID, or the reference the buyer gave")
        }
        var leitwegID: LeitwegID?
        if LeitwegID.looksLike(reference) {
            do { leitwegID = try LeitwegID(reference) } catch { throw XRechnungGap(.order, "buyerReference", rule: "BR-DE-15", error.reason) }
        }
        // The order's fields first, then the profile's.
        try checkBuyer(&invoice.buyer, leitwegID: leitwegID)
        if let address = invoice.delivery?.address, address.city == nil || address.postcode == nil {
            throw XRechnungGap(.order, "deliveryAddress.postcode", rule: "BR-DE-11", "XRechnung needs the delivery address's post code and city (BT-77, BT-78)")
        }
        invoice.paymentInstructions = try paymentInstructions(of: invoice, language: language)
        try checkSeller(&invoice.seller)
        return invoice
    }

    /// BG-4 and BG-6: the seller's address, contact and electronic address, all from the profile.
    private static func checkSeller(_ seller: inout EInvoiceParty) throws(XRechnungGap) {
        if seller.address?.postcode == nil {
            throw XRechnungGap(.profile, "address.postcode", rule: "BR-DE-4", "XRechnung needs the seller's post code (BT-38)")
        }
        guard let contact = seller.contact, contact.name != nil else {
            throw XRechnungGap(.profile, "contactPoint", rule: "BR-DE-5",
                               "XRechnung needs the seller's contact point (BT-41): a department or a person who answers for invoices")
        }
        guard contact.phone != nil else {
            throw XRechnungGap(.profile, "phone", rule: "BR-DE-6", "XRechnung needs the seller's contact telephone number (BT-42)")
        }
        guard let email = contact.email else {
            throw XRechnungGap(.profile, "email", rule: "BR-DE-7", "XRechnung needs the seller's contact e-mail address (BT-43)")
        }
        // BT-34 is mandatory in XRechnung 3.0; the contact e-mail is where the seller receives.
        if seller.electronicAddress == nil { seller.electronicAddress = SchemedIdentifier(scheme: "EM", value: email) }
    }

    /// BG-7 and BG-8: the buyer's post code and city, and its electronic address.
    private static func checkBuyer(_ buyer: inout EInvoiceParty, leitwegID: LeitwegID?) throws(XRechnungGap) {
        guard let address = buyer.address, address.city != nil, address.postcode != nil else {
            throw XRechnungGap(.order, "buyer.address.postcode", rule: "BR-DE-9", "XRechnung needs the buyer's post code and city (BT-52, BT-53)")
        }
        if buyer.electronicAddress == nil, let leitwegID {
            // A public buyer receives at its Leitweg-ID (EAS scheme 0204).
            buyer.electronicAddress = SchemedIdentifier(scheme: "0204", value: leitwegID.text)
        }
        guard buyer.electronicAddress != nil else {
            throw XRechnungGap(.order, "buyer.electronicAddress", rule: "BT-49",
                               "XRechnung 3.0 needs the buyer's electronic address (BT-49): give it (EM:… for an e-mail, 0204:… for a Leitweg-ID), or a Leitweg-ID as buyerReference")
        }
    }

    /// BG-16, which every XRechnung carries (BR-DE-1), with the groups its means need (BR-DE-23…25).
    private static func paymentInstructions(of invoice: EInvoice, language: DocumentLanguage) throws(XRechnungGap) -> PaymentInstructions {
        guard var payment = invoice.paymentInstructions else {
            if invoice.typeCode.isCreditNote {
                // UNTDID 4461 1, instrument not defined: a credit note is settled as the parties agree.
                return PaymentInstructions(meansCode: "1", remittanceInformation: invoice.number)
            }
            throw XRechnungGap(.profile, "iban", rule: "BR-DE-1",
                               "XRechnung needs payment instructions (BG-16): an IBAN in the profile, or the order's paymentMethod")
        }
        switch payment.meansCode {
        case "30", "58":
            guard payment.accountIdentifier != nil else {
                throw XRechnungGap(.profile, "iban", rule: "BR-DE-23-a", "XRechnung needs the account to transfer to (BT-84) for a payment by transfer")
            }
        case "48", "54", "55":
            // BR-DE-24-a wants the card's number (BG-18), which an order does not carry: the means is stated
            // as mutually defined, with its text.
            payment.meansCode = "ZZZ"
            payment.meansText = payment.meansText ?? language.words(fr: "Paiement par carte", en: "Card payment", de: "Kartenzahlung")
        case "59":
            throw XRechnungGap(.order, "paymentMethod", rule: "BR-DE-25-a",
                               "XRechnung's SEPA direct debit needs the mandate reference, the creditor identifier and the debited account (BT-89…BT-91), which an order does not carry: choose another payment method")
        default:
            break
        }
        return payment
    }
}

extension EInvoice {
    /// Whether the invoice follows XRechnung (its BT-24).
    public var isXRechnung: Bool { specification == XRechnung.specification }
}

/// What an invoice lacks to be an XRechnung: the field of the order or of the company profile, and
/// the XRechnung rule that wants it.
public struct XRechnungGap: Error, Sendable, CustomStringConvertible {
    /// Where the missing field is written.
    public enum Source: Sendable { case order, profile }
    public let source: Source
    public let field: String
    public let rule: String
    public let reason: String

    init(_ source: Source, _ field: String, rule: String, _ reason: String) {
        self.source = source
        self.field = field
        self.rule = rule
        self.reason = reason
    }

    public var description: String { "\(field): \(reason) (\(rule))" }
}
