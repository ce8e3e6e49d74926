/// A dated table of rates or amounts that Folio reads from the `rates/` files and a company may
/// extend: its name in the files, what it holds, and where its values are published.
public enum RateTable: String, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
    /// The French legal interest rate when the creditor is an individual.
    // C. mon. fin. L313-2, D313-1-A.
    case legalInterestIndividualCreditor = "legal-interest-rate/individual-creditor"
    /// The French legal interest rate in all other cases (a business creditor: every B2B invoice).
    // C. mon. fin. L313-2, D313-1-A.
    case legalInterestOtherCases = "legal-interest-rate/other-cases"
    /// The ECB main refinancing operations rate, by the date each decision took effect.
    case ecbMainRefinancing = "ecb-main-refinancing-rate"
    /// The German base rate, set on 1 January and 1 July.
    // § 247 BGB.
    case germanBaseRate = "german-base-rate"
    /// French VAT rates in metropolitan France (with Corsica's standard rates) and Monaco.
    // CGI art. 278 ff.
    case vatMetropolitanFrance = "vat/metropolitan-france"
    /// French VAT rates in Guadeloupe, Martinique and La Réunion.
    // CGI art. 296.
    case vatFrenchOverseas = "vat/french-overseas"
    /// German VAT rates (Umsatzsteuer).
    // § 12 UStG; § 28 Abs. 1 and 2 UStG for the second half of 2020.
    case vatGermany = "vat/germany"
    /// The fixed indemnity for recovery costs owed by a late business payer, in euros.
    // C. com. L441-10 II, D441-5.
    case recoveryIndemnity = "recovery-indemnity"
    /// The lump sum a late debtor who is not a consumer owes under German law, in euros.
    // § 288 Abs. 5 BGB.
    case germanDefaultLumpSum = "german-default-lump-sum"
    /// The gross amount in euros up to which a German invoice may be simplified (Kleinbetragsrechnung).
    // § 33 UStDV.
    case germanSmallInvoiceLimit = "german-small-invoice-limit"

    /// How a table's values follow each other.
    public enum Period: Sendable, Hashable {
        /// One value per half-year, from 1 January or 1 July, without a gap; known through the last half-year's end.
        case halfYear
        /// A value from the day a decision took effect until the next one; known through a stated day.
        case decisions
        /// Rates in force side by side (VAT), each from a day and, when abolished, through a day.
        case concurrent
        /// An amount from a day until the next one, open-ended.
        case amount
    }

    public var period: Period {
        switch self {
        case .legalInterestIndividualCreditor, .legalInterestOtherCases, .germanBaseRate: .halfYear
        case .ecbMainRefinancing: .decisions
        case .vatMetropolitanFrance, .vatFrenchOverseas, .vatGermany: .concurrent
        case .recoveryIndemnity, .germanDefaultLumpSum, .germanSmallInvoiceLimit: .amount
        }
    }

    /// The name of a value's field: `rate` (percent) or `amount` (euros).
    public var valueKey: String { period == .amount ? "amount" : "rate" }

    /// The file of `rates/` that ships the table (a company's additions go in a file of the same name).
    public var file: String {
        switch self {
        case .legalInterestIndividualCreditor, .legalInterestOtherCases: "legal-interest-rate.yaml"
        case .ecbMainRefinancing: "ecb-main-refinancing-rate.yaml"
        case .germanBaseRate: "german-base-rate.yaml"
        case .vatMetropolitanFrance, .vatFrenchOverseas, .vatGermany: "vat-rates.yaml"
        case .recoveryIndemnity, .germanDefaultLumpSum: "recovery-indemnity.yaml"
        case .germanSmallInvoiceLimit: "german-small-invoice-limit.yaml"
        }
    }

    /// The table as a sentence names it.
    public var title: String {
        switch self {
        case .legalInterestIndividualCreditor: "legal interest rate (individual creditor)"
        case .legalInterestOtherCases: "legal interest rate (all other cases)"
        case .ecbMainRefinancing: "ECB main refinancing rate"
        case .germanBaseRate: "German base rate (§ 247 BGB)"
        case .vatMetropolitanFrance: "VAT rates of metropolitan France"
        case .vatFrenchOverseas: "VAT rates of the French overseas departments"
        case .vatGermany: "VAT rates of Germany"
        case .recoveryIndemnity: "recovery indemnity"
        case .germanDefaultLumpSum: "German default lump sum (§ 288 Abs. 5 BGB)"
        case .germanSmallInvoiceLimit: "German small-amount invoice limit (§ 33 UStDV)"
        }
    }

    /// Where a new value is published, for the person who adds it.
    public var publishedIn: String {
        switch self {
        case .legalInterestIndividualCreditor, .legalInterestOtherCases:
            "the arrêté fixing the legal interest rate for the half-year, in the Journal officiel (also on the Banque de France page « Taux de l'intérêt légal »)"
        case .ecbMainRefinancing:
            "the ECB's monetary policy decisions (ECB press releases, « Key ECB interest rates »)"
        case .germanBaseRate:
            "the Deutsche Bundesbank's announcement of the Basiszinssatz in the Bundesanzeiger (Bundesbank page « Basiszinssatz »)"
        case .vatMetropolitanFrance, .vatFrenchOverseas:
            "the Code général des impôts (art. 278 to 281 nonies, art. 296 for the overseas departments) as amended by the finance law"
        case .vatGermany:
            "the Umsatzsteuergesetz (§ 12 UStG; temporary rates in § 28 UStG) as amended, in the Bundesgesetzblatt"
        case .recoveryIndemnity:
            "C. com. D441-5, as amended by décret"
        case .germanDefaultLumpSum:
            "§ 288 Abs. 5 BGB as amended, in the Bundesgesetzblatt"
        case .germanSmallInvoiceLimit:
            "§ 33 UStDV as amended, in the Bundesgesetzblatt"
        }
    }

    /// The `source` written in an example line.
    public var sourceExample: String {
        switch self {
        case .legalInterestIndividualCreditor, .legalInterestOtherCases: "arrêté du …, JO du …"
        case .ecbMainRefinancing: "ECB monetary policy decision of …"
        case .germanBaseRate: "Bundesbank, Basiszinssatz, Bundesanzeiger of …"
        case .vatMetropolitanFrance, .vatFrenchOverseas: "CGI art. …, loi de finances …"
        case .vatGermany: "§ 12 Abs. 1 UStG, BGBl. …"
        case .recoveryIndemnity: "C. com. D441-5, décret …"
        case .germanDefaultLumpSum: "§ 288 Abs. 5 BGB, BGBl. …"
        case .germanSmallInvoiceLimit: "§ 33 UStDV, BGBl. …"
        }
    }

    public var description: String { rawValue }

    public static func < (lhs: RateTable, rhs: RateTable) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
