import FolioCore
import Foundation

/// An amount written with its currency's decimals (2 for the euro): « 1234.50 ».
struct AmountFormat {
    let currency: Currency
    func callAsFunction(_ value: ExactDecimal) -> String { value.formatted(places: currency.minorUnit) }
}

/// A quantity, price or rate with its own decimals and no trailing zeros: « 5.5 », « 12 ».
func decimal(_ value: ExactDecimal) -> String { value.normalized.description }

/// A date in the UNTDID 2379 format 102: « 20261126 ».
func compact(_ date: CalendarDate) -> String {
    date.description.replacingOccurrences(of: "-", with: "")
}

/// A date in ISO 8601 (UBL): « 2026-11-26 ».
func iso(_ date: CalendarDate) -> String { date.description }

/// A VAT rate as written (BT-96, BT-103, BT-119, BT-152); none for « not subject to VAT » (O), which has
/// no rate (BR-O-05…BR-O-07, BR-48).
func rate(_ vat: VATClassification) -> String? { vat.category == .notSubject ? nil : decimal(vat.rate) }
