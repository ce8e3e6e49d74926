/// Why a hyphenation pattern file could not be used: the file, the line (when there is one) and the reason.
public struct HyphenationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's name, for example `hyph_de_DE.dic`.
    public let fileName: String
    /// The line the problem is on, counting from 1, or `nil` when it concerns the whole file.
    public let line: Int?
    /// What is wrong, in one sentence.
    public let reason: String

    public init(fileName: String, line: Int? = nil, reason: String) {
        self.fileName = fileName
        self.line = line
        self.reason = reason
    }

    public var description: String {
        if let line {
            return "\(fileName), line \(line): \(reason)"
        }
        return "\(fileName): \(reason)"
    }
}
