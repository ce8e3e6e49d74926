/// Something the layout cannot do with its input, said in words (what, and why).
public struct LayoutError: Error, CustomStringConvertible, Sendable, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
