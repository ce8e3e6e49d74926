/// A mention a document must print, in French, English and German, with its legal source; the version
/// in the seller's legal language is the one that binds.
///
/// The core computes every mention a document carries (``RequiredMentions``); templates place
/// them by ``MentionID/templateKey`` and never restate their wording.
public struct Mention: Sendable, Hashable, Codable {
    public let id: MentionID
    /// The text in each language, ready to print (no final full stop: the template ends the sentence).
    public let french: String
    public let english: String
    public let german: String
    /// The rule that requires it, e.g. `CGI art. 242 nonies A`.
    public let source: String

    public init(id: MentionID, french: String, english: String, german: String, source: String) {
        self.id = id
        self.french = french
        self.english = english
        self.german = german
        self.source = source
    }

    /// The text in a document's language.
    public func text(_ language: DocumentLanguage) -> String { language.words(fr: french, en: english, de: german) }

    /// The label in a document's language, for a value-like mention.
    public func label(_ language: DocumentLanguage) -> String? {
        id.label.map { language.words(fr: $0.french, en: $0.english, de: $0.german) }
    }
}
extension Mention {
    // CGI art. 293 B; CGI annexe II art. 242 nonies A, I-13°.
    public static let franchise = Mention(
        id: .vatFranchise, french: "TVA non applicable, art. 293 B du CGI",
        english: "VAT not applicable, art. 293 B of the French General Tax Code",
        german: "Keine Umsatzsteuer, Art. 293 B des französischen Steuergesetzbuchs (CGI)", source: "CGI art. 293 B")
    // CGI art. 283-2 and 242 nonies A, I-13°; directive 2006/112/CE art. 196 and 226-11 bis.
    public static let reverseCharge = Mention(
        id: .vatReverseCharge, french: "Autoliquidation — art. 196 de la directive 2006/112/CE",
        english: "Reverse charge (Autoliquidation) — art. 196 of Directive 2006/112/EC",
        german: "Steuerschuldnerschaft des Leistungsempfängers — Art. 196 der Richtlinie 2006/112/EG", source: "directive 2006/112/CE art. 196, 226")
    // CGI art. 262 ter I.
    public static let intraCommunitySupply = Mention(
        id: .vatIntraCommunity, french: "Exonération de TVA, art. 262 ter I du CGI",
        english: "VAT exempt intra-EU supply, art. 262 ter I of the French General Tax Code",
        german: "Steuerfreie innergemeinschaftliche Lieferung, Art. 262 ter I des französischen Steuergesetzbuchs (CGI)", source: "CGI art. 262 ter I")
    // CGI art. 262 I.
    public static let export = Mention(
        id: .vatExport, french: "Exonération de TVA, art. 262 I du CGI",
        english: "VAT exempt export, art. 262 I of the French General Tax Code",
        german: "Steuerfreie Ausfuhr, Art. 262 I des französischen Steuergesetzbuchs (CGI)", source: "CGI art. 262 I")
    // CGI art. 259-1: B2B services are supplied where the buyer is established.
    public static let outsideScope = Mention(
        id: .vatOutsideScope, french: "TVA non applicable, art. 259-1 du CGI",
        english: "VAT not applicable (place of supply outside France), art. 259-1 of the French General Tax Code",
        german: "Nicht in Frankreich steuerbar (Leistungsort im Ausland), Art. 259-1 des französischen Steuergesetzbuchs (CGI)",
        source: "CGI art. 259-1")
    // CGI art. 242 nonies A, I-15° (e-invoicing reform, décret 2022-1299).
    public static let vatOnDebits = Mention(
        id: .vatOnDebits, french: "Option pour le paiement de la taxe d'après les débits",
        english: "VAT paid on an accruals basis (option for payment of the tax on debits)",
        german: "Option zur Entrichtung der Steuer nach vereinbarten Entgelten (« débits »)", source: "CGI ann. II art. 242 nonies A")
    // C. com. L441-9.
    public static let noEarlyPaymentDiscount = Mention(
        id: .noEarlyPaymentDiscount, french: "Pas d'escompte pour paiement anticipé",
        english: "No discount for early payment",
        german: "Kein Skonto bei vorzeitiger Zahlung", source: "C. com. L441-9")
}
