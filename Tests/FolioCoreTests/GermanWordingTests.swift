import FolioCore
import Testing

/// German as a document language: numbers, amounts, dates, payment terms and rates, units.
@Suite("German wording")
struct GermanWordingTests {
    let german = LocalizedFormat(.german)

    @Test("1.234,56 €, 19 %, 5. Oktober 2026 (DIN 5008: a no-break space before € and %)")
    func formats() throws {
        #expect(german.amount(eur("1234.56")) == "1.234,56\u{A0}€")
        #expect(german.amount(eur("-0.5")) == "−0,50\u{A0}€")
        #expect(german.amount(Money(rounding: d("1234567.8"), in: try #require(Currency(code: "USD")))) == "1.234.567,80\u{A0}USD")
        #expect(german.percent(19) == "19\u{A0}%" && german.percent(d("5.5")) == "5,5\u{A0}%")
        #expect(german.date(day("2026-10-05")) == "5. Oktober 2026" && german.date(day("2026-03-01")) == "1. März 2026")
        #expect(LocalizedFormat(.french).amount(eur("1234.56")) == "1\u{202F}234,56\u{A0}€")
        #expect(LocalizedFormat(.english).amount(eur("1234.56")) == "€1,234.56")
    }

    @Test("Payment terms, rates and methods in German")
    func terms() {
        let wording = TermsWording(.german)
        #expect(wording.paymentTerms(.onReceipt) == "sofort nach Erhalt der Rechnung")
        #expect(wording.paymentTerms(.net(days: 14, from: .invoiceDate)) == "innerhalb von 14 Tagen ab Rechnungsdatum")
        #expect(wording.penalty(GermanLaw().penaltyRule(agreed: nil, businessDebtor: true))
                == "9 Prozentpunkte über dem Basiszinssatz (§ 247 BGB), taggenau berechnet")
        #expect(wording.paymentMethod(.cashOnDelivery) == "Nachnahme")
    }

    @Test("Units agree in number; a company's unit without German words prints the English ones")
    func units() {
        let units = UnitVocabulary.recommendation20
        #expect(units.quantity(1, unitCode: "DAY", in: .german) == "1\u{A0}Tag")
        #expect(units.quantity(d("1.5"), unitCode: "DAY", in: .german) == "1,5\u{A0}Tage")
        #expect(units.quantity(3, unitCode: "H87", in: .german) == "3\u{A0}Stück")
        let own = UnitVocabulary(["XPK": .named(french: UnitName("colis"), english: UnitName("parcel", "parcels"), german: nil)])
        #expect(own.quantity(2, unitCode: "XPK", in: .german) == "2\u{A0}parcels")
    }

    @Test("Every mention has its German text; the German seller's are the legal ones of its e-invoices")
    func mentions() throws {
        for mention in [Mention.franchise, .reverseCharge, .intraCommunitySupply, .export, .outsideScope, .vatOnDebits,
                        .noEarlyPaymentDiscount, .retentionOfTitle, .smallBusiness, .germanIntraCommunitySupply,
                        .germanReverseCharge, .germanExport, .germanOutsideScope] {
            #expect(!mention.german.isEmpty && mention.text(.german) == mention.german)
        }
        #expect(Mention.germanReverseCharge.german.hasPrefix("Steuerschuldnerschaft des Leistungsempfängers"))
        #expect(MentionID.dueDate.label?.german == "Fällig am")
        #expect(DocumentLanguage.german.words(fr: "Devis", en: "Quote", de: "Angebot") == "Angebot")
        #expect(DocumentLanguage.available == "fr (French), en (English), de (German)")
    }
}
