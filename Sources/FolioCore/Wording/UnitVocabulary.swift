/// The words for units of measure (UN/ECE Recommendation 20 codes, as order lines give them, EN 16931
/// BT-130), in French and English, singular and plural: « 3 jours », « 12,5 h », "1 day", "3 days".
///
/// The vocabulary is data: ``recommendation20`` holds the common codes, and a company profile may
/// add or reword codes (`units:`). A code the vocabulary does not know prints as given (« 2 XPK »);
/// a count (C62, "one", the default) prints the number alone.
///
/// ```swift
/// let units = UnitVocabulary.recommendation20
/// units.quantity(ExactDecimal("12.5")!, unitCode: "HUR", in: .french)   // "12,5 h"
/// units.quantity(1, unitCode: "DAY", in: .english)                       // "1 day"
/// units.quantity(3, unitCode: "C62", in: .french)                        // "3"
/// ```
public struct UnitVocabulary: Sendable, Hashable {
    /// How one unit is worded in each language.
    public enum Wording: Sendable, Hashable {
        /// A count: the number alone (C62, "one").
        case numberAlone
        /// A German name may be left out (a company's own codes): German documents then print the English one.
        case named(french: UnitName, english: UnitName, german: UnitName?)

        func name(in language: DocumentLanguage) -> UnitName? {
            switch self {
            case .numberAlone: nil
            case .named(let french, let english, let german):
                switch language {
                case .french: french
                case .english: english
                case .german: german ?? english
                }
            }
        }
    }

    /// The words of each unit code.
    public private(set) var wordings: [String: Wording]

    public init(_ wordings: [String: Wording]) {
        self.wordings = wordings
    }

    /// The common codes of UN/ECE Recommendation 20 (revision 17) that invoices use.
    public static let recommendation20 = UnitVocabulary([
        "C62": .numberAlone,
        "H87": .named(french: UnitName("pièce", "pièces"), english: UnitName("piece", "pieces"), german: UnitName("Stück")),
        "SET": .named(french: UnitName("lot", "lots"), english: UnitName("set", "sets"), german: UnitName("Set", "Sets")),
        "LS": .named(french: UnitName("forfait", "forfaits"), english: UnitName("lump sum", "lump sums"), german: UnitName("Pauschale", "Pauschalen")),
        "MIN": .named(french: UnitName("min"), english: UnitName("minute", "minutes"), german: UnitName("Min.")),
        "HUR": .named(french: UnitName("h"), english: UnitName("hour", "hours"), german: UnitName("Std.")),
        "DAY": .named(french: UnitName("jour", "jours"), english: UnitName("day", "days"), german: UnitName("Tag", "Tage")),
        "WEE": .named(french: UnitName("semaine", "semaines"), english: UnitName("week", "weeks"), german: UnitName("Woche", "Wochen")),
        "MON": .named(french: UnitName("mois"), english: UnitName("month", "months"), german: UnitName("Monat", "Monate")),
        "ANN": .named(french: UnitName("an", "ans"), english: UnitName("year", "years"), german: UnitName("Jahr", "Jahre")),
        "GRM": .named(french: UnitName("g"), english: UnitName("g"), german: UnitName("g")),
        "KGM": .named(french: UnitName("kg"), english: UnitName("kg"), german: UnitName("kg")),
        "TNE": .named(french: UnitName("t"), english: UnitName("t"), german: UnitName("t")),
        "MTR": .named(french: UnitName("m"), english: UnitName("m"), german: UnitName("m")),
        "KMT": .named(french: UnitName("km"), english: UnitName("km"), german: UnitName("km")),
        "MTK": .named(french: UnitName("m²"), english: UnitName("m²"), german: UnitName("m²")),
        "MTQ": .named(french: UnitName("m³"), english: UnitName("m³"), german: UnitName("m³")),
        "LTR": .named(french: UnitName("l"), english: UnitName("l"), german: UnitName("l")),
        "KWH": .named(french: UnitName("kWh"), english: UnitName("kWh"), german: UnitName("kWh")),
    ])

    /// This vocabulary with `other`'s codes added, replacing the same codes.
    public func merging(_ other: UnitVocabulary) -> UnitVocabulary {
        UnitVocabulary(wordings.merging(other.wordings) { _, new in new })
    }

    /// The unit's name for a quantity, agreeing in number; nil for a count, the code itself when unknown.
    public func name(of unitCode: String, quantity: ExactDecimal, in language: DocumentLanguage) -> String? {
        guard let wording = wordings[unitCode] else { return unitCode }
        guard let name = wording.name(in: language) else { return nil }
        return language.takesPlural(quantity) ? name.plural : name.singular
    }

    /// The quantity with its unit, written in the language: « 12,5 h », « 1,5 jour », "1.5 days", « 3 ».
    public func quantity(_ quantity: ExactDecimal, unitCode: String, in language: DocumentLanguage) -> String {
        let number = LocalizedFormat(language).number(quantity)
        guard let name = name(of: unitCode, quantity: quantity, in: language) else { return number }
        return number + "\u{A0}" + name
    }
}

/// A unit's name in one language: singular and plural (the same for a symbol: « h », « kg »).
public struct UnitName: Sendable, Hashable {
    public let singular: String
    public let plural: String

    public init(_ singular: String, _ plural: String? = nil) {
        self.singular = singular
        self.plural = plural ?? singular
    }
}

extension DocumentLanguage {
    /// Whether a quantity takes the plural: in French from 2 on (« 1,5 jour », « 2 jours »); in English
    /// and German for anything but one ("0.5 days", "1 day", « 1,5 Tage »).
    public func takesPlural(_ quantity: ExactDecimal) -> Bool {
        switch self {
        case .french: quantity.magnitude >= 2
        case .english, .german: quantity.magnitude != .one
        }
    }
}
