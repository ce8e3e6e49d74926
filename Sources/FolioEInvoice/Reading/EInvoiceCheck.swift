import FolioCore

/// What a received e-invoice states, checked against what Folio's core computes from its lines.
///
/// Line net amounts are recomputed from quantity, price and the line's allowances and charges; the
/// document totals and the VAT breakdown are recomputed by ``TotalsCalculator`` from the stated line
/// amounts (so one wrong line is reported once, not again in every total). SIREN, SIRET, VAT numbers
/// and IBANs are checked by their keys, as warnings.
///
/// ```swift
/// let report = EInvoiceCheck.check(read.invoice)
/// report.isConsistent        // false
/// report.discrepancies[0]    // BT-110 (VAT total): stated 20.00, computed 20.10
/// ```
public struct EInvoiceCheck: Sendable {
    public let invoice: EInvoice
    /// The totals Folio's core computes from the invoice's lines, allowances and charges; nil when
    /// they cannot be computed (the reason is a discrepancy).
    public private(set) var recomputed: InvoiceTotals?
    /// Each difference between what the invoice states and what it should state.
    public private(set) var discrepancies: [Discrepancy] = []
    /// Identifiers that fail their check (a SIREN's or an IBAN's key, a VAT number's format): worth a
    /// look before paying, but not an inconsistency of the amounts (the official samples use made-up ones).
    public private(set) var warnings: [Discrepancy] = []
    /// Observations that are not errors (a price base quantity the line amount ignores).
    public private(set) var remarks: [String] = []

    public var isConsistent: Bool { discrepancies.isEmpty }

    /// Checks `invoice`.
    public static func check(_ invoice: EInvoice) -> EInvoiceCheck {
        var check = EInvoiceCheck(invoice: invoice, recomputed: nil)
        check.checkLines()
        for (index, adjustment) in invoice.allowancesAndCharges.enumerated() {
            let term = adjustment.kind == .allowance ? "BT-92" : "BT-99"
            check.checkPercentage(adjustment, term: term, place: "document \(adjustment.kind.rawValue) \(index + 1)", defaultBase: invoice.totals.lineTotal)
            if adjustment.vat == nil {
                check.discrepancies.append(Discrepancy(term: adjustment.kind == .allowance ? "BT-95" : "BT-102",
                                                       place: "document \(adjustment.kind.rawValue) \(index + 1)",
                                                       stated: nil, computed: nil, reason: "its VAT category is missing"))
            }
        }
        check.recomputed = check.checkTotals()
        check.checkIdentifiers()
        return check
    }

    private init(invoice: EInvoice, recomputed: InvoiceTotals?) {
        self.invoice = invoice
        self.recomputed = recomputed
    }

    private var places: Int { invoice.currency.minorUnit }

    /// BT-131 = BT-129 × BT-146 ÷ BT-149 − allowances + charges, rounded to the currency's decimals.
    private mutating func checkLines() {
        for line in invoice.lines {
            let place = "line \(line.id)"
            let gross = (line.quantity * line.netPrice).divided(by: line.baseQuantity ?? 1, toPlaces: places) ?? .zero
            for adjustment in line.allowancesAndCharges {
                checkPercentage(adjustment, term: adjustment.kind == .allowance ? "BT-136" : "BT-141", place: place, defaultBase: gross)
            }
            let adjustments = line.allowancesAndCharges.reduce(ExactDecimal.zero) { sum, item in
                item.kind == .charge ? sum + item.amount : sum - item.amount
            }
            let expected = gross + adjustments
            if expected.rounded(toPlaces: places) == line.netAmount { continue }
            if expected.rounded(toPlaces: places) == .zero - line.netAmount {
                // Producers differ on how a return is signed: a negative amount with a positive quantity.
                remarks.append("\(place): the line amount \(line.netAmount) is quantity × price with the opposite sign (a return)")
                continue
            }
            if let base = line.baseQuantity, base != 1,
               (line.quantity * line.netPrice).rounded(toPlaces: places) + adjustments == line.netAmount {
                remarks.append("\(place): the price base quantity (BT-149) \(decimal(base)) is not applied by the line amount, which is quantity × price")
                continue
            }
            discrepancies.append(Discrepancy(term: "BT-131", place: place, stated: line.netAmount, computed: expected,
                                             reason: "quantity × net price\(line.baseQuantity.map { $0 == 1 ? "" : " ÷ \(decimal($0))" } ?? "")\(line.allowancesAndCharges.isEmpty ? "" : " − allowances + charges")"))
        }
    }

    /// An allowance or charge given as a percentage: amount = base × percentage ÷ 100.
    private mutating func checkPercentage(_ adjustment: EInvoiceAllowanceCharge, term: String, place: String, defaultBase: ExactDecimal) {
        guard let percent = adjustment.percent else { return }
        let base = adjustment.baseAmount ?? defaultBase
        guard let expected = (base * percent).divided(by: 100, toPlaces: places), expected != adjustment.amount else { return }
        discrepancies.append(Discrepancy(term: term, place: place, stated: adjustment.amount, computed: expected,
                                         reason: "\(decimal(percent)) % of \(base.formatted(places: places))"))
    }

    /// The document totals and VAT breakdown, recomputed from the stated line amounts.
    private mutating func checkTotals() -> InvoiceTotals? {
        var reasons: [VATCategory: ExemptionReason] = [:]
        for entry in invoice.vatBreakdown where entry.exemptionReason != nil || entry.exemptionReasonCode != nil {
            reasons[entry.vat.category] = ExemptionReason(text: entry.exemptionReason, code: entry.exemptionReasonCode)
        }
        let content = InvoiceContent(
            currency: invoice.currency,
            lines: invoice.lines.map {
                InvoiceLine(id: $0.id, name: $0.name, quantity: $0.quantity, unitCode: $0.unitCode, unitPrice: $0.netPrice,
                            baseQuantity: $0.baseQuantity ?? 1, vat: $0.vat, statedNetAmount: $0.netAmount)
            },
            allowancesAndCharges: invoice.allowancesAndCharges.map {
                AllowanceCharge(kind: $0.kind, value: .amount($0.amount), vat: $0.vat ?? .standard(0), reason: $0.reason, reasonCode: $0.reasonCode)
            },
            paidAmount: invoice.totals.paidAmount ?? .zero, statedRoundingAmount: invoice.totals.roundingAmount,
            exemptionReasons: reasons)
        let totals: InvoiceTotals
        do { totals = try TotalsCalculator.totals(of: content) } catch {
            discrepancies.append(Discrepancy(term: "BG-22", place: nil, stated: nil, computed: nil, reason: "the totals cannot be computed: \(error.reason)"))
            return nil
        }
        let stated = invoice.totals
        compare("BT-106", "sum of line net amounts", stated.lineTotal, totals.lineTotal.amount)
        compare("BT-107", "sum of allowances on document level", stated.allowanceTotal ?? .zero, totals.allowanceTotal.amount)
        compare("BT-108", "sum of charges on document level", stated.chargeTotal ?? .zero, totals.chargeTotal.amount)
        compare("BT-109", "total without VAT", stated.taxExclusiveTotal, totals.taxExclusiveTotal.amount)
        compare("BT-110", "total VAT", stated.taxTotal ?? .zero, totals.taxTotal.amount)
        compare("BT-112", "total with VAT", stated.grandTotal, totals.grandTotal.amount)
        compare("BT-115", "amount due for payment", stated.amountDue, totals.amountDue.amount)

        var unmatched = invoice.vatBreakdown
        for entry in totals.vatBreakdown {
            let place = "VAT \(entry.vat)"
            guard let index = unmatched.firstIndex(where: { $0.vat == entry.vat }) else {
                discrepancies.append(Discrepancy(term: "BG-23", place: place, stated: nil, computed: entry.taxableAmount.amount,
                                                 reason: "the lines and allowances at this category and rate have no VAT breakdown"))
                continue
            }
            let statedEntry = unmatched.remove(at: index)
            compare("BT-116", "taxable amount", statedEntry.taxableAmount, entry.taxableAmount.amount, place: place)
            compare("BT-117", "VAT amount", statedEntry.taxAmount, entry.taxAmount.amount, place: place)
            if entry.vat.category.needsExemptionReason, statedEntry.exemptionReason == nil, statedEntry.exemptionReasonCode == nil {
                discrepancies.append(Discrepancy(term: "BT-120", place: place, stated: nil, computed: nil,
                                                 reason: "an exempt category needs an exemption reason or code"))
            }
        }
        for entry in unmatched {
            discrepancies.append(Discrepancy(term: "BG-23", place: "VAT \(entry.vat)", stated: entry.taxableAmount, computed: nil,
                                             reason: "no line, allowance or charge is at this category and rate"))
        }
        return totals
    }

    private mutating func compare(_ term: String, _ name: String, _ stated: ExactDecimal, _ computed: ExactDecimal, place: String? = nil) {
        guard stated != computed else { return }
        discrepancies.append(Discrepancy(term: term, place: place, stated: stated, computed: computed, reason: name))
    }

    /// SIREN (0002), SIRET (0009), electronic addresses under 0225 and 0009, VAT numbers and IBANs, by their keys.
    private mutating func checkIdentifiers() {
        for (role, party, terms) in [("seller", invoice.seller, ("BT-29", "BT-30", "BT-31", "BT-34")),
                                     ("buyer", invoice.buyer, ("BT-46", "BT-47", "BT-48", "BT-49"))] {
            for identifier in party.identifiers { checkScheme(identifier, term: terms.0, role: role) }
            if let registration = party.legalRegistration { checkScheme(registration, term: terms.1, role: role) }
            if let address = party.electronicAddress { checkScheme(address, term: terms.3, role: role) }
            if let vat = party.vatNumber {
                do { _ = try VATNumber(vat) } catch {
                    warnings.append(Discrepancy(term: terms.2, place: role, stated: nil, computed: nil, reason: "VAT number \(vat): \(error.reason)"))
                }
            }
        }
        if let account = invoice.paymentInstructions?.accountIdentifier, account.count >= 2,
           account.prefix(2).allSatisfy({ $0.isLetter }) {
            do { _ = try IBAN(account) } catch {
                warnings.append(Discrepancy(term: "BT-84", place: "payment account", stated: nil, computed: nil, reason: "IBAN \(account): \(error.reason)"))
            }
        }
    }

    private mutating func checkScheme(_ identifier: SchemedIdentifier, term: String, role: String) {
        let value = identifier.value
        do {
            switch identifier.scheme {
            case "0002": _ = try SIREN(value)
            case "0009": _ = try SIRET(value)
            // 0225: the French directory's addresses start with the SIREN (« SIREN » or « SIREN_suffix »).
            case "0225": _ = try SIREN(String(value.prefix(while: { $0.isNumber })))
            default: return
            }
        } catch {
            warnings.append(Discrepancy(term: term, place: role, stated: nil, computed: nil,
                                             reason: "\(identifier.scheme ?? "") identifier \(value): \(error.reason)"))
        }
    }
}

/// One difference between what an e-invoice states and what it should, named by its business term.
public struct Discrepancy: Sendable, Hashable, CustomStringConvertible {
    /// The business term (`BT-110`, `BG-23`).
    public let term: String
    /// Where: `line 3`, `VAT S 20%`, `seller`; nil for the document.
    public let place: String?
    public let stated: ExactDecimal?
    public let computed: ExactDecimal?
    /// What the term is or what is wrong with it.
    public let reason: String

    public var description: String {
        var text = term + (place.map { " (\($0))" } ?? "") + ": " + reason
        if stated != nil || computed != nil {
            text += " — stated \(stated.map { $0.description } ?? "nothing"), computed \(computed.map { $0.description } ?? "nothing")"
        }
        return text
    }
}
