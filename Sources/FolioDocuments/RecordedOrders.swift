import FolioCore
import FolioInput
import FolioLedger

/// The orders of issued documents computed again from what the ledger kept — the input and the
/// company profile as issued — so that due dates, penalty rules, VAT breakdowns and validity dates
/// come from the one source that made the PDF, never from today's profile.
///
/// ```swift
/// let orders = RecordedOrders()
/// let invoice = try orders.computed(ledger.document(number: "F-2026-0001")!)
/// invoice.dueDate
/// ```
///
/// Profiles are read once each; use one `RecordedOrders` for a whole report.
public final class RecordedOrders {
    private var profiles: [String: CompanyProfile] = [:]
    private var orders: [String: ComputedOrder] = [:]
    /// The rates orders are checked with (VAT rates in force) and penalties computed with.
    public let rates: RateBook

    /// - Parameter rates: the company's rates (``Company/rates``); Folio's own by default.
    public init(rates: RateBook = .builtIn) {
        self.rates = rates
    }

    /// How many computed orders are kept.
    public var count: Int { orders.count }

    /// The computed order of an issued document.
    /// - Throws: ``InputError`` naming the document when its recorded input no longer computes.
    public func computed(_ document: IssuedDocument) throws -> ComputedOrder {
        let key = "\(document.company) \(document.number)"
        if let known = orders[key] { return known }
        let profile: CompanyProfile
        if let known = profiles[document.profile] {
            profile = known
        } else {
            do { profile = try CompanyProfileReader.read(document.profile) } catch {
                throw InputError(source: "\(document.number) (profile as issued)", error)
            }
            profiles[document.profile] = profile
        }
        let input = try OrderInput(text: document.input, name: "\(document.number) (input as issued)")
        // The company of the profile is the seller of an order that gives none, as when it was issued.
        // A seller the order gave was accepted when the document was issued, even where an older
        // profile lacks a field a newer Folio compares (vatOnDebits…): it is kept as recorded.
        var order = input.order
        order.seller = (try? profile.seller(agreeingWith: order.seller)) ?? order.seller
        let computed: ComputedOrder
        do { computed = try OrderComputation.compute(order, rules: profile.salesRules, rates: rates) } catch {
            throw InputError(source: input.name, error)
        }
        orders[key] = computed
        return computed
    }
}
