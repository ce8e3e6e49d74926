/// A point on a page, in PDF points (1/72 inch), measured from the page's top-left corner, y down.
public struct Point: Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A rectangle on a page, in points, from its top-left corner.
public struct Rect: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public func offsetBy(dx: Double, dy: Double) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width, height: height)
    }
}

/// Space kept clear on the four sides of a page or inside a box, in points.
public struct EdgeInsets: Sendable, Hashable {
    public var top: Double
    public var right: Double
    public var bottom: Double
    public var left: Double

    public init(top: Double, right: Double, bottom: Double, left: Double) {
        self.top = top
        self.right = right
        self.bottom = bottom
        self.left = left
    }

    /// The same inset on every side.
    public init(all inset: Double) {
        self.init(top: inset, right: inset, bottom: inset, left: inset)
    }

    /// Millimetres to points.
    public static func millimetres(_ value: Double) -> Double { value * 72 / 25.4 }
}
