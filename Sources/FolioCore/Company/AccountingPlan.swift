/// The accounts the sales journal posts to, from the company profile's `accounting:` block; the
/// French chart of accounts (plan comptable général) gives the defaults.
///
/// ```yaml
/// accounting:
///   journal: {code: VE, label: Ventes}
///   clients: "411000"
///   revenue: {default: "706000", "5.5": "707100"}
///   vat: {default: "445710", "20": "445712"}
///   deposits: "419100"
/// ```
public struct AccountingPlan: Sendable, Hashable {
    public var journalCode: String
    public var journalLabel: String
    /// The collective client account (411); each client gets an auxiliary account under it.
    public var clients: String
    /// Revenue (706 services, 707 goods) by VAT rate, else `defaultRevenue`.
    public var revenueByRate: [ExactDecimal: String]
    public var defaultRevenue: String
    /// VAT collected (44571) by VAT rate, else `defaultVAT`.
    public var vatByRate: [ExactDecimal: String]
    public var defaultVAT: String
    /// Deposits received from clients (4191): a deposit invoice's net goes here until the balance invoice.
    public var deposits: String

    public init(journalCode: String = "VE", journalLabel: String = "Ventes", clients: String = "411000",
                revenueByRate: [ExactDecimal: String] = [:], defaultRevenue: String = "706000",
                vatByRate: [ExactDecimal: String] = [:], defaultVAT: String = "445710", deposits: String = "419100") {
        self.journalCode = journalCode
        self.journalLabel = journalLabel
        self.clients = clients
        self.revenueByRate = revenueByRate
        self.defaultRevenue = defaultRevenue
        self.vatByRate = vatByRate
        self.defaultVAT = defaultVAT
        self.deposits = deposits
    }

    public func revenue(rate: ExactDecimal) -> String { revenueByRate[rate.normalized] ?? defaultRevenue }
    public func vat(rate: ExactDecimal) -> String { vatByRate[rate.normalized] ?? defaultVAT }
}
