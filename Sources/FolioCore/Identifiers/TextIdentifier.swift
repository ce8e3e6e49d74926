/// An identifier read from text and checked (SIREN, SIRET, VAT number, IBAN): it travels as that text.
public protocol TextIdentifier: Codable {
    /// Reads and checks the identifier; throws with the reason when it cannot be right.
    init(_ text: String) throws(RuleViolation)
    /// The compact form written to JSON and to e-invoices.
    var compactText: String { get }
}

extension TextIdentifier {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        try self.init(container.decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(compactText)
    }
}
