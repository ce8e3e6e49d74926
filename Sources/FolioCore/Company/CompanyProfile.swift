/// The issuing company's legal identity and house settings, printed on every document.
///
/// The legal mentions a French company prints on its documents: name, legal form and share
/// capital, RCS registration city with the SIREN, VAT number (Code de commerce R123-237; CGI
/// annexe II art. 242 nonies A). A German company prints its commercial register entry and its
/// managing directors (§ 35a GmbHG), its USt-IdNr. or Steuernummer (§ 14 Abs. 4 Nr. 2 UStG). Both add
/// bank details, logo, default terms and numbering series.
public struct CompanyProfile: Sendable, Hashable {
    public var legalName: String
    /// SAS, SARL, SA, EURL, EI…
    public var legalForm: String
    /// Share capital, when the legal form has one (R123-238).
    public var capital: Money?
    /// The city of the trade and companies register (« RCS Paris »).
    public var rcsCity: String?
    /// A French company's SIREN (required in France, none elsewhere).
    public var siren: SIREN?
    public var siret: SIRET?
    /// A German company's tax number (Steuernummer), printed when it has no USt-IdNr. (§ 14 Abs. 4 Nr. 2 UStG).
    public var taxNumber: GermanTaxNumber?
    /// A German company's entry in the commercial register: court and number (« Amtsgericht Köln, HRB 12345 »).
    // § 35a Abs. 1 GmbHG, § 80 AktG, § 37a HGB.
    public var commercialRegister: CommercialRegisterEntry?
    /// The people who manage it, each with a first name in full: a GmbH's Geschäftsführer, an AG's Vorstand.
    // § 35a Abs. 1 GmbHG, § 80 Abs. 1 AktG.
    public var managingDirectors: [String] = []
    public var vatNumber: VATNumber?
    /// Under the VAT franchise of small businesses (CGI art. 293 B): no VAT, the mention instead.
    public var vatFranchise: Bool
    /// Opted to pay VAT on debits (printed as a mention).
    public var vatOnDebits: Bool
    /// The APE (NAF) activity code, e.g. 6201Z.
    public var apeCode: String?
    public var address: Address
    public var iban: IBAN?
    public var bic: String?
    public var email: String?
    public var phone: String?
    public var website: String?
    /// Who answers for the company's invoices (EN 16931 BT-41, « Buchhaltung », a person's name):
    /// XRechnung wants it with the e-mail and phone (BR-DE-5).
    public var contactPoint: String?
    /// The logo file (PNG), as written in the profile (relative to the profile's folder).
    public var logo: String?
    /// The terms of sale annexed and referred to by default (a template name).
    public var defaultTerms: String?
    /// The numbering series: each kind's default series (named after the kind) and any others.
    public var series: [NumberingSeries]
    /// The court the terms of sale name for disputes (« Tribunal de commerce de Paris »).
    public var court: String?
    /// A folder of the company's own templates (its terms), as written in the profile (relative to its folder).
    public var templates: String?
    /// The rules of the company's terms of sale, applied to its orders.
    public var salesRules: SalesRules
    /// Where the company receives e-invoices (BT-34), e.g. `0225:912345618`.
    public var electronicAddress: ElectronicAddress?
    /// The accounts of the sales journal (FEC export).
    public var accounting: AccountingPlan
    /// The words of units of measure its documents print: Recommendation 20's, with the profile's own added.
    public var units: UnitVocabulary
    /// The consumer mediator the company belongs to: required to issue documents to consumers.
    // C. consom. L612-1, L616-1.
    public var consumerMediator: ConsumerMediator?
    /// The company's signing certificate and key, when it signs its documents (PAdES).
    public var signing: SigningConfiguration?

    public init(legalName: String, legalForm: String, capital: Money?, rcsCity: String?, siren: SIREN?,
                siret: SIRET? = nil, vatNumber: VATNumber? = nil, vatFranchise: Bool = false, vatOnDebits: Bool = false,
                apeCode: String? = nil, address: Address,
                iban: IBAN? = nil, bic: String? = nil, email: String? = nil, phone: String? = nil,
                website: String? = nil, logo: String? = nil, defaultTerms: String? = nil, series: [NumberingSeries] = [],
                court: String? = nil, templates: String? = nil, salesRules: SalesRules = SalesRules(),
                accounting: AccountingPlan = AccountingPlan(), units: UnitVocabulary = .recommendation20) {
        self.legalName = legalName
        self.legalForm = legalForm
        self.capital = capital
        self.rcsCity = rcsCity
        self.siren = siren
        self.siret = siret
        self.vatNumber = vatNumber
        self.vatFranchise = vatFranchise
        self.vatOnDebits = vatOnDebits
        self.apeCode = apeCode
        self.address = address
        self.iban = iban
        self.bic = bic
        self.email = email
        self.phone = phone
        self.website = website
        self.logo = logo
        self.defaultTerms = defaultTerms
        self.series = series
        self.court = court
        self.templates = templates
        self.salesRules = salesRules
        self.accounting = accounting
        self.units = units
    }
}

/// An entry in the German commercial register: the register court and the number with its department
/// (« HRB 12345 » for a company, « HRA » for a partnership).
public struct CommercialRegisterEntry: Sendable, Hashable {
    /// The register court: « Amtsgericht Köln ».
    public var court: String
    /// « HRB 12345 ».
    public var number: String

    public init(court: String, number: String) {
        self.court = court
        self.number = number
    }
}

extension CompanyProfile {
    /// How the ledger knows the company: a French company by its SIREN, a German one by its USt-IdNr.,
    /// or its Steuernummer when it has none. Changing it starts the company's series anew.
    public var ledgerKey: String { seller.companyKey ?? legalName }
}
