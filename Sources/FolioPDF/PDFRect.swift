/// A rectangle on a PDF page, in points (1/72 inch) from the page's lower-left corner, as `/Rect`
/// arrays give them (ISO 32000-1 §7.9.5).
public struct PDFRect: Sendable, Hashable {
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

    /// Whether the rectangle covers nothing: what an invisible signature's widget has.
    var isEmpty: Bool { width == 0 && height == 0 }

    /// `[x1 y1 x2 y2]`, corners in the order PDF writes them.
    var array: PDFValue {
        .array([x, y, x + width, y + height].map(Self.number))
    }

    /// A number as PDF writes it: an integer when whole, else a real of at most three decimals
    /// (a thousandth of a point is far below what a page shows).
    static func number(_ value: Double) -> PDFValue {
        let thousandths = (value * 1000).rounded()
        guard thousandths.isFinite, abs(thousandths) < 1e15 else { return .integer(0) }
        let whole = Int(thousandths)
        if whole % 1000 == 0 { return .integer(whole / 1000) }
        let sign = whole < 0 ? "-" : ""
        var fraction = String(abs(whole) % 1000)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return .real("\(sign)\(abs(whole) / 1000).\(fraction)")
    }
}
