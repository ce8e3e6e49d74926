import FolioCore
@testable import FolioEInvoice
import Foundation
import Testing

@Suite("UBL reader: what it refuses, what it accepts")
struct UBLReaderErrorTests {
    /// The UBL text of the first example invoice.
    static func example() throws -> String {
        let invoice = try #require(try Examples.eInvoice("orders/01-domestic-several-rates.yaml"))
        return String(decoding: UBLWriter.xml(invoice), as: UTF8.self)
    }

    /// The reason the reader gives for `text`, nil when it reads.
    static func reason(_ text: String) -> String? {
        do {
            _ = try UBLReaderTests.read(Array(text.utf8), source: "received.xml")
            return nil
        } catch let error as EInvoiceReadError {
            return error.reason
        } catch {
            return "\(error)"
        }
    }

    /// `text` with `old` (which must be there) replaced.
    static func replacing(_ old: String, with new: String, in text: String) throws -> String {
        try #require(text.contains(old), "\(old) is in the example")
        return text.replacingOccurrences(of: old, with: new)
    }

    @Test(arguments: [
        ("<cbc:ID>F-2026-0042</cbc:ID>", "BT-1 (cbc:ID): missing"),
        ("<cbc:IssueDate>2026-03-16</cbc:IssueDate>", "BT-2 (cbc:IssueDate): missing"),
        ("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>", "BT-3 (cbc:InvoiceTypeCode): missing"),
        ("<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>", "BT-5 (cbc:DocumentCurrencyCode): missing"),
        ("<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>", "BT-24 (cbc:CustomizationID): missing"),
        ("<cbc:PayableAmount currencyID=\"EUR\">3875.43</cbc:PayableAmount>",
         "BT-115 (cac:LegalMonetaryTotal/cbc:PayableAmount): missing"),
    ])
    func namesAMissingMandatoryTerm(_ element: String, _ reason: String) throws {
        #expect(Self.reason(try Self.replacing(element, with: "", in: Self.example())) == reason)
    }

    @Test func namesTheMissingTotals() throws {
        let text = try Self.example()
        let block = try #require(text.range(of: "<cac:LegalMonetaryTotal>")?.upperBound)
        for (name, term) in [("LineExtensionAmount", "BT-106"), ("TaxExclusiveAmount", "BT-109"), ("TaxInclusiveAmount", "BT-112")] {
            let element = try #require(text.range(of: "<cbc:\(name) ", range: block..<text.endIndex))
            let end = try #require(text.range(of: "</cbc:\(name)>", range: element.upperBound..<text.endIndex))
            let edited = text.replacingCharacters(in: element.lowerBound..<end.upperBound, with: "")
            #expect(Self.reason(edited) == "\(term) (cac:LegalMonetaryTotal/cbc:\(name)): missing")
        }
    }

    @Test func namesAMalformedValue() throws {
        let text = try Self.example()
        #expect(Self.reason(try Self.replacing(">3875.43</cbc:PayableAmount>", with: ">3875,43</cbc:PayableAmount>", in: text))
            == "BT-115 (cac:LegalMonetaryTotal/cbc:PayableAmount): \"3875,43\" is not a decimal number")
        #expect(Self.reason(try Self.replacing("<cbc:IssueDate>2026-03-16<", with: "<cbc:IssueDate>16/03/2026<", in: text))
            == "BT-2 (cbc:IssueDate): \"16/03/2026\" is not a date (YYYY-MM-DD)")
        #expect(Self.reason(try Self.replacing("<cbc:DueDate>2026-04-30<", with: "<cbc:DueDate>2026-02-30<", in: text))
            == "BT-9 (cbc:DueDate): \"2026-02-30\" is not a date (YYYY-MM-DD)")
        #expect(Self.reason(try Self.replacing(">EUR</cbc:DocumentCurrencyCode>", with: ">EUROS</cbc:DocumentCurrencyCode>", in: text))
            == "BT-5 (cbc:DocumentCurrencyCode): \"EUROS\" is not an ISO 4217 currency code")
    }

    @Test func namesAnUnknownVATCategory() throws {
        let text = try Self.example()
        let edited = try Self.replacing("<cac:ClassifiedTaxCategory>\n        <cbc:ID>S</cbc:ID>",
                                        with: "<cac:ClassifiedTaxCategory>\n        <cbc:ID>X</cbc:ID>", in: text)
        let reason = try #require(Self.reason(edited))
        #expect(reason.hasPrefix("BT-151 (cac:InvoiceLine[1]/cac:Item/cac:ClassifiedTaxCategory/cbc:ID): \"X\" is not a VAT category code"))
        let breakdown = try Self.replacing("      <cac:TaxCategory>\n        <cbc:ID>S</cbc:ID>",
                                           with: "      <cac:TaxCategory>\n        <cbc:ID>VAT</cbc:ID>", in: text)
        #expect(Self.reason(breakdown)?.hasPrefix("BT-118 (cac:TaxTotal[1]/cac:TaxSubtotal[1]/cac:TaxCategory/cbc:ID): \"VAT\"") == true)
    }

    @Test func refusesAnotherDocument() {
        let cii = "<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\"/>"
        #expect(Self.reason(cii) == "the root element is CrossIndustryInvoice, not a UBL Invoice or CreditNote")
        #expect(Self.reason("<Invoice xmlns=\"urn:example\"/>")?.contains("not urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") == true)
    }

    @Test func acceptsWhatTheSchemaAllows() throws {
        var text = try Self.example()
        // A due date in the payment means, a decimal written « 3875.430 », a date with its time zone,
        // an indicator written « 0 », other prefixes for the components.
        text = try Self.replacing("  <cbc:DueDate>2026-04-30</cbc:DueDate>\n", with: "", in: text)
        text = try Self.replacing("<cbc:PaymentID>", with: "<cbc:PaymentDueDate>2026-04-30</cbc:PaymentDueDate><cbc:PaymentID>", in: text)
        text = try Self.replacing(">3875.43</cbc:PayableAmount>", with: ">+3875.430</cbc:PayableAmount>", in: text)
        text = try Self.replacing("<cbc:IssueDate>2026-03-16<", with: "<cbc:IssueDate>2026-03-16+01:00<", in: text)
        text = text.replacingOccurrences(of: "<cbc:ChargeIndicator>false<", with: "<cbc:ChargeIndicator>0<")
        text = text.replacingOccurrences(of: "cbc:", with: "b:").replacingOccurrences(of: "xmlns:cbc=", with: "xmlns:b=")
        let read = try UBLReaderTests.read(Array(text.utf8))
        let invoice = try #require(try Examples.eInvoice("orders/01-domestic-several-rates.yaml"))
        #expect(read == invoice)
    }

    @Test func readsXMLSchemaDecimalsAndDates() {
        #expect(UBLNode.decimal(".5") == ExactDecimal("0.5"))
        #expect(UBLNode.decimal("-.5") == ExactDecimal("-0.5"))
        #expect(UBLNode.decimal("5.") == 5)
        #expect(UBLNode.decimal("+12.50") == ExactDecimal("12.5"))
        #expect(UBLNode.decimal("1e3") == nil)
        #expect(UBLNode.decimal(".") == nil)
        #expect(UBLNode.date("2026-11-26Z") == CalendarDate("2026-11-26"))
        #expect(UBLNode.date("2026-11-26-05:00") == CalendarDate("2026-11-26"))
        #expect(UBLNode.date("2026-11-26T10:00") == nil)
    }

    @Test func carriesNoteSubjectCodesAsAPrefix() {
        let note = EInvoiceNote(subjectCode: "PMD", text: "Pénalités de retard")
        #expect(UBLNote.text(note) == "#PMD#Pénalités de retard")
        #expect(UBLNote.note("#PMD#Pénalités de retard") == note)
        #expect(UBLNote.note("Ordered through our website#Ordering information").subjectCode == nil)
        #expect(UBLNote.note("##Delivery terms").subjectCode == nil)
        #expect(UBLNote.note("#AAI#") == EInvoiceNote(subjectCode: "AAI", text: ""))
    }
}
