import FolioCore
import Foundation

/// Reads a contract file (YAML, or JSON) into a ``Contract``, as strictly as an order: an unknown
/// field, a bad date or length, a client refused as an order's buyer would be, is refused with the
/// field's path and the reason. `schema/contract.schema.json` describes the same fields.
///
/// ```yaml
/// reference: MC-2025-014
/// client: {name: Hôtel Bellevue SARL, siren: "732829320", country: MQ, address: {city: Fort-de-France, country: MQ}}
/// start: 2025-05-31
/// initialTerm: 1 year
/// renewal: 1 year                 # tacit, by periods of 1 year; or « none »
/// nonRenewalNotice: 3 months      # received before the anniversary
/// terminationNotice: 2 months     # a subscription: from the request's receipt
/// suspensionNotice: 8 days
/// priceRevision: {index: SYNTEC, baseValue: "302.8", baseMonth: 2025-04}
/// lines: [{description: Maintenance du parc, price: "1200.00"}]
/// ```
public enum ContractReader {
    static let fields = ["reference", "client", "start", "initialTerm", "renewal", "nonRenewalNotice", "terminationNotice",
                         "suspensionNotice", "priceRevision", "lines", "currency", "terms"]

    public static func read(_ text: String) throws(InvalidField) -> Contract {
        let fields = try InputDocument.root(of: text, what: "contract", kind: .order).fields(Self.fields)
        let initialTerm = try span(fields.required("initialTerm"), months: true)
        let renewalNode = try fields.required("renewal")
        let renewal: Contract.Renewal = try renewalNode.text() == "none" ? .none : .tacit(period: try span(renewalNode, months: true))
        let currency: Currency
        if let node = fields["currency"] {
            currency = try node.checked { code throws(RuleViolation) in
                guard let currency = Currency(code: code) else { throw RuleViolation("\"\(code)\" is not an ISO 4217 currency code") }
                return currency
            }
        } else {
            currency = .euro
        }
        let contract = Contract(
            reference: try fields.required("reference").checked(reference),
            client: try OrderReader.party(fields.required("client")),
            start: try fields.required("start").date(),
            initialTerm: initialTerm,
            renewal: renewal,
            nonRenewalNotice: try fields["nonRenewalNotice"].map { node throws(InvalidField) in try span(node, months: true) },
            terminationNotice: try fields["terminationNotice"].map { node throws(InvalidField) in try span(node, months: false) },
            suspensionNotice: try fields["suspensionNotice"].map { node throws(InvalidField) in try span(node, months: false) },
            priceRevision: try fields["priceRevision"].map(priceRevision),
            lines: try fields["lines"]?.list().map { node throws(InvalidField) in try line(node, currency: currency) } ?? [],
            currency: currency,
            terms: try fields["terms"]?.nonEmptyText())
        if case .none = renewal, contract.nonRenewalNotice != nil {
            throw InvalidField("nonRenewalNotice", "a contract that does not renew has no notice of non-renewal (renewal: none)")
        }
        return contract
    }

    /// A contract's reference: it names the notices' files, so letters, digits and `. _ / -` only,
    /// starting with a letter or digit, at most 100 characters (the ledger's limit).
    static func reference(_ text: String) throws(RuleViolation) -> String {
        let value = text.trimmingWhitespace
        let allowed = value.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._/-".unicodeScalars.contains($0)) }
        guard let first = value.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || ("0"..."9").contains(first),
              allowed, value.count <= 100 else {
            throw RuleViolation("\"\(value)\" is not a contract reference: 1 to 100 letters, digits, . _ / - starting with a letter or digit")
        }
        return value
    }

    /// A length (`3 months`); `months`: in months or years only (terms and notices before a date).
    static func span(_ node: InputNode, months: Bool) throws(InvalidField) -> ContractSpan {
        let span = try node.checked(ContractSpan.init(text:))
        if months, span.months == nil {
            throw InvalidField(node.path, "\"\(span)\": a term or a notice before an anniversary is in months or years")
        }
        return span
    }

    static func priceRevision(_ node: InputNode) throws(InvalidField) -> Contract.PriceRevision {
        let fields = try node.fields(["index", "baseValue", "baseMonth"])
        let month = try fields["baseMonth"]?.text()
        if let month, CalendarDate(month + "-01") == nil {
            throw InvalidField(node.child("baseMonth"), "\"\(month)\" is not a month YYYY-MM")
        }
        return Contract.PriceRevision(index: try fields.required("index").nonEmptyText(),
                                      baseValue: try fields.required("baseValue").decimal(maxPlaces: 6, range: .positive),
                                      baseMonth: month)
    }

    static func line(_ node: InputNode, currency: Currency) throws(InvalidField) -> Contract.Line {
        let fields = try node.fields(["description", "price"])
        return Contract.Line(description: try fields.required("description").nonEmptyText(),
                             price: try fields.required("price").decimal(maxPlaces: currency.minorUnit, range: .notNegative))
    }
}
