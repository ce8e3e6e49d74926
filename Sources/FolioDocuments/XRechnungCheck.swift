import FolioCore
import FolioEInvoice

extension Company {
    /// Refuses, before a number is taken, an invoice or credit note that cannot make an XRechnung:
    /// the error names the order's or the profile's file and the field missing.
    func checkXRechnung(_ computed: ComputedOrder, named name: String, language: DocumentLanguage) throws {
        // BT-1 does not matter to what XRechnung wants: the invoice is built with its number still unknown.
        guard let invoice = try? EInvoice(computed, number: "?", profile: profile, language: language) else { return }
        do { _ = try XRechnung.invoice(invoice, language: language) } catch {
            throw InputError(source: error.source == .order ? name : self.name, field: error.field, "\(error.reason) (\(error.rule))")
        }
    }
}
