import FolioCore
import FolioInput
import Foundation

/// Order data ready to compute: the ``Order`` and its canonical form, which the ledger keeps to
/// render the issued document again, and the name errors give it (a file, `quote D-2026-0001`).
///
/// Make one from an order built in code, from YAML or JSON text or bytes, or from a file. Every way
/// checks the data as `folio` does: an order built in code with a zero quantity is refused like a file.
///
/// ```swift
/// let fromFile = try OrderInput(file: "examples/orders/01-domestic-several-rates.yaml")
/// let fromCode = try OrderInput(Order(kind: .invoice, date: CalendarDate("2026-11-26")!, currency: .euro,
///                                     seller: seller, buyer: buyer, lines: lines))
/// ```
public struct OrderInput: Sendable, Hashable {
    /// How errors name this input.
    public let name: String
    public let order: Order
    /// The canonical form (sorted keys, every value as written) the ledger keeps.
    public let canonical: InputValue

    /// An order built in code, written in its canonical form and read back, so that it is checked
    /// field by field and re-renders exactly.
    public init(_ order: Order, name: String = "order") throws {
        try self.init(canonical: OrderWriter.input(order), name: name)
    }

    /// YAML or JSON order data.
    public init(text: String, name: String) throws {
        let canonical: InputValue
        do { canonical = try InputValue.read(text) } catch { throw InputError(source: name, error) }
        try self.init(canonical: canonical, name: name)
    }

    /// YAML or JSON order data as UTF-8 bytes (a request body, a message).
    public init(bytes: some Sequence<UInt8>, name: String) throws {
        try self.init(text: String(decoding: Array(bytes), as: UTF8.self), name: name)
    }

    /// An order file, YAML or JSON; errors name the file (missing, binary, not UTF-8, or a field refused).
    public init(file: String) throws {
        try self.init(text: TextFile.read(path: file, kind: .order), name: file)
    }

    /// Order data in canonical form, as the ledger keeps it.
    public init(canonical: InputValue, name: String) throws {
        do { order = try OrderReader.read(canonical) } catch { throw InputError(source: name, error) }
        self.canonical = canonical
        self.name = name
    }
}

extension OrderInput {
    /// The order computed under the statutory defaults alone, without a company's sales rules:
    /// totals, VAT breakdown, due date and mentions, as `folio totals` prints them.
    public func computed() throws -> ComputedOrder {
        do { return try OrderComputation.compute(order) } catch { throw InputError(source: name, error) }
    }
}
