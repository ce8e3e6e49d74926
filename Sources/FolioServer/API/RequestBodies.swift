import FolioDocuments
import Foundation

/// The small JSON bodies of the API, read field by field with the same kind of messages as orders.
enum RequestBodies {
    /// `POST /v1/quotes/{number}/decision`.
    struct Decision: Sendable {
        let status: QuoteDecision.Status
        let date: CalendarDate
        let late: Bool
    }

    /// `POST /v1/quotes/{number}/invoices`.
    struct QuoteInvoice: Sendable {
        let deposit: Bool
        let date: CalendarDate
        let deliveryDate: CalendarDate?
    }

    /// `POST /v1/documents/{number}/payments`.
    struct PaymentBody: Sendable {
        let amount: ExactDecimal
        let date: CalendarDate
        let method: String?
        let reference: String?
    }

    static func decision(_ bytes: [UInt8]) throws -> Decision {
        let object = try Fields(bytes, allowed: ["status", "date", "late"])
        let text = try object.string("status", required: true) ?? ""
        guard let status = QuoteDecision.Status(rawValue: text) else {
            throw object.refused("status", "\"\(text)\" is not accepted, refused or expired")
        }
        return Decision(status: status, date: try object.date("date") ?? .today(), late: try object.bool("late") ?? false)
    }

    static func quoteInvoice(_ bytes: [UInt8]) throws -> QuoteInvoice {
        let object = try Fields(bytes, allowed: ["deposit", "date", "deliveryDate"])
        return QuoteInvoice(deposit: try object.bool("deposit") ?? false, date: try object.date("date") ?? .today(),
                            deliveryDate: try object.date("deliveryDate"))
    }

    static func payment(_ bytes: [UInt8]) throws -> PaymentBody {
        let object = try Fields(bytes, allowed: ["amount", "date", "method", "reference"])
        let text = try object.string("amount", required: true) ?? ""
        guard let amount = ExactDecimal(text) else {
            throw object.refused("amount", "\"\(text)\" is not an amount (decimal text: \"1200.00\")")
        }
        return PaymentBody(amount: amount, date: try object.date("date") ?? .today(), method: try object.string("method"),
                           reference: try object.string("reference"))
    }

    /// A JSON object's fields; a field not listed is refused, as in orders.
    private struct Fields {
        private enum Value: Decodable {
            case string(String), bool(Bool), null, other

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if container.decodeNil() {
                    self = .null
                } else if let flag = try? container.decode(Bool.self) {
                    self = .bool(flag)
                } else if let text = try? container.decode(String.self) {
                    self = .string(text)
                } else {
                    self = .other
                }
            }
        }

        private let values: [String: Value]

        init(_ bytes: [UInt8], allowed: Set<String>) throws {
            guard let values = try? JSONDecoder().decode([String: Value].self, from: Data(bytes)) else {
                throw InputError(source: "request body", "not a JSON object")
            }
            if let unknown = values.keys.sorted().first(where: { !allowed.contains($0) }) {
                throw InputError(source: "request body", field: unknown, "not a field of this request (fields: \(allowed.sorted().joined(separator: ", ")))")
            }
            self.values = values
        }

        func refused(_ field: String, _ reason: String) -> InputError {
            InputError(source: "request body", field: field, reason)
        }

        func string(_ field: String, required: Bool = false) throws -> String? {
            switch values[field] {
            case nil, .null?:
                if required { throw refused(field, "required") }
                return nil
            case .string(let text)?: return text
            default: throw refused(field, "must be a string" + (field == "amount" ? " (decimal text, so no amount becomes a float)" : ""))
            }
        }

        func date(_ field: String) throws -> CalendarDate? {
            guard let text = try string(field) else { return nil }
            guard let date = CalendarDate(text) else { throw refused(field, "\"\(text)\" is not a date YYYY-MM-DD") }
            return date
        }

        func bool(_ field: String) throws -> Bool? {
            switch values[field] {
            case nil, .null?: return nil
            case .bool(let flag)?: return flag
            default: throw refused(field, "must be true or false")
            }
        }
    }
}
