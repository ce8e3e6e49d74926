/// Where a rate value was read: a file, the line of its entry, and whether Folio ships it or a
/// company added it.
public struct RateOrigin: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    /// From 1; nil when the reader could not tell.
    public let line: Int?
    /// The entry's field path in its file (`legal-interest-rate/other-cases.values[4]`).
    public let path: String
    /// True for Folio's own `rates/` files, false for a company's additions.
    public let shipped: Bool

    public init(file: String, line: Int?, path: String, shipped: Bool) {
        self.file = file
        self.line = line
        self.path = path
        self.shipped = shipped
    }

    /// `rates/legal-interest-rate.yaml:12`.
    public var description: String { line.map { "\(file):\($0)" } ?? file }
}
