import FolioCore
import FolioLedger

/// Payments received, from a CSV file (a bank statement matched to invoices): one header line
/// `invoice,date,amount` with optional `method` and `reference` columns, comma-separated, dot
/// decimals, dates YYYY-MM-DD.
///
/// ```csv
/// invoice,date,amount,method,reference
/// F-2026-0001,2026-05-10,1000.00,transfer,VIR 88121
/// ```
///
/// Recorded in one transaction: every payment, or none when any is refused.
public enum PaymentStatement {
    /// Reads the statement's payments, each for an invoice of `ledger`.
    /// - Throws: ``InputError`` naming the file, the line and the field.
    public static func read(_ text: String, name: String, ledger: Ledger) throws -> [Payment] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false)
            .map({ $0.trimmingCharacters(in: .whitespaces) }) else {
            throw InputError(source: name, "empty file: expected the header invoice,date,amount[,method,reference]")
        }
        let known = ["invoice", "date", "amount", "method", "reference"]
        for column in header where !known.contains(column) {
            throw InputError(source: "\(name):1", field: column, "not a column (invoice, date, amount, method, reference)")
        }
        for column in known.prefix(3) where !header.contains(column) {
            throw InputError(source: "\(name):1", field: column, "the column is missing")
        }
        var payments: [Payment] = []
        for (index, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let place = "\(name):\(index + 1)"
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == header.count else {
                throw InputError(source: place, "\(cells.count) fields, the header has \(header.count) (no comma inside a field)")
            }
            let row = Dictionary(uniqueKeysWithValues: zip(header, cells))
            let number = row["invoice"] ?? ""
            guard let date = CalendarDate(row["date"] ?? "") else {
                throw InputError(source: place, field: "date", "\"\(row["date"] ?? "")\" is not a date YYYY-MM-DD")
            }
            guard let amount = ExactDecimal(row["amount"] ?? "") else {
                throw InputError(source: place, field: "amount", "\"\(row["amount"] ?? "")\" is not an amount (dot decimals: 1200.50)")
            }
            guard let invoice = try ledger.document(number: number) else {
                throw InputError(source: place, field: "invoice", "no document \(number) in \(ledger.path)")
            }
            payments.append(Payment(company: invoice.company, invoice: number, date: date, amount: amount, currency: invoice.currency,
                                    method: row["method"].flatMap { $0.isEmpty ? nil : $0 },
                                    reference: row["reference"].flatMap { $0.isEmpty ? nil : $0 }))
        }
        return payments
    }

    /// Records a statement's payments: all, or none.
    /// - Throws: ``InputError`` naming the file, the line and why, when any payment is refused.
    public static func record(_ text: String, name: String, into ledger: Ledger) throws -> [Payment] {
        let payments = try read(text, name: name, ledger: ledger)
        do { return try ledger.pay(payments) } catch let refused as PaymentRefused {
            // Line = position + 1 (the header), when the file has no blank lines.
            throw InputError(source: "\(name) (payment \(refused.index))", refused.reason)
        }
    }
}
