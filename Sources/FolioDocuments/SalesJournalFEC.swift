import FolioCore
import FolioLedger

/// The sales journal as accounting entries in the layout of the French *fichier des écritures
/// comptables* (LPF art. A47 A-1): 18 tab-separated columns, one header line, dates YYYYMMDD,
/// amounts with a decimal comma, UTF-8.
///
/// It is **the sales journal only**: invoices, deposit invoices and credit notes, never payments,
/// purchases or other journals; the accountant merges it into the company's full FEC.
///
/// Each document is one balanced entry:
/// - an invoice debits the client (the collective account with the client's auxiliary account)
///   with its total including VAT, and credits revenue per VAT rate with the net and VAT collected
///   per rate with the VAT;
/// - a deposit invoice credits the deposits-received account instead of revenue;
/// - a balance invoice also debits the deposits-received account with the deposits' net, and
///   credits VAT only for what the deposits did not already collect; the client is debited with
///   what is left to pay;
/// - a credit note is the reverse of an invoice.
/// An amount in another currency is converted to euros at the document's exchange rate
/// (`taxCurrency`), each line rounded to the cent, the client line taking the difference so the
/// entry balances; `Montantdevise` and `Idevise` keep the original amount and currency.
public enum SalesJournalFEC {
    /// The 18 columns, in the order of LPF art. A47 A-1.
    public static let columns = ["JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib",
                                 "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit",
                                 "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise"]

    /// One line of an entry.
    struct Line {
        var account: String
        var accountLabel: String
        var auxiliary = ""
        var auxiliaryLabel = ""
        /// Positive: debit; negative: credit. In the document's currency, then in euros.
        var amount: ExactDecimal
        var euros: ExactDecimal = .zero
    }

    /// The journal of `documents` (quotes are left out), entries numbered 1, 2, 3… in date order.
    ///
    /// - Parameter deposit: finds a deposit invoice a balance invoice deducts.
    /// - Throws: ``InputError`` naming the document when an amount cannot be posted: a foreign
    ///   currency without an exchange rate to euros, a deducted deposit not in the ledger.
    public static func journal(_ documents: [IssuedDocument], plan: AccountingPlan, orders: RecordedOrders,
                               deposit: (String) throws -> IssuedDocument?) throws -> String {
        var text = columns.joined(separator: "\t") + "\r\n"
        let posted = documents.filter { $0.kind != .quote }.sorted { ($0.date, $0.position) < ($1.date, $1.position) }
        for (index, document) in posted.enumerated() {
            let computed = try orders.computed(document)
            let lines = try entry(document, computed: computed, plan: plan, orders: orders, deposit: deposit)
            let label = "\(document.kind == .creditNote ? "Avoir" : document.kind == .depositInvoice ? "Facture d'acompte" : "Facture") \(document.number) \(document.client)"
            let date = compact(document.date)
            let foreign = document.currency != "EUR"
            for line in lines {
                let fields = [plan.journalCode, plan.journalLabel, String(index + 1), date, line.account, line.accountLabel,
                              line.auxiliary, line.auxiliaryLabel, document.number, date, label,
                              amount(max(.zero, line.euros)), amount(max(.zero, -line.euros)), "", "", date,
                              foreign ? amount(line.amount.magnitude) : "", foreign ? document.currency : ""]
                text += fields.map(clean).joined(separator: "\t") + "\r\n"
            }
        }
        return text
    }

    /// The balanced lines of one document.
    static func entry(_ document: IssuedDocument, computed: ComputedOrder, plan: AccountingPlan, orders: RecordedOrders,
                      deposit: (String) throws -> IssuedDocument?) throws -> [Line] {
        let totals = computed.totals
        let isDeposit = document.kind == .depositInvoice
        // Deposits deducted by a balance invoice: their net, and their VAT by rate.
        var depositNet = ExactDecimal.zero
        var depositVAT: [ExactDecimal: ExactDecimal] = [:]
        for deduction in computed.deductedDeposits {
            guard let found = try deposit(deduction.invoice.number), found.kind == .depositInvoice else {
                throw InputError(source: document.number, field: "deposits",
                                 "the deposit invoice \(deduction.invoice.number) is not in the ledger: the sales journal needs its net and VAT")
            }
            let depositOrder = try orders.computed(found)
            depositNet += depositOrder.totals.taxExclusiveTotal.amount
            for entry in depositOrder.totals.vatBreakdown where entry.vat.category.isTaxed {
                depositVAT[entry.vat.rate, default: .zero] += entry.taxAmount.amount
            }
        }
        var lines: [Line] = []
        for entry in totals.vatBreakdown where !entry.taxableAmount.isZero {
            let account = isDeposit ? plan.deposits : plan.revenue(rate: entry.vat.rate)
            lines.append(Line(account: account, accountLabel: isDeposit ? "Clients - avances et acomptes reçus" : revenueLabel(account),
                              amount: -entry.taxableAmount.amount))
        }
        for entry in totals.vatBreakdown where entry.vat.category.isTaxed {
            let vat = entry.taxAmount.amount - (depositVAT.removeValue(forKey: entry.vat.rate) ?? .zero)
            guard !vat.isZero else { continue }
            lines.append(Line(account: plan.vat(rate: entry.vat.rate), accountLabel: "TVA collectée \(entry.vat.rate.normalized) %",
                              amount: -vat))
        }
        if !depositNet.isZero {
            lines.append(Line(account: plan.deposits, accountLabel: "Clients - avances et acomptes reçus", amount: depositNet))
        }
        let buyer = computed.order.buyer
        let client = Line(account: plan.clients, accountLabel: "Clients", auxiliary: auxiliaryAccount(of: buyer),
                          auxiliaryLabel: buyer.name, amount: -lines.reduce(.zero) { $0 + $1.amount })
        lines.insert(client, at: 0)
        // A credit note reverses an invoice.
        if document.kind == .creditNote { lines = lines.map { var line = $0; line.amount = -line.amount; return line } }
        return try inEuros(lines, computed: computed, number: document.number)
    }

    /// Converts each line to euros at the document's rate; the client line (first) balances the entry.
    private static func inEuros(_ lines: [Line], computed: ComputedOrder, number: String) throws -> [Line] {
        let currency = computed.order.currency
        var rate = ExactDecimal.one
        if currency.code != "EUR" {
            guard let tax = computed.order.taxCurrency, tax.currency.code == "EUR" else {
                throw InputError(source: number, field: "taxCurrency",
                                 "the document is in \(currency.code) with no exchange rate to euros: the FEC is kept in euros")
            }
            rate = tax.exchangeRate
        }
        var converted = lines
        for index in converted.indices.dropFirst() {
            converted[index].euros = (converted[index].amount * rate).rounded(toPlaces: 2)
        }
        converted[0].euros = -converted.dropFirst().reduce(.zero) { $0 + $1.euros }
        return converted
    }

    /// The client's auxiliary account: `C` and the SIREN, else `C` and the name's first letters and digits.
    static func auxiliaryAccount(of buyer: Party) -> String {
        if let siren = buyer.siren { return "C" + siren.digits }
        let letters = buyer.name.uppercased().folding(options: .diacriticInsensitive, locale: nil)
            .filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return "C" + String(letters.prefix(16))
    }

    private static func revenueLabel(_ account: String) -> String {
        account.hasPrefix("706") ? "Prestations de services" : account.hasPrefix("707") ? "Ventes de marchandises" : "Produits"
    }

    /// `20260315`.
    private static func compact(_ date: CalendarDate) -> String { date.description.replacingOccurrences(of: "-", with: "") }

    /// `1234,56`: two decimals, a decimal comma, no thousands separator.
    static func amount(_ value: ExactDecimal) -> String {
        value.formatted(places: 2).replacingOccurrences(of: ".", with: ",")
    }

    /// A field without the tab or line break that would break the file's layout.
    private static func clean(_ value: String) -> String {
        String(value.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
