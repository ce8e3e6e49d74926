import FolioCore
import Testing

/// Quantities with their unit in the document's language: French plural from 2 on, English for all
/// but one; symbols do not change; a count prints the number alone; an unknown code prints as given.
@Suite("Units of measure in French and English")
struct UnitVocabularyTests {
    let units = UnitVocabulary.recommendation20
    static let nbsp = "\u{A0}"

    @Test("Days, singular and plural", arguments: [
        ("3", DocumentLanguage.french, "3 jours"), ("1", .french, "1 jour"), ("1.5", .french, "1,5 jour"),
        ("0.5", .french, "0,5 jour"), ("2", .french, "2 jours"),
        ("3", .english, "3 days"), ("1", .english, "1 day"), ("1.5", .english, "1.5 days"), ("0.5", .english, "0.5 days"),
    ])
    func days(quantity: String, language: DocumentLanguage, expected: String) {
        #expect(units.quantity(d(quantity), unitCode: "DAY", in: language) == expected.replacingOccurrences(of: " ", with: Self.nbsp))
    }

    @Test("Hours: « 12,5 h » in French, \"12.5 hours\" and \"1 hour\" in English")
    func hours() {
        #expect(units.quantity(d("12.5"), unitCode: "HUR", in: .french) == "12,5\(Self.nbsp)h")
        #expect(units.quantity(d("12.5"), unitCode: "HUR", in: .english) == "12.5\(Self.nbsp)hours")
        #expect(units.quantity(1, unitCode: "HUR", in: .english) == "1\(Self.nbsp)hour")
    }

    @Test("Months, years, kilograms, pieces")
    func others() {
        #expect(units.quantity(12, unitCode: "MON", in: .french) == "12\(Self.nbsp)mois")
        #expect(units.quantity(1, unitCode: "MON", in: .english) == "1\(Self.nbsp)month")
        #expect(units.quantity(2, unitCode: "ANN", in: .french) == "2\(Self.nbsp)ans")
        #expect(units.quantity(1, unitCode: "ANN", in: .french) == "1\(Self.nbsp)an")
        #expect(units.quantity(d("2.75"), unitCode: "KGM", in: .french) == "2,75\(Self.nbsp)kg")
        #expect(units.quantity(3, unitCode: "H87", in: .french) == "3\(Self.nbsp)pièces")
        #expect(units.quantity(1, unitCode: "H87", in: .english) == "1\(Self.nbsp)piece")
    }

    @Test("A count (C62) prints the number alone, thousands grouped; an unknown code prints as given")
    func countsAndUnknownCodes() {
        #expect(units.quantity(3, unitCode: "C62", in: .french) == "3")
        #expect(units.quantity(1500, unitCode: "C62", in: .english) == "1,500")
        #expect(units.quantity(2, unitCode: "XPK", in: .french) == "2\(Self.nbsp)XPK")
        #expect(units.name(of: "C62", quantity: 3, in: .french) == nil)
    }

    @Test("A company's own words are added to Recommendation 20's and replace the same code")
    func companyWords() {
        let own = units.merging(UnitVocabulary([
            "XPK": .named(french: UnitName("colis", "colis"), english: UnitName("parcel", "parcels"), german: nil),
            "HUR": .named(french: UnitName("heure", "heures"), english: UnitName("hour", "hours"), german: UnitName("Stunde", "Stunden")),
        ]))
        #expect(own.quantity(2, unitCode: "XPK", in: .english) == "2\(Self.nbsp)parcels")
        #expect(own.quantity(d("12.5"), unitCode: "HUR", in: .french) == "12,5\(Self.nbsp)heures")
        #expect(own.quantity(3, unitCode: "DAY", in: .french) == "3\(Self.nbsp)jours")
    }
}
