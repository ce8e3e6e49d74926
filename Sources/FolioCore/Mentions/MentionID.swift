/// What a mention is about: one identifier per sentence the law (or the terms of sale) makes a
/// document print. Its raw value is the stable id reports and templates use.
public enum MentionID: String, Sendable, Hashable, Codable, CaseIterable {
    // The VAT regime: the legal basis of an exemption or the reverse charge (CGI ann. II art. 242 nonies A, I-13°).
    case vatFranchise = "vat-franchise"
    case vatReverseCharge = "vat-reverse-charge"
    case vatIntraCommunity = "vat-intra-community"
    case vatExport = "vat-export"
    case vatOutsideScope = "vat-outside-scope"
    /// An exemption stated on the order's lines.
    case vatExempt = "vat-exempt"
    case vatOnDebits = "vat-on-debits"
    /// The VAT of a foreign-currency invoice in euros (CGI art. 289-IV).
    case vatInEuros = "vat-in-euros"
    /// Goods, services or both (décret 2022-1299).
    case operationCategory = "operation-category"
    case dueDate = "due-date"
    case paymentTerms = "payment-terms"
    case earlyPaymentDiscount = "early-payment-discount"
    case noEarlyPaymentDiscount = "no-early-payment-discount"
    case latePaymentPenalties = "late-payment-penalties"
    case recoveryIndemnity = "recovery-indemnity"
    /// Loi 80-335: goods stay the seller's until paid.
    case retentionOfTitle = "retention-of-title"

    /// The mentions of the VAT regime, which documents list together under their totals.
    public var isVATRegime: Bool {
        switch self {
        case .vatFranchise, .vatReverseCharge, .vatIntraCommunity, .vatExport, .vatOutsideScope, .vatExempt, .vatOnDebits: true
        default: false
        }
    }

    /// The key a template reads it by: `operationCategory`, `latePaymentPenalties`.
    public var templateKey: String {
        let words = rawValue.split(separator: "-")
        return words.enumerated().map { index, word in index == 0 ? String(word) : word.prefix(1).uppercased() + word.dropFirst() }
            .joined()
    }

    /// The label a value-like mention is printed after (« Date d'échéance »), in French, English and German; nil for a sentence.
    public var label: (french: String, english: String, german: String)? {
        switch self {
        case .operationCategory: ("Nature de l'opération", "Type of transaction", "Art des Umsatzes")
        case .dueDate: ("Date d'échéance", "Due date", "Fällig am")
        case .paymentTerms: ("Conditions de paiement", "Payment terms", "Zahlungsbedingungen")
        case .recoveryIndemnity: ("Indemnité forfaitaire pour frais de recouvrement", "Fixed recovery indemnity", "Pauschale für Beitreibungskosten")
        case .retentionOfTitle: ("Réserve de propriété", "Retention of title", "Eigentumsvorbehalt")
        default: nil
        }
    }
}
