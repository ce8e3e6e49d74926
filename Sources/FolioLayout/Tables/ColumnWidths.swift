/// Resolves a table's column widths: fixed first, then auto columns at their natural width
/// (shrunk proportionally if they do not fit), then the rest shared by relative weights.
enum ColumnWidths {
    /// - Parameters:
    ///   - natural: each column's widest content on one line, padding included (for auto columns).
    static func resolve(_ columns: [TableColumn], natural: [Double], available: Double) -> [Double] {
        var widths = Array(repeating: 0.0, count: columns.count)
        var fixedTotal = 0.0
        var autoTotal = 0.0
        var weightTotal = 0.0
        for (index, column) in columns.enumerated() {
            switch column.width {
            case .fixed(let points):
                widths[index] = points
                fixedTotal += points
            case .auto:
                widths[index] = natural[index]
                autoTotal += natural[index]
            case .relative(let weight):
                weightTotal += max(weight, 0)
            }
        }
        let afterFixed = max(available - fixedTotal, 0)
        // Relative columns keep at least a fifth of what is left, so text never gets one letter wide.
        let relativeMinimum = weightTotal > 0 ? afterFixed / 5 : 0
        if autoTotal > afterFixed - relativeMinimum, autoTotal > 0 {
            let scale = (afterFixed - relativeMinimum) / autoTotal
            for (index, column) in columns.enumerated() where column.width == .auto { widths[index] *= scale }
            autoTotal *= scale
        }
        let remaining = max(afterFixed - autoTotal, 0)
        for (index, column) in columns.enumerated() {
            if case .relative(let weight) = column.width, weightTotal > 0 {
                widths[index] = remaining * max(weight, 0) / weightTotal
            }
        }
        return widths
    }
}
