/// Which family a piece of text is set in.
public enum FontFamily: String, Sendable, Hashable, CaseIterable {
    /// The sans-serif family for documents (Noto Sans).
    case sans
    /// The serif family for long legal text (Noto Serif).
    case serif
}

/// Family, weight and slant: what a text style asks the font library for.
public struct FontStyle: Sendable, Hashable {
    public var family: FontFamily
    public var bold: Bool
    public var italic: Bool

    public init(family: FontFamily = .sans, bold: Bool = false, italic: Bool = false) {
        self.family = family
        self.bold = bold
        self.italic = italic
    }
}
