import FolioDocuments
import Foundation

/// The quote form of the sales page, field for field, and the order it stands for. The fields are
/// named after the order's own paths (`buyer.siren`, `lines[2].quantity`), so the library's error
/// for a field lands next to that field, in the same words as the command line's and the API's.
struct QuoteForm: Sendable {
    struct Line: Sendable {
        var description = ""
        var quantity = "1"
        var unit = "C62"
        var unitPrice = ""
        var vatRate = "20"
        var discount = ""
        var nature = "services"
        /// Its number on the page that posted it (blank lines before it are left out of the order).
        var origin = 0

        var isBlank: Bool { description.isEmpty && unitPrice.isEmpty && discount.isEmpty }
    }

    /// A client invoiced or quoted before (its number in the ledger), to fill the buyer from.
    var client = ""
    var buyerKind = "business"
    var buyerName = ""
    var buyerSiren = ""
    var buyerVAT = ""
    var buyerStreet = ""
    var buyerPostcode = ""
    var buyerCity = ""
    var buyerCountry = "FR"
    /// How a consumer contract is made: on-premises, distance or off-premises (a consumer's quote needs it).
    var saleChannel = ""
    var date: String
    var validityDays = "30"
    var depositPercent = ""
    var paymentDays = "30"
    var language = "fr"
    var lines: [Line] = [Line()]
    /// The form's idempotency key: the same form posted twice issues one quote.
    var request = UUID().uuidString

    /// A quote at most this long (lines); the page refuses more rather than reading them.
    static let maximumLines = 200

    init(today: CalendarDate, language: DocumentLanguage) {
        date = today.description
        self.language = language.rawValue
    }

    /// The form as posted: lines with nothing in them are left out.
    init(_ form: WebForm) throws {
        date = form["date"]
        client = form["client"]
        buyerKind = form["buyer.kind"].isEmpty ? "business" : form["buyer.kind"]
        buyerName = form["buyer.name"]
        buyerSiren = form["buyer.siren"]
        buyerVAT = form["buyer.vatNumber"]
        buyerStreet = form["buyer.address.lines"]
        buyerPostcode = form["buyer.address.postcode"]
        buyerCity = form["buyer.address.city"]
        buyerCountry = form["buyer.country"].uppercased()
        saleChannel = form["saleChannel"]
        validityDays = form["validity.days"]
        depositPercent = form["deposit.percent"]
        paymentDays = form["paymentTerms.days"]
        language = form["language"]
        request = form["request"].isEmpty ? UUID().uuidString : form["request"]
        var lines: [Line] = []
        for index in 0..<(Self.maximumLines + 1) {
            let prefix = "lines[\(index)]."
            guard form.names.contains(where: { $0.hasPrefix(prefix) }) else { break }
            guard index < Self.maximumLines else { throw InputError(source: "form", field: "lines", "at most \(Self.maximumLines) lines") }
            let line = Line(description: form[prefix + "description"], quantity: form[prefix + "quantity"], unit: form[prefix + "unit"],
                            unitPrice: form[prefix + "unitPrice"], vatRate: form[prefix + "vatRate"], discount: form[prefix + "discount"],
                            nature: form[prefix + "nature"], origin: index)
            if !line.isBlank { lines.append(line) }
        }
        self.lines = lines.isEmpty ? [Line()] : lines
    }

    /// Fills the buyer from an order of the ledger (the client chosen in the list).
    mutating func fillBuyer(from order: Order) {
        let buyer = order.buyer
        buyerKind = buyer.isBusiness ? "business" : "individual"
        buyerName = buyer.name
        buyerSiren = buyer.siren.map { "\($0)" } ?? ""
        buyerVAT = buyer.vatNumber.map { "\($0)" } ?? ""
        buyerStreet = buyer.address?.lines.joined(separator: ", ") ?? ""
        buyerPostcode = buyer.address?.postcode ?? ""
        buyerCity = buyer.address?.city ?? ""
        buyerCountry = buyer.country
    }

    /// The field of the page that posted the form for a field of its order: `lines[1].quantity` is
    /// `lines[3].quantity` when the page's lines 1 and 2 were blank.
    func pageField(_ field: String) -> String {
        guard field.hasPrefix("lines["), let close = field.firstIndex(of: "]"),
              let index = Int(field[field.index(field.startIndex, offsetBy: 6)..<close]), lines.indices.contains(index) else { return field }
        return "lines[\(lines[index].origin)" + field[close...]
    }

    /// The order, as JSON the library reads like any order file: the seller is the company's.
    func orderJSON() throws -> [UInt8] {
        let address = buyerCity.isEmpty && buyerStreet.isEmpty && buyerPostcode.isEmpty ? nil
            : OrderJSON.Address(lines: buyerStreet.isEmpty ? nil : [buyerStreet], postcode: Self.blankless(buyerPostcode),
                                city: Self.blankless(buyerCity), country: buyerCountry)
        let order = OrderJSON(
            kind: "quote", date: Self.blankless(date), currency: "EUR",
            buyer: .init(name: Self.blankless(buyerName), kind: buyerKind, siren: Self.blankless(buyerSiren.replacingOccurrences(of: " ", with: "")),
                         vatNumber: Self.blankless(buyerVAT), country: buyerCountry, address: address),
            lines: lines.map { line in
                OrderJSON.Line(description: Self.blankless(line.description), quantity: Self.number(line.quantity),
                               unit: Self.blankless(line.unit), unitPrice: Self.number(line.unitPrice), vatRate: Self.number(line.vatRate),
                               nature: Self.blankless(line.nature),
                               allowances: Self.number(line.discount).map { [.init(percent: $0)] })
            },
            validity: Self.integer(validityDays).map { .init(days: $0) },
            deposit: Self.number(depositPercent).map { .init(percent: $0) },
            saleChannel: Self.blankless(saleChannel),
            paymentTerms: Self.integer(paymentDays).map { .init(kind: "net", days: $0) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try encoder.encode(order))
    }

    /// The form's field an error of the library names: its own path, or the form field that writes it
    /// (a line's discount is its first allowance; the address's country is the buyer's).
    static func field(of error: InputError) -> String? {
        guard var path = error.field else { return nil }
        if let range = path.range(of: #"^lines\[\d+\]\.allowances.*"#, options: .regularExpression) {
            let line = path[range].prefix { $0 != "." }
            path = line + ".discount"
        }
        let aliases = ["buyer": "buyer.name", "buyer.address": "buyer.address.city", "buyer.address.country": "buyer.country",
                       "lines": "lines[0].description", "validity": "validity.days", "deposit": "deposit.percent",
                       "paymentTerms": "paymentTerms.days", "buyer.kind": "buyer.kind"]
        if let alias = aliases[path] { return alias }
        if path.hasPrefix("buyer.address.lines") { return "buyer.address.lines" }
        return path
    }

    private static func blankless(_ text: String) -> String? { text.isEmpty ? nil : text }

    /// A number as typed: a French decimal comma and spaces between thousands are accepted.
    private static func number(_ text: String) -> String? {
        let cleaned = text.replacingOccurrences(of: ",", with: ".").filter { !$0.isWhitespace && $0 != "\u{202F}" && $0 != "\u{A0}" }
        return cleaned.isEmpty ? nil : cleaned
    }

    private static func integer(_ text: String) -> IntegerOrText? {
        guard let cleaned = number(text) else { return nil }
        return Int(cleaned).map(IntegerOrText.integer) ?? .text(cleaned)
    }
}

/// A whole number where the order wants one, or the text typed when it is not (for the library to refuse, naming the field).
enum IntegerOrText: Encodable, Sendable {
    case integer(Int)
    case text(String)

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .integer(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        }
    }
}

/// The order file's shape, for the fields the form has.
private struct OrderJSON: Encodable {
    struct Address: Encodable {
        let lines: [String]?
        let postcode: String?
        let city: String?
        let country: String
    }
    struct Buyer: Encodable {
        let name: String?
        let kind: String
        let siren: String?
        let vatNumber: String?
        let country: String
        let address: Address?
    }
    struct Line: Encodable {
        struct Allowance: Encodable { let percent: String }
        let description: String?
        let quantity: String?
        let unit: String?
        let unitPrice: String?
        let vatRate: String?
        let nature: String?
        let allowances: [Allowance]?
    }
    struct Validity: Encodable { let days: IntegerOrText }
    struct Deposit: Encodable { let percent: String }
    struct Terms: Encodable {
        let kind: String
        let days: IntegerOrText
    }
    let kind: String
    let date: String?
    let currency: String
    let buyer: Buyer
    let lines: [Line]
    let validity: Validity?
    let deposit: Deposit?
    let saleChannel: String?
    let paymentTerms: Terms?
}
