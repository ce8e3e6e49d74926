/// A font file that could not be loaded: which file, and why.
public struct FontError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String

    public var description: String { "font \(path): \(reason)" }
}
