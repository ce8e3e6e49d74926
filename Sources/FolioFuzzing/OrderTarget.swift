import FolioCore
import FolioInput

/// An order's text read (canonical form, then fields) and, when it is accepted, computed: totals,
/// VAT, due date, mentions.
enum OrderTarget {
    static func run(_ bytes: UnsafeRawBufferPointer) {
        guard let value = try? InputValue.read(FuzzTarget.text(bytes)), let order = try? OrderReader.read(value) else { return }
        _ = value.json
        _ = try? OrderComputation.compute(order)
    }
}
