import FolioCore
import Foundation
import Yams

/// Reads a rates file (YAML, or JSON which YAML reads too) into the tables it gives, as strictly as
/// orders: an unknown table or field, a bad date, a rate not written as a quoted decimal, values out
/// of date order, overlapping or given twice are refused with the file, the line, the field and why.
///
/// ```yaml
/// legal-interest-rate/other-cases:
///   values:
///     - {from: 2026-01-01, rate: "2.62", source: "arrêté …, Journal officiel"}
/// ```
///
/// The format is documented in the README (« Rates ») and `schema/rates.schema.json`.
public enum RateFileReader {
    /// The tables of a file's text; `file` names it in errors and in each value's origin.
    public static func read(_ text: String, file: String, shipped: Bool) throws(RateDataError) -> [RateSeries] {
        let root: InputNode
        do { root = try InputDocument.root(of: text, what: "rates file", kind: .rates) } catch {
            throw RateDataError(RateOrigin(file: file, line: nil, path: "", shipped: shipped), field: error.path, error.reason)
        }
        guard case .mapping(let mapping) = root.node else {
            throw RateDataError(origin(root.node, file, "", shipped), field: "",
                                "expected a mapping of tables (\(RateTable.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        var tables: [RateSeries] = []
        var seen: Set<String> = []
        for (keyNode, tableNode) in mapping {
            let name = keyNode.string ?? ""
            let at = origin(keyNode, file, name, shipped)
            guard let table = RateTable(rawValue: name) else {
                let names = RateTable.allCases.map(\.rawValue)
                let hint = InputNode.closest(to: name, in: names).map { "did you mean \"\($0)\"? " } ?? ""
                throw RateDataError(at, field: name, "no such rate table; \(hint)(tables: \(names.joined(separator: ", ")))")
            }
            guard seen.insert(name).inserted else { throw RateDataError(at, field: name, "the table is given twice in this file") }
            tables.append(try series(table, InputNode(node: tableNode, path: name), file: file, shipped: shipped))
        }
        return tables
    }

    static func series(_ table: RateTable, _ node: InputNode, file: String, shipped: Bool) throws(RateDataError) -> RateSeries {
        let at = origin(node.node, file, node.path, shipped)
        let allowed = table.period == .decisions ? ["knownThrough", "values"] : ["values"]
        var values: [RateValue] = []
        var knownThrough: CalendarDate?
        var knownThroughOrigin: RateOrigin?
        do {
            let fields = try node.fields(allowed)
            if let known = fields["knownThrough"] {
                knownThrough = try known.date()
                knownThroughOrigin = origin(known.node, file, known.path, shipped)
            }
            if shipped, table.period == .decisions, knownThrough == nil {
                throw InvalidField(node.child("knownThrough"), "required: the last day the table was checked")
            }
            for entry in try fields["values"]?.list() ?? [] {
                let entryOrigin = origin(entry.node, file, entry.path, shipped)
                do { values.append(try value(entry, table: table, origin: entryOrigin)) } catch {
                    throw RateDataError(entryOrigin, field: error.path, error.reason)
                }
            }
            if fields["values"] == nil, knownThrough == nil {
                throw InvalidField(node.child("values"), "required: the table's values, one line each")
            }
        } catch let error as RateDataError {
            throw error
        } catch let error as InvalidField {
            throw RateDataError(at, field: error.path, error.reason)
        } catch {
            throw RateDataError(at, field: node.path, "\(error)")
        }
        return try RateSeries(table: table, values: values, knownThrough: knownThrough, knownThroughOrigin: knownThroughOrigin)
    }

    /// `{from: 2026-01-01, rate: "2.62", source: "…"}` (VAT: with `name` and, when abolished, `through`;
    /// the indemnity: `amount` for `rate`).
    static func value(_ node: InputNode, table: RateTable, origin: RateOrigin) throws(InvalidField) -> RateValue {
        let key = table.valueKey
        let allowed = table.period == .concurrent ? ["from", "through", key, "name", "source"] : ["from", key, "source"]
        let fields = try node.fields(allowed)
        let missing = allowed.filter { $0 != "through" && fields[$0] == nil }
        if !missing.isEmpty {
            throw InvalidField(missing.count == 1 ? node.child(missing[0]) : node.path,
                               missing.count == 1 ? "required" : "required fields missing: \(missing.joined(separator: ", "))")
        }
        let valueNode = try fields.required(key)
        guard case .scalar(let scalar) = valueNode.node, scalar.style != .plain else {
            let written = (try? valueNode.text()) ?? "?"
            throw InvalidField(valueNode.path, "write the \(key) as a decimal in quotes, \(key): \"\(written)\", so that it is never read as a binary number")
        }
        let places = key == "amount" ? 2 : 4
        return RateValue(
            from: try fields.required("from").date(),
            through: try fields["through"]?.date(),
            value: try valueNode.decimal(maxPlaces: places, range: key == "amount" ? .positive : .notNegative),
            name: try fields["name"]?.nonEmptyText(),
            source: try fields.required("source").nonEmptyText(),
            origin: origin)
    }

    private static func origin(_ node: Node, _ file: String, _ path: String, _ shipped: Bool) -> RateOrigin {
        RateOrigin(file: file, line: node.mark?.line, path: path, shipped: shipped)
    }
}
