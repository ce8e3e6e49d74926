/// A glyph drawn at a position relative to its text run's origin (the baseline's left end).
public struct GlyphPosition: Sendable, Hashable {
    public var id: UInt32
    public var x: Double
    public var y: Double
}

/// Text ready to draw: glyphs of one face at one size, and the exact text they stand for.
///
/// `clusters` maps the text to the glyphs, in order: each entry is (UTF-8 bytes, glyphs); a glyph
/// with no bytes (an inserted hyphen) or bytes with no glyph are allowed.
public struct TextRun {
    public var origin: Point
    public var text: String
    public var face: FontFace
    public var size: Double
    public var color: Color
    public var glyphs: [GlyphPosition]
    public var clusters: [(bytes: Int, glyphs: Int)]
    public var underline: Bool
    /// Drawn with a line through it.
    public var strikethrough: Bool = false
    /// The run's width (its last glyph's position plus advance), in points.
    public var width: Double
}

/// Something drawn on a page, positioned in page coordinates (or relative, before placement).
public enum PageItem {
    case text(TextRun)
    /// A straight line.
    case line(from: Point, to: Point, width: Double, color: Color)
    /// A rectangle, filled and/or stroked.
    case rectangle(Rect, fill: Color?, stroke: Color?, lineWidth: Double)
    /// A PNG image scaled into a rectangle.
    case image(PNGImage, Rect)
    /// A clickable area.
    case link(Rect, LinkTarget)
    /// A named place links can go to.
    case anchor(name: String, at: Point)
    /// A named area of the page, not drawn: where a named box was placed (a signature field goes over it).
    case region(name: String, Rect)

    /// The same item moved.
    public func offsetBy(dx: Double, dy: Double) -> PageItem {
        func move(_ point: Point) -> Point { Point(x: point.x + dx, y: point.y + dy) }
        switch self {
        case .text(var run):
            run.origin = move(run.origin)
            return .text(run)
        case let .line(from, to, width, color):
            return .line(from: move(from), to: move(to), width: width, color: color)
        case let .rectangle(rect, fill, stroke, lineWidth):
            return .rectangle(rect.offsetBy(dx: dx, dy: dy), fill: fill, stroke: stroke, lineWidth: lineWidth)
        case let .image(image, rect):
            return .image(image, rect.offsetBy(dx: dx, dy: dy))
        case let .link(rect, target):
            return .link(rect.offsetBy(dx: dx, dy: dy), target)
        case let .anchor(name, point):
            return .anchor(name: name, at: move(point))
        case let .region(name, rect):
            return .region(name: name, rect.offsetBy(dx: dx, dy: dy))
        }
    }
}

extension Array where Element == PageItem {
    func offsetBy(dx: Double, dy: Double) -> [PageItem] {
        dx == 0 && dy == 0 ? self : map { $0.offsetBy(dx: dx, dy: dy) }
    }
}
