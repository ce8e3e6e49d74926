/// Undoes the PNG predictors of `/DecodeParms << /Predictor 10…15 >>` (ISO 32000-1 §7.4.4.4): each
/// row starts with a byte naming its filter (none, sub, up, average, Paeth), as in PNG.
///
/// Cross-reference streams almost always use them (qpdf writes `/Predictor 12`, « up »).
enum PNGPredictor {
    /// The rows of `data` with their filters undone and their filter bytes removed; an incomplete
    /// last row is dropped.
    static func decode(_ data: [UInt8], colors: Int, bitsPerComponent: Int, columns: Int) throws(PDFFileError) -> [UInt8] {
        // Bounds on the parameters keep the products below from overflowing; real files use 1–4 colours, 1–16 bits.
        guard (1...32).contains(colors), [1, 2, 4, 8, 16].contains(bitsPerComponent), (1...(1 << 24)).contains(columns) else {
            throw .unsupportedEncoding("PNG predictor with \(colors) colours, \(bitsPerComponent) bits, \(columns) columns")
        }
        let bytesPerPixel = max(1, colors * bitsPerComponent / 8)
        let rowLength = (colors * bitsPerComponent * columns + 7) / 8
        var output: [UInt8] = []
        output.reserveCapacity(data.count)
        var previous = [UInt8](repeating: 0, count: rowLength)
        var row = [UInt8](repeating: 0, count: rowLength)
        var index = 0
        while index + 1 + rowLength <= data.count {
            let filter = data[index]
            index += 1
            for column in 0..<rowLength {
                let raw = data[index + column]
                let left = column >= bytesPerPixel ? row[column - bytesPerPixel] : 0
                let above = previous[column]
                let upperLeft = column >= bytesPerPixel ? previous[column - bytesPerPixel] : 0
                switch filter {
                case 0: row[column] = raw
                case 1: row[column] = raw &+ left
                case 2: row[column] = raw &+ above
                case 3: row[column] = raw &+ UInt8((Int(left) + Int(above)) / 2)
                case 4: row[column] = raw &+ paeth(left, above, upperLeft)
                default: throw .unsupportedEncoding("PNG predictor row filter \(filter)")
                }
            }
            output += row
            swap(&previous, &row)
            index += rowLength
        }
        return output
    }

    /// PNG's Paeth predictor: whichever of left, above and upper-left is closest to left + above − upper-left.
    private static func paeth(_ left: UInt8, _ above: UInt8, _ upperLeft: UInt8) -> UInt8 {
        let estimate = Int(left) + Int(above) - Int(upperLeft)
        let toLeft = abs(estimate - Int(left)), toAbove = abs(estimate - Int(above)), toUpperLeft = abs(estimate - Int(upperLeft))
        if toLeft <= toAbove, toLeft <= toUpperLeft { return left }
        return toAbove <= toUpperLeft ? above : upperLeft
    }
}
