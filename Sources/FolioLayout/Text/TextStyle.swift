/// How a piece of text looks: face, size, colour, figures, and the language it is written in.
public struct TextStyle: Sendable, Hashable {
    public var font: FontStyle
    /// Size in points.
    public var size: Double
    public var color: Color
    /// Tabular (fixed-width) figures, so amounts line up in columns.
    public var tabularFigures: Bool
    /// Drawn with a line under it (links).
    public var underline: Bool
    /// The language: chooses the hyphenation patterns and HarfBuzz's language-specific forms.
    public var language: Language
    /// Drawn with a line through it (deleted text in a redline).
    public var strikethrough: Bool

    public init(font: FontStyle = FontStyle(), size: Double = 10, color: Color = .black,
                tabularFigures: Bool = false, underline: Bool = false, language: Language = .french,
                strikethrough: Bool = false) {
        self.font = font
        self.size = size
        self.color = color
        self.tabularFigures = tabularFigures
        self.underline = underline
        self.language = language
        self.strikethrough = strikethrough
    }

    /// The same style in bold.
    public var bold: TextStyle { var copy = self; copy.font.bold = true; return copy }
    /// The same style in italic.
    public var italic: TextStyle { var copy = self; copy.font.italic = true; return copy }
    /// The same style at another size.
    public func sized(_ size: Double) -> TextStyle { var copy = self; copy.size = size; return copy }
    /// The same style in another colour.
    public func colored(_ color: Color) -> TextStyle { var copy = self; copy.color = color; return copy }
}

/// A language text is written in; the languages Folio hyphenates, plus any other (not hyphenated).
public enum Language: String, Sendable, Hashable {
    case french = "fr"
    case english = "en"
    case german = "de"
    case other = "und"
}

/// An RGB colour, each component from 0 to 1.
public struct Color: Sendable, Hashable {
    public var red: Double
    public var green: Double
    public var blue: Double

    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A grey from 0 (black) to 1 (white).
    public static func gray(_ level: Double) -> Color { Color(red: level, green: level, blue: level) }
    public static let black = Color(red: 0, green: 0, blue: 0)
    public static let white = Color(red: 1, green: 1, blue: 1)
    /// The blue of links.
    public static let link = Color(red: 0.05, green: 0.25, blue: 0.6)
}
