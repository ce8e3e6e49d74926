import FolioCore
import Foundation

/// Reads order data (YAML, or JSON which YAML reads too) into an ``Order``.
///
/// Every field is documented in the README and in `schema/order.schema.json`. Nothing is guessed:
/// an unknown field, a bad date, a zero quantity, an unknown currency or VAT category, an invalid
/// SIREN or VAT number is refused with the field's path and the reason.
///
/// ```swift
/// let order = try OrderReader.read(contentsOf: URL(fileURLWithPath: "examples/orders/domestic.yaml"))
/// ```
public enum OrderReader {
    public static func read(contentsOf url: URL) throws(InvalidField) -> Order {
        try read(InputDocument.text(of: url))
    }

    /// An order from its canonical form (as the ledger keeps it), without parsing text again.
    public static func read(_ value: InputValue) throws(InvalidField) -> Order {
        try order(InputNode(value: value, path: ""))
    }

    public static func read(_ text: String) throws(InvalidField) -> Order {
        try order(InputDocument.root(of: text, what: "order", kind: .order))
    }

    static let orderFields = [
        "kind", "date", "deliveryDate", "period", "buyerReference", "purchaseOrder", "contract", "deliveryAddress", "currency", "taxCurrency", "seller", "buyer", "lines", "allowances", "charges",
        "pricesIncludeVAT", "paid", "paymentTerms", "latePayment", "earlyPaymentDiscount", "validity", "deposit",
        "paymentMethod", "rejectedDirectDebits", "priceRevision", "creditedInvoice", "quote", "deposits",
        "saleChannel",
    ]

    static func order(_ node: InputNode) throws(InvalidField) -> Order {
        let fields = try node.fields(orderFields)
        let missing = missingRequiredFields(fields)
        if missing.count > 1 {
            throw InvalidField("", "required fields missing: \(missing.joined(separator: ", "))")
        }
        let currencyNode = try fields.required("currency")
        let currency = try currencyNode.checked { code throws(RuleViolation) in
            guard let currency = Currency(code: code) else { throw RuleViolation("\"\(code)\" is not an ISO 4217 currency code") }
            return currency
        }
        let amountPlaces = min(currency.minorUnit, 2)
        var adjustments: [OrderAdjustment] = []
        for (key, kind) in [("allowances", AllowanceCharge.Kind.allowance), ("charges", .charge)] {
            for item in try fields[key]?.list() ?? [] {
                adjustments.append(try documentAdjustment(item, kind: kind, amountPlaces: amountPlaces))
            }
        }
        var order = Order(
            kind: try fields["kind"]?.choice(Order.Kind.self) ?? .invoice,
            date: try fields.required("date").date(),
            deliveryDate: try fields["deliveryDate"].flatMap { node throws(InvalidField) in
                (try? node.text()) == Self.sameAsInvoice ? nil : try node.date()
            },
            currency: currency,
            taxCurrency: try fields["taxCurrency"].map(taxCurrency),
            seller: try fields["seller"].map(party),
            buyer: try party(fields.required("buyer")),
            lines: try fields.required("lines").list().map { node throws(InvalidField) in try line(node, amountPlaces: amountPlaces) },
            allowancesAndCharges: adjustments,
            pricesIncludeVAT: try fields["pricesIncludeVAT"]?.bool(),
            paidAmount: try fields["paid"]?.decimal(maxPlaces: amountPlaces, range: .notNegative) ?? .zero,
            deposits: try fields["deposits"]?.list().map { node throws(InvalidField) in
                try deductedDeposit(node, amountPlaces: amountPlaces)
            } ?? [],
            paymentTerms: try fields["paymentTerms"].map(paymentTerms),
            penaltyRule: try fields["latePayment"].map(penaltyRule),
            earlyPaymentDiscount: try fields["earlyPaymentDiscount"]?.nonEmptyText(),
            validity: try fields["validity"].map(validity),
            depositPercent: try fields["deposit"].map { node throws(InvalidField) in
                try node.fields(["percent"]).required("percent").decimal(maxPlaces: 4, range: .positive)
            },
            paymentMethod: try fields["paymentMethod"]?.choice(PaymentMethod.self),
            rejectedDirectDebits: try fields["rejectedDirectDebits"]?.integer(in: 1...100) ?? 0,
            priceRevision: try fields["priceRevision"].map(priceRevision),
            creditedInvoice: try fields["creditedInvoice"].map(documentReference),
            quote: try fields["quote"].map(documentReference))
        order.deliveryDateIsInvoiceDate = (try? fields["deliveryDate"]?.text()) == sameAsInvoice
        order.buyerReference = try fields["buyerReference"].map(reference)
        order.purchaseOrderReference = try fields["purchaseOrder"].map(reference)
        order.contractReference = try fields["contract"].map(reference)
        order.deliveryAddress = try fields["deliveryAddress"].map(address)
        order.period = try fields["period"].map(period)
        order.saleChannel = try fields["saleChannel"]?.choice(SaleChannel.self)
        return order
    }

    /// Every required field absent from the order, its parties, addresses, lines and references, so
    /// that one error names them all (the fields present are checked afterwards, one by one).
    static func missingRequiredFields(_ fields: Fields) -> [String] {
        var missing: [String] = []
        func check(_ fields: Fields?, _ required: [String]) {
            guard let fields else { return }
            missing += required.filter { fields[$0] == nil }.map { fields.path.isEmpty ? $0 : "\(fields.path).\($0)" }
        }
        func mapping(_ node: InputNode?) -> Fields? {
            guard let node, node.isMapping else { return nil }
            return try? node.fields(Array(Set(node.keys)))
        }
        check(fields, ["date", "currency", "seller", "buyer", "lines"])
        for party in ["seller", "buyer"] {
            let partyFields = mapping(fields[party])
            check(partyFields, ["name", "country"])
            check(mapping(partyFields?["address"]), ["city", "country"])
        }
        if let lines = fields["lines"], lines.isSequence, let items = try? lines.list() {
            for item in items {
                let line = mapping(item)
                // A line priced by the terms (price list, depreciation grid) gives no unit price.
                let pricedByTerms = line?["priceListItem"] != nil || line?["depreciation"] != nil
                check(line, pricedByTerms ? ["description", "quantity"] : ["description", "quantity", "unitPrice"])
            }
        }
        for reference in ["creditedInvoice", "quote"] { check(mapping(fields[reference]), ["number", "date"]) }
        return missing
    }

    /// `{number: F-2026-0042, date: 2026-03-15}`.
    static func documentReference(_ node: InputNode) throws(InvalidField) -> DocumentReference {
        let fields = try node.fields(["number", "date"])
        return DocumentReference(number: try fields.required("number").nonEmptyText(), date: try fields.required("date").date())
    }

    /// `{number, date, amount}` or `{number, date, percent}`.
    static func deductedDeposit(_ node: InputNode, amountPlaces: Int) throws(InvalidField) -> DeductedDeposit {
        let fields = try node.fields(["number", "date", "amount", "percent"])
        let invoice = DocumentReference(number: try fields.required("number").nonEmptyText(), date: try fields.required("date").date())
        let (key, value) = try fields.oneOf(["amount", "percent"])
        return DeductedDeposit(invoice: invoice, amount: key == "amount"
            ? .amount(try value.decimal(maxPlaces: amountPlaces, range: .positive))
            : .percent(try value.decimal(maxPlaces: 4, range: .positive)))
    }

    /// `{index: SYNTEC, base: 296.3, current: 302.5}`: P1 = P0 × current / base.
    static func priceRevision(_ node: InputNode) throws(InvalidField) -> PriceRevision {
        let fields = try node.fields(["index", "base", "current"])
        let index = try fields.required("index").nonEmptyText()
        let base = try fields.required("base").decimal(maxPlaces: 6, range: .positive)
        let current = try fields.required("current").decimal(maxPlaces: 6, range: .positive)
        do { return try PriceRevision(index: index, baseIndex: base, newIndex: current) } catch {
            throw InvalidField(node.path, error.reason)
        }
    }

    static func taxCurrency(_ node: InputNode) throws(InvalidField) -> TaxCurrency {
        let fields = try node.fields(["code", "exchangeRate"])
        let currency = try fields["code"]?.checked { code throws(RuleViolation) in
            guard let currency = Currency(code: code) else { throw RuleViolation("\"\(code)\" is not an ISO 4217 currency code") }
            return currency
        } ?? .euro
        return TaxCurrency(currency: currency,
                           exchangeRate: try fields.required("exchangeRate").decimal(maxPlaces: 10, range: .positive))
    }

    static func party(_ node: InputNode) throws(InvalidField) -> Party {
        let fields = try node.fields(["name", "kind", "siren", "siret", "taxNumber", "vatNumber", "country", "address",
                                      "vatFranchise", "vatOnDebits", "iban", "electronicAddress"])
        let country = try countryCode(fields.required("country"))
        var party = Party(
            name: try fields.required("name").nonEmptyText(),
            siren: try fields["siren"]?.checked(SIREN.init),
            siret: try fields["siret"]?.checked(SIRET.init),
            vatNumber: try fields["vatNumber"]?.checked(VATNumber.init),
            country: country,
            address: try fields["address"].map(address),
            isBusiness: try (fields["kind"]?.choice(PartyKind.self) ?? .business) == .business,
            vatFranchise: try fields["vatFranchise"]?.bool() ?? false,
            vatOnDebits: try fields["vatOnDebits"]?.bool() ?? false,
            iban: try fields["iban"]?.checked(IBAN.init))
        party.electronicAddress = try fields["electronicAddress"]?.checked(ElectronicAddress.init)
        party.taxNumber = try fields["taxNumber"]?.checked(GermanTaxNumber.init)
        return party
    }

    enum PartyKind: String, CaseIterable {
        case business, individual
    }

    static func address(_ node: InputNode) throws(InvalidField) -> Address {
        let fields = try node.fields(["lines", "postcode", "city", "country"])
        return Address(lines: try fields["lines"]?.list().map { node throws(InvalidField) in try node.nonEmptyText() } ?? [],
                       postcode: try fields["postcode"]?.nonEmptyText(),
                       city: try fields.required("city").nonEmptyText(),
                       country: try countryCode(fields.required("country")))
    }

    /// A UN/ECE Recommendation 20 code: up to 3 capital letters and digits.
    static func unitCode(_ node: InputNode) throws(InvalidField) -> String {
        let unit = try node.nonEmptyText()
        guard unit.count <= 3, unit.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }) else {
            throw InvalidField(node.path, "\"\(unit)\" is not a UN/ECE Recommendation 20 unit code (C62, HUR, DAY, KGM…)")
        }
        return unit
    }

    static func countryCode(_ node: InputNode) throws(InvalidField) -> String {
        let code = try node.text()
        guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw InvalidField(node.path, "\"\(code)\" is not an ISO 3166 country code (two capital letters: FR, DE, GB)")
        }
        return code
    }

    static func line(_ node: InputNode, amountPlaces: Int) throws(InvalidField) -> OrderLine {
        let fields = try node.fields(["id", "description", "quantity", "unit", "unitPrice", "baseQuantity", "vatRate",
                                      "vatCategory", "exemptionReason", "nature", "allowances", "charges", "period",
                                      "priceListItem", "depreciation"])
        let pricing = try pricingByTerms(fields, amountPlaces: amountPlaces)
        var adjustments: [AllowanceCharge] = []
        for (key, kind) in [("allowances", AllowanceCharge.Kind.allowance), ("charges", .charge)] {
            for item in try fields[key]?.list() ?? [] {
                let (value, reason) = try adjustmentValue(item, extraFields: [], amountPlaces: amountPlaces).0
                adjustments.append(AllowanceCharge(kind: kind, value: value, reason: reason))
            }
        }
        let unit = try fields["unit"].map(unitCode) ?? "C62"
        var line = OrderLine(
            id: try fields["id"]?.nonEmptyText(),
            description: try fields.required("description").nonEmptyText(),
            quantity: try fields.required("quantity").decimal(maxPlaces: 6, range: .positive),
            unitCode: unit,
            // Priced by the terms: the price list or the depreciation grid sets the price when the order is computed.
            unitPrice: pricing.priceListItem != nil || pricing.depreciation != nil
                ? .zero : try fields.required("unitPrice").decimal(maxPlaces: 6, range: .notNegative),
            baseQuantity: try fields["baseQuantity"]?.decimal(maxPlaces: 6, range: .positive) ?? 1,
            vatRate: try fields["vatRate"]?.decimal(maxPlaces: 2, range: .notNegative),
            vatCategory: try fields["vatCategory"].map(vatCategory),
            exemptionReason: try fields["exemptionReason"]?.nonEmptyText(),
            nature: try fields["nature"]?.choice(SupplyNature.self) ?? .goods,
            allowancesAndCharges: adjustments,
            priceListItem: pricing.priceListItem,
            depreciation: pricing.depreciation)
        line.period = try fields["period"].map(period)
        return line
    }

    /// `priceListItem: labour` (the terms' price and unit) or `depreciation: {grade, flatRatePrice}` (a share
    /// of the equipment's price from the terms' grid): a line priced so gives neither `unitPrice` nor `unit`.
    static func pricingByTerms(_ fields: Fields, amountPlaces: Int) throws(InvalidField)
        -> (priceListItem: String?, depreciation: LineDepreciation?) {
        let item = try fields["priceListItem"].map(termsName)
        let depreciation = try fields["depreciation"].map { node throws(InvalidField) in
            let depreciationFields = try node.fields(["grade", "flatRatePrice"])
            return LineDepreciation(grade: try termsName(depreciationFields.required("grade")),
                                    flatRatePrice: try depreciationFields.required("flatRatePrice")
                                        .decimal(maxPlaces: amountPlaces, range: .positive))
        }
        if item != nil, let node = fields["depreciation"] {
            throw InvalidField(node.path, "a line takes its price from the price list (priceListItem) or from the depreciation grid, not both")
        }
        if item != nil || depreciation != nil {
            let source = item != nil ? "the terms' price list (priceListItem)" : "the terms' depreciation grid"
            if let node = fields["unitPrice"] { throw InvalidField(node.path, "the price comes from \(source): leave unitPrice out") }
            if item != nil, let node = fields["unit"] { throw InvalidField(node.path, "the unit comes from the price list item: leave unit out") }
        }
        return (item, depreciation)
    }

    /// The name of a price list item or of a depreciation grade: letters, digits and hyphens.
    static func termsName(_ node: InputNode) throws(InvalidField) -> String {
        try node.checked { text throws(RuleViolation) in
            guard !text.isEmpty, text.count <= 40, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                throw RuleViolation("\"\(text)\" is not a name of the terms (letters, digits and hyphens, e.g. travel-central)")
            }
            return text
        }
    }

    /// A reference of the buyer's (BT-10, BT-12, BT-13): text of at most 100 characters on one line.
    static func reference(_ node: InputNode) throws(InvalidField) -> String {
        try node.checked { text throws(RuleViolation) in
            guard !text.isEmpty, text.count <= 100, !text.contains(where: \.isNewline) else {
                throw RuleViolation("\"\(text)\" is not a reference (one line, at most 100 characters)")
            }
            return text
        }
    }

    /// `deliveryDate: same-as-invoice`: the supply is dated by the invoice's own date.
    static let sameAsInvoice = "same-as-invoice"

    /// `period: {start: 2026-11-01, end: 2026-11-30}`, both days included.
    static func period(_ node: InputNode) throws(InvalidField) -> ServicePeriod {
        let fields = try node.fields(["start", "end"])
        let start = try fields.required("start").date()
        let end = try fields.required("end").date()
        do { return try ServicePeriod(start: start, end: end) } catch { throw InvalidField(node.child("end"), error.reason) }
    }

    static func vatCategory(_ node: InputNode) throws(InvalidField) -> VATCategory {
        let code = try node.text()
        guard let category = VATCategory(rawValue: code), VATCategory.allowedInFrance.contains(category) else {
            throw InvalidField(node.path, "\"\(code)\" is not a VAT category a French seller may use (S, Z, E, AE, K, G, O)")
        }
        return category
    }

    static func documentAdjustment(_ node: InputNode, kind: AllowanceCharge.Kind, amountPlaces: Int) throws(InvalidField) -> OrderAdjustment {
        let ((value, reason), fields) = try adjustmentValue(node, extraFields: ["vatRate", "nature"], amountPlaces: amountPlaces)
        return OrderAdjustment(kind: kind, value: value,
                               vatRate: try fields["vatRate"]?.decimal(maxPlaces: 2, range: .notNegative),
                               nature: try fields["nature"]?.choice(SupplyNature.self), reason: reason)
    }

    /// `amount: 10.00` or `percent: 5` (with an optional `base`), and a `reason`.
    static func adjustmentValue(_ node: InputNode, extraFields: [String], amountPlaces: Int)
        throws(InvalidField) -> ((AllowanceCharge.Value, String?), Fields) {
        let fields = try node.fields(["amount", "percent", "base", "reason"] + extraFields)
        let (key, valueNode) = try fields.oneOf(["amount", "percent"])
        let value: AllowanceCharge.Value
        if key == "amount" {
            value = .amount(try valueNode.decimal(maxPlaces: amountPlaces, range: .positive))
            if fields["base"] != nil { throw InvalidField(node.child("base"), "a base goes with a percent, not an amount") }
        } else {
            value = .percent(try valueNode.decimal(maxPlaces: 4, range: .positive),
                             base: try fields["base"]?.decimal(maxPlaces: amountPlaces, range: .positive))
        }
        return ((value, try fields["reason"]?.nonEmptyText()), fields)
    }

    static func paymentTerms(_ node: InputNode) throws(InvalidField) -> PaymentTerms {
        let fields = try node.fields(["kind", "days", "from", "method", "date"])
        enum Kind: String, CaseIterable { case onReceipt = "on-receipt", net, endOfMonth = "end-of-month", fixedDate = "fixed-date" }
        switch try fields.required("kind").choice(Kind.self) {
        case .onReceipt:
            return .onReceipt
        case .net:
            let start = try fields["from"]?.choice(PaymentTerms.TermsStart.self) ?? .invoiceDate
            return .net(days: try fields.required("days").integer(in: 0...3650), from: start)
        case .endOfMonth:
            let method = try fields["method"]?.choice(PaymentTerms.EndOfMonthMethod.self) ?? .daysThenEndOfMonth
            return .endOfMonth(days: try fields.required("days").integer(in: 0...3650), method: method)
        case .fixedDate:
            return .fixedDate(try fields.required("date").date())
        }
    }

    static func penaltyRule(_ node: InputNode) throws(InvalidField) -> PenaltyRule {
        let fields = try node.fields(["rate", "counting", "daysInYear"])
        let daysInYear = try fields["daysInYear"]?.integer(in: 360...366) ?? 365
        guard [360, 365].contains(daysInYear) else { throw InvalidField(node.child("daysInYear"), "must be 360 or 365") }
        return PenaltyRule(rate: try penaltyRate(fields.required("rate")),
                           counting: try fields["counting"]?.choice(PenaltyCounting.self) ?? .daily,
                           daysInYear: daysInYear)
    }

    static func penaltyRate(_ node: InputNode) throws(InvalidField) -> PenaltyRate {
        let keys = ["annualPercent", "monthlyPercent", "legalRateMultiple", "ecbPlusPoints", "baseRatePlusPoints", "higherOf"]
        let (key, value) = try node.fields(keys).oneOf(keys)
        switch key {
        case "annualPercent": return .annual(try value.decimal(maxPlaces: 4, range: .positive))
        case "monthlyPercent": return .monthly(try value.decimal(maxPlaces: 4, range: .positive))
        case "legalRateMultiple": return .legalRateMultiple(try value.decimal(maxPlaces: 4, range: .positive))
        case "ecbPlusPoints": return .ecbPlus(points: try value.decimal(maxPlaces: 4, range: .notNegative))
        case "baseRatePlusPoints": return .baseRatePlus(points: try value.decimal(maxPlaces: 4, range: .notNegative))
        default:
            let rates = try value.list().map(penaltyRate)
            guard rates.count >= 2 else { throw InvalidField(value.path, "higherOf compares at least two rates") }
            return .higherOf(rates)
        }
    }

    static func validity(_ node: InputNode) throws(InvalidField) -> QuoteValidity {
        let (key, value) = try node.fields(["days", "until"]).oneOf(["days", "until"])
        return key == "days" ? .days(try value.integer(in: 1...3650)) : .until(try value.date())
    }
}

