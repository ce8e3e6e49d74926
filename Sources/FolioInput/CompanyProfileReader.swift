import FolioCore
import Foundation

/// Reads a company profile (YAML or JSON), field by field, strictly (see the README).
///
/// ```swift
/// let profile = try CompanyProfileReader.read(contentsOf: URL(fileURLWithPath: "examples/company/profile.yaml"))
/// ```
public enum CompanyProfileReader {
    static let fields = ["legalName", "legalForm", "capital", "rcsCity", "siren", "siret", "taxNumber", "commercialRegister",
                         "managingDirectors", "vatNumber", "vatFranchise",
                         "vatOnDebits", "ape",
                         "address", "iban", "bic", "email", "phone", "contactPoint", "website", "logo", "defaultTerms", "series",
                         "court", "templates", "salesRules", "accounting", "units", "electronicAddress", "consumerMediator", "signing"]

    public static func read(contentsOf url: URL) throws(InvalidField) -> CompanyProfile {
        try read(InputDocument.text(of: url))
    }

    public static func read(_ text: String) throws(InvalidField) -> CompanyProfile {
        try profile(InputDocument.root(of: text, what: "company profile", kind: .profile))
    }

    static func profile(_ node: InputNode) throws(InvalidField) -> CompanyProfile {
        let fields = try node.fields(Self.fields)
        let euro = Currency.euro
        let capital = try fields["capital"].map { node throws(InvalidField) in
            Money(rounding: try node.decimal(maxPlaces: 2, range: .positive), in: euro)
        }
        let series = try fields["series"].map(Self.series) ?? []
        let ape = try fields["ape"].map { node throws(InvalidField) in
            try node.checked { text throws(RuleViolation) in
                let compact = text.replacingOccurrences(of: ".", with: "")
                guard compact.count == 5, compact.prefix(4).allSatisfy(\.isNumber), compact.last?.isLetter == true else {
                    throw RuleViolation("\"\(text)\" is not an APE code (four digits and a letter, e.g. 6201Z)")
                }
                return compact.uppercased()
            }
        }
        var profile = CompanyProfile(
            legalName: try fields.required("legalName").nonEmptyText(),
            legalForm: try fields.required("legalForm").nonEmptyText(),
            capital: capital,
            rcsCity: try fields["rcsCity"]?.nonEmptyText(),
            siren: try fields["siren"]?.checked(SIREN.init),
            siret: try fields["siret"]?.checked(SIRET.init),
            vatNumber: try fields["vatNumber"]?.checked(VATNumber.init),
            vatFranchise: try fields["vatFranchise"]?.bool() ?? false,
            vatOnDebits: try fields["vatOnDebits"]?.bool() ?? false,
            apeCode: ape,
            address: try OrderReader.address(fields.required("address")),
            iban: try fields["iban"]?.checked(IBAN.init),
            bic: try fields["bic"]?.nonEmptyText(),
            email: try fields["email"]?.nonEmptyText(),
            phone: try fields["phone"]?.nonEmptyText(),
            website: try fields["website"]?.nonEmptyText(),
            logo: try fields["logo"]?.nonEmptyText(),
            defaultTerms: try fields["defaultTerms"]?.nonEmptyText(),
            series: series,
            court: try fields["court"]?.nonEmptyText(),
            templates: try fields["templates"]?.nonEmptyText(),
            salesRules: try fields["salesRules"].map(salesRules) ?? SalesRules(),
            accounting: try fields["accounting"].map(accounting) ?? AccountingPlan(),
            units: UnitVocabulary.recommendation20.merging(try fields["units"].map(units) ?? UnitVocabulary([:])))
        profile.contactPoint = try fields["contactPoint"]?.nonEmptyText()
        profile.consumerMediator = try fields["consumerMediator"].map(consumerMediator)
        profile.electronicAddress = try fields["electronicAddress"]?.checked(ElectronicAddress.init)
        profile.signing = try fields["signing"].map(signing)
        profile.taxNumber = try fields["taxNumber"]?.checked(GermanTaxNumber.init)
        profile.commercialRegister = try fields["commercialRegister"].map { node throws(InvalidField) in
            let entry = try node.fields(["court", "number"])
            return CommercialRegisterEntry(court: try entry.required("court").nonEmptyText(),
                                           number: try entry.required("number").nonEmptyText())
        }
        profile.managingDirectors = try fields["managingDirectors"].map { list throws(InvalidField) in
            try list.list().map { item throws(InvalidField) in try item.nonEmptyText() }
        } ?? []
        // What the law of the company's country asks of its identity (a SIREN in France, a register entry in Germany…).
        try profile.checkIdentity()
        return profile
    }

    /// `signing: {certificate, chain, privateKey, documents}`: PEM files relative to the profile's folder.
    static func signing(_ node: InputNode) throws(InvalidField) -> SigningConfiguration {
        let fields = try node.fields(["certificate", "chain", "privateKey", "documents"])
        var documents: Set<Order.Kind> = [.quote]
        if let list = fields["documents"] {
            documents = []
            for item in try list.list() {
                let text = try item.nonEmptyText()
                guard let kind = Order.Kind(rawValue: text) else {
                    throw InvalidField(item.path, "\(text) is not a kind of document (quote, invoice, deposit-invoice, credit-note)")
                }
                documents.insert(kind)
            }
        }
        return SigningConfiguration(certificate: try fields.required("certificate").nonEmptyText(),
                                    chain: try fields["chain"].map { list throws(InvalidField) in try list.list().map { item throws(InvalidField) in try item.nonEmptyText() } } ?? [],
                                    privateKey: try fields.required("privateKey").nonEmptyText(),
                                    documents: documents)
    }

    /// `consumerMediator: {name, website, address: {lines, postcode, city, country}}`.
    static func consumerMediator(_ node: InputNode) throws(InvalidField) -> ConsumerMediator {
        let fields = try node.fields(["name", "website", "address"])
        return ConsumerMediator(name: try fields.required("name").nonEmptyText(),
                                website: try fields.required("website").nonEmptyText(),
                                address: try OrderReader.address(fields.required("address")))
    }

    /// `units:` — the company's words for unit codes, `CODE: {fr: [singular, plural], en: [singular, plural]}`
    /// and optionally `de:` (one word when it does not change: `fr: h`).
    static func units(_ node: InputNode) throws(InvalidField) -> UnitVocabulary {
        guard case .mapping(let mapping) = node.node else { throw InvalidField(node.path, "expected a mapping of unit codes") }
        var wordings: [String: UnitVocabulary.Wording] = [:]
        for (keyNode, value) in mapping {
            let entry = InputNode(node: value, path: node.child(keyNode.string ?? "?"))
            let code = try OrderReader.unitCode(InputNode(node: keyNode, path: entry.path))
            guard wordings[code] == nil else { throw InvalidField(entry.path, "given twice") }
            let fields = try entry.fields(["fr", "en", "de"])
            wordings[code] = .named(french: try unitName(fields.required("fr")), english: try unitName(fields.required("en")),
                                    german: try fields["de"].map(unitName))
        }
        return UnitVocabulary(wordings)
    }

    /// `jour` (singular and plural alike) or `[jour, jours]`.
    static func unitName(_ node: InputNode) throws(InvalidField) -> UnitName {
        if case .sequence = node.node {
            let words = try node.list()
            guard words.count == 2 else { throw InvalidField(node.path, "give the singular and the plural: [jour, jours]") }
            return UnitName(try words[0].nonEmptyText(), try words[1].nonEmptyText())
        }
        return UnitName(try node.nonEmptyText())
    }

    /// `accounting:` — the sales journal's accounts (see ``AccountingPlan``).
    static func accounting(_ node: InputNode) throws(InvalidField) -> AccountingPlan {
        let fields = try node.fields(["journal", "clients", "revenue", "vat", "deposits"])
        var plan = AccountingPlan()
        if let journal = fields["journal"] {
            let journalFields = try journal.fields(["code", "label"])
            if let code = journalFields["code"] { plan.journalCode = try account(code, what: "journal code") }
            if let label = journalFields["label"] { plan.journalLabel = try label.nonEmptyText() }
        }
        if let clients = fields["clients"] { plan.clients = try account(clients, what: "account") }
        if let deposits = fields["deposits"] { plan.deposits = try account(deposits, what: "account") }
        if let revenue = fields["revenue"] { (plan.defaultRevenue, plan.revenueByRate) = try accountsByRate(revenue, default: plan.defaultRevenue) }
        if let vat = fields["vat"] { (plan.defaultVAT, plan.vatByRate) = try accountsByRate(vat, default: plan.defaultVAT) }
        return plan
    }

    /// An account number or journal code: letters and digits, at most 20 characters (FEC CompteNum).
    private static func account(_ node: InputNode, what: String) throws(InvalidField) -> String {
        try node.checked { text throws(RuleViolation) in
            guard !text.isEmpty, text.count <= 20, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                throw RuleViolation("\"\(text)\" is not an \(what) (letters and digits, at most 20)")
            }
            return text
        }
    }

    /// `{default: "706000", "5.5": "707100"}`: an account per VAT rate, and the one for other rates.
    private static func accountsByRate(_ node: InputNode, default fallback: String) throws(InvalidField) -> (String, [ExactDecimal: String]) {
        guard case .mapping(let mapping) = node.node else { throw InvalidField(node.path, "expected a mapping: default and VAT rates to accounts") }
        var byRate: [ExactDecimal: String] = [:]
        var defaultAccount = fallback
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else { throw InvalidField(node.path, "keys are default or a VAT rate") }
            let entry = InputNode(node: value, path: node.child(key.string))
            if key.string == "default" {
                defaultAccount = try account(entry, what: "account")
            } else if let rate = ExactDecimal(key.string), !rate.isNegative, rate <= 100 {
                byRate[rate.normalized] = try account(entry, what: "account")
            } else {
                throw InvalidField(entry.path, "\"\(key.string)\" is neither default nor a VAT rate in percent")
            }
        }
        return (defaultAccount, byRate)
    }

    static func salesRules(_ node: InputNode) throws(InvalidField) -> SalesRules {
        let fields = try node.fields(["paymentTerms", "latePayment", "depositPercent", "maxQuantityPerProduct",
                                      "smallOrderCharge", "paymentMethodFees", "rejectedDirectDebitFee", "pricesIncludeVAT",
                                      "priceList", "depreciation"])
        var fees: [PaymentMethod: SalesFee] = [:]
        for item in try fields["paymentMethodFees"]?.list() ?? [] {
            let itemFields = try item.fields(["method", "amount", "amountIncludingVAT", "vatRate"])
            let method = try itemFields.required("method").choice(PaymentMethod.self)
            guard fees[method] == nil else { throw InvalidField(item.child("method"), "\(method.rawValue) has two fees") }
            fees[method] = try fee(item, fields: itemFields)
        }
        return SalesRules(
            paymentTerms: try fields["paymentTerms"].map(OrderReader.paymentTerms),
            penaltyRule: try fields["latePayment"].map(OrderReader.penaltyRule),
            depositPercent: try fields["depositPercent"]?.decimal(maxPlaces: 4, range: .positive),
            maxQuantityPerProduct: try fields["maxQuantityPerProduct"]?.decimal(maxPlaces: 6, range: .positive),
            smallOrderCharge: try fields["smallOrderCharge"].map { node throws(InvalidField) in
                let chargeFields = try node.fields(["below", "amount", "amountIncludingVAT", "vatRate", "clients"])
                return SmallOrderCharge(below: try chargeFields.required("below").decimal(maxPlaces: 2, range: .positive),
                                        fee: try fee(node, fields: chargeFields),
                                        clients: try chargeFields["clients"]?.choice(SmallOrderCharge.Clients.self) ?? .business)
            },
            paymentMethodFees: fees,
            rejectedDirectDebitFee: try fields["rejectedDirectDebitFee"].map { node throws(InvalidField) in
                try fee(node, fields: node.fields(["amount", "amountIncludingVAT", "vatRate"]))
            },
            pricesIncludeVAT: try fields["pricesIncludeVAT"]?.bool(),
            priceList: try fields["priceList"].map(priceList) ?? [],
            depreciation: try fields["depreciation"].map(depreciationGrid) ?? [])
    }

    /// `amount: 15.00` (net of VAT) or `amountIncludingVAT: 45.00` (« TTC »: the client pays exactly that), and `vatRate`.
    static func fee(_ node: InputNode, fields: Fields) throws(InvalidField) -> SalesFee {
        let (key, amount) = try fields.oneOf(["amount", "amountIncludingVAT"])
        return SalesFee(amount: try amount.decimal(maxPlaces: 2, range: .positive),
                        vatRate: try fields["vatRate"]?.decimal(maxPlaces: 2, range: .notNegative),
                        includesVAT: key == "amountIncludingVAT")
    }

    /// `priceList: [{id: labour, label: {fr: …, en: …}, unitPrice: 89.00, unit: HUR}]`: the terms' fixed prices.
    static func priceList(_ node: InputNode) throws(InvalidField) -> [PriceListItem] {
        var items: [PriceListItem] = []
        for entry in try node.list() {
            let fields = try entry.fields(["id", "label", "unitPrice", "unit"])
            let idNode = try fields.required("id")
            let id = try OrderReader.termsName(idNode)
            guard !items.contains(where: { $0.id == id }) else { throw InvalidField(idNode.path, "\"\(id)\" is given twice") }
            items.append(PriceListItem(id: id, label: try label(fields.required("label")),
                                       unitPrice: try fields.required("unitPrice").decimal(maxPlaces: 6, range: .notNegative),
                                       unitCode: try fields["unit"].map(OrderReader.unitCode) ?? "C62"))
        }
        return items
    }

    /// `depreciation: [{id: light-scratches, label: {fr: …, en: …}, percent: 15}]`: the grid for equipment returned damaged.
    static func depreciationGrid(_ node: InputNode) throws(InvalidField) -> [DepreciationGrade] {
        var grades: [DepreciationGrade] = []
        for entry in try node.list() {
            let fields = try entry.fields(["id", "label", "percent"])
            let idNode = try fields.required("id")
            let id = try OrderReader.termsName(idNode)
            guard !grades.contains(where: { $0.id == id }) else { throw InvalidField(idNode.path, "\"\(id)\" is given twice") }
            let percentNode = try fields.required("percent")
            let percent = try percentNode.decimal(maxPlaces: 2, range: .notNegative)
            guard percent <= 100 else { throw InvalidField(percentNode.path, "a depreciation is at most 100 % of the price, not \(percent)") }
            grades.append(DepreciationGrade(id: id, label: try label(fields.required("label")), percent: percent))
        }
        return grades
    }

    /// `{fr: Main-d'œuvre, en: Labour}`, optionally `de: Arbeitszeit`.
    static func label(_ node: InputNode) throws(InvalidField) -> BilingualLabel {
        let fields = try node.fields(["fr", "en", "de"])
        return BilingualLabel(french: try fields.required("fr").nonEmptyText(), english: try fields.required("en").nonEmptyText(),
                              german: try fields["de"]?.nonEmptyText())
    }

    /// The document kinds a series numbers.
    static let numberedKinds = ["quote", "invoice", "deposit-invoice", "credit-note"]

    /// `series:` — per kind a prefix (`F`), a pattern (`F-{YYYY}-{seq:5}`) or `{pattern, reset}`;
    /// more series under other names with their `kind` (`invoice-lyon: {kind: invoice, pattern: …}`).
    static func series(_ node: InputNode) throws(InvalidField) -> [NumberingSeries] {
        guard case .mapping(let mapping) = node.node else { throw InvalidField(node.path, "expected a mapping of series") }
        var series: [NumberingSeries] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else { throw InvalidField(node.path, "series names must be plain text") }
            let name = key.string
            let entry = InputNode(node: value, path: node.child(name))
            guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }), !name.isEmpty else {
                throw InvalidField(entry.path, "a series name is letters, digits, - and _")
            }
            guard !series.contains(where: { $0.name == name }) else { throw InvalidField(entry.path, "given twice") }
            series.append(try Self.oneSeries(entry, name: name))
        }
        return series.sorted { $0.name < $1.name }
    }

    private static func oneSeries(_ entry: InputNode, name: String) throws(InvalidField) -> NumberingSeries {
        var kind = numberedKinds.contains(name) ? name : nil
        var patternNode = entry
        var reset: NumberingSeries.Reset?
        if case .mapping = entry.node {
            let fields = try entry.fields(["kind", "pattern", "reset"])
            if let kindNode = fields["kind"] {
                let value = try kindNode.text()
                guard numberedKinds.contains(value) else {
                    throw InvalidField(kindNode.path, "\"\(value)\" is not a numbered kind (\(numberedKinds.joined(separator: ", ")))")
                }
                guard kind == nil || kind == value else { throw InvalidField(kindNode.path, "the series \(name) numbers \(name) documents") }
                kind = value
            }
            patternNode = try fields.required("pattern")
            reset = try fields["reset"]?.choice(NumberingSeries.Reset.self)
        }
        guard let kind else {
            throw InvalidField(entry.path, "a series not named after a kind needs its kind (kind: \(numberedKinds.joined(separator: "|")))")
        }
        let text = try patternNode.nonEmptyText()
        do {
            if !text.contains("{") { return try NumberingSeries.prefixed(text, kind: kind, name: name) }
            let pattern = try NumberPattern(text)
            return try NumberingSeries(name: name, kind: kind, pattern: pattern, reset: reset ?? (pattern.showsYear ? .yearly : .never))
        } catch {
            throw InvalidField(patternNode.path, error.reason)
        }
    }
}
