/// A stretch of text in one style, possibly a link: the unit paragraphs are written in.
public struct TextSpan: Sendable, Hashable {
    public var text: String
    public var style: TextStyle
    public var link: LinkTarget?

    public init(_ text: String, style: TextStyle, link: LinkTarget? = nil) {
        self.text = text
        self.style = style
        self.link = link
    }
}

/// Where a link goes: a web address, or a named place in the same document.
public enum LinkTarget: Sendable, Hashable {
    case uri(String)
    case destination(String)
}
