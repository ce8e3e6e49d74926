/// A rates file that Folio refuses: where (file and line), the field, and why.
public struct RateDataError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file and line of the value at fault; nil for a table as a whole.
    public let origin: RateOrigin?
    /// The field's path in the file (`legal-interest-rate/other-cases.values[4].from`).
    public let field: String
    public let reason: String

    public init(_ origin: RateOrigin?, field: String, _ reason: String) {
        self.origin = origin
        self.field = field
        self.reason = reason
    }

    public var description: String {
        [origin?.description, field.isEmpty ? nil : field, reason].compactMap { $0 }.joined(separator: ": ")
    }
}
