/// Bad input: the path of the field at fault and the reason, e.g. `lines[2].quantity: must be more than 0`.
public struct InvalidField: Error, Sendable, Hashable, CustomStringConvertible {
    /// Dotted path with indices from 0: `buyer.vatNumber`, `lines[2].quantity`.
    public let path: String
    public let reason: String

    public init(_ path: String, _ reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { path.isEmpty ? reason : "\(path): \(reason)" }
}
