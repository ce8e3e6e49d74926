import FolioCore
@testable import FolioEInvoice
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite("UBL reader")
struct UBLReaderTests {
    static let samplesFolder = Examples.shared.appendingPathComponent("en16931/ubl/examples")
    static let samples: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: samplesFolder.path)) ?? [])
        .filter { $0.lowercased().hasSuffix(".xml") }.sorted()

    static func read(_ bytes: [UInt8], source: String = "test.xml") throws -> EInvoice {
        try UBLReader.read(XMLInput(bytes, source: source, limits: InputKind.einvoice.defaultLimits).root, source: source)
    }

    @Test func theOfficialSamplesAreThere() {
        #expect(Self.samples.count >= 6)
    }

    @Test(arguments: samples)
    func readsEachOfficialSample(_ name: String) throws {
        let url = Self.samplesFolder.appendingPathComponent(name)
        let invoice = try Self.read(Array(try Data(contentsOf: url)), source: name)
        let file = try StatedValues(url)
        let total = "LegalMonetaryTotal/"
        let totals = invoice.totals
        #expect(totals.lineTotal == file.decimal(total + "LineExtensionAmount"), "BT-106")
        #expect(totals.allowanceTotal == file.decimal(total + "AllowanceTotalAmount"), "BT-107")
        #expect(totals.chargeTotal == file.decimal(total + "ChargeTotalAmount"), "BT-108")
        #expect(totals.taxExclusiveTotal == file.decimal(total + "TaxExclusiveAmount"), "BT-109")
        let currency = try #require(file.text("DocumentCurrencyCode"))
        #expect(totals.taxTotal == file.decimal("TaxTotal/TaxAmount[@currencyID='\(currency)']"), "BT-110")
        if let taxCurrency = file.text("TaxCurrencyCode"), taxCurrency != currency {
            #expect(invoice.taxTotalInTaxCurrency == file.decimal("TaxTotal/TaxAmount[@currencyID='\(taxCurrency)']"), "BT-111")
        }
        #expect(totals.grandTotal == file.decimal(total + "TaxInclusiveAmount"), "BT-112")
        #expect(totals.paidAmount == file.decimal(total + "PrepaidAmount"), "BT-113")
        #expect(totals.roundingAmount == file.decimal(total + "PayableRoundingAmount"), "BT-114")
        #expect(totals.amountDue == file.decimal(total + "PayableAmount"), "BT-115")
        #expect(invoice.number == file.text("ID"))
        #expect(invoice.currency.code == currency)
        #expect(invoice.lines.count == file.count("InvoiceLine") + file.count("CreditNoteLine"))
        #expect(invoice.vatBreakdown.count == file.count("TaxTotal/TaxSubtotal"))
        #expect(invoice.allowancesAndCharges.count == file.count("AllowanceCharge"))
        #expect(invoice.notes.count == file.count("Note"))
    }

    @Test func readsTheTermsOfTheFullestSample() throws {
        let url = Self.samplesFolder.appendingPathComponent("ubl-tc434-example5.xml")
        let invoice = try Self.read(Array(try Data(contentsOf: url)))
        #expect(invoice.businessProcess == "1")
        #expect(invoice.taxCurrency?.code == "EUR")
        #expect(invoice.taxTotalInTaxCurrency == ExactDecimal("628.62"))
        #expect(invoice.dueDate == CalendarDate("2013-05-10"))
        #expect(invoice.buyerReference == "qwerty")
        #expect(invoice.purchaseOrderReference == "PO4711")
        #expect(invoice.contractReference == "2013-05")
        #expect(invoice.precedingInvoices == [PrecedingInvoice(number: "TOSL109", date: CalendarDate(year: 2013, month: 3, day: 10)!)])
        #expect(invoice.invoicingPeriod == EInvoicePeriod(start: CalendarDate("2013-03-10"), end: CalendarDate("2013-04-10")))
        #expect(invoice.notes == [EInvoiceNote(subjectCode: nil, text: "Ordered through our website#Ordering information")])
        #expect(invoice.seller.electronicAddress == SchemedIdentifier(scheme: "EM", value: "info@selco.nl"))
        #expect(invoice.seller.identifiers == [SchemedIdentifier(scheme: "0088", value: "5790000436101")])
        #expect(invoice.seller.tradingName == "SelCo")
        #expect(invoice.seller.vatNumber == "NL16356706")
        #expect(invoice.seller.taxRegistration == "NL16356706")
        #expect(invoice.seller.legalInformation == "Export")
        #expect(invoice.seller.address?.lines == ["Hoofdstraat 4", "Om de hoek"])
        #expect(invoice.seller.address?.subdivision == "Overijssel")
        #expect(invoice.seller.contact == EInvoiceContact(name: "Anthon Larsen", phone: "+3198989898", email: "Anthon@Selco.nl"))
        #expect(invoice.buyer.name == "Buyercompany ltd")
        #expect(invoice.delivery?.date == CalendarDate("2013-04-15"))
        #expect(invoice.delivery?.address?.city == "Deliverycity")
        #expect(invoice.delivery?.partyName == "Logistic service Ltd")
        #expect(invoice.paymentInstructions == PaymentInstructions(meansCode: "49", remittanceInformation: "Payref1"))
        #expect(invoice.paymentTerms == "50% prepaid, 50% within one month")
        let discount = try #require(invoice.allowancesAndCharges.first)
        #expect(discount == EInvoiceAllowanceCharge(kind: .allowance, amount: 150, baseAmount: 1500, percent: 10,
                                                    vat: .standard(25), reason: "Loyal customer", reasonCode: "100"))
        #expect(invoice.allowancesAndCharges.last?.kind == .charge)
        let line = try #require(invoice.lines.first)
        #expect(line.note == "first line")
        #expect(line.quantity == 1000 && line.unitCode == "EA" && line.netAmount == 1000)
        #expect(line.netPrice == 1 && line.baseQuantity == 1)
        #expect(line.priceDiscount == ExactDecimal("0.10") && line.grossPrice == ExactDecimal("1.10"))
        #expect(line.period == EInvoicePeriod(start: CalendarDate("2013-03-10"), end: CalendarDate("2013-04-10")))
        #expect(line.allowancesAndCharges.map(\.kind) == [.allowance, .charge])
        #expect(line.allowancesAndCharges.first?.percent == 10)
        #expect(line.description == "Printing paper, 2mm" && line.sellerItemID == "JB007")
        #expect(invoice.lines.last?.vat == .standard(12))
    }

    @Test func readsACreditNote() throws {
        let url = Self.samplesFolder.appendingPathComponent("ubl-tc434-creditnote1.xml")
        let invoice = try Self.read(Array(try Data(contentsOf: url)))
        #expect(invoice.typeCode == .creditNote)
        #expect(invoice.lines.first?.quantity == 1 && invoice.lines.first?.unitCode == "C62")
        #expect(invoice.vatBreakdown.first?.vat == VATClassification(category: .exempt, rate: 0))
        #expect(invoice.vatBreakdown.first?.exemptionReason == "Taxes are not applicable")
        #expect(invoice.paymentInstructions == PaymentInstructions(meansCode: "1", remittanceInformation: "010676609538",
                                                                   accountIdentifier: "BE91000000143476", serviceProvider: "BPOTBEB1"))
    }

    /// Every example e-invoice written in UBL reads back equal: the note subject codes travel as the
    /// `#CODE#` prefix of their text, a credit note's due date in its payment means.
    @Test(arguments: Examples.orderFiles)
    func roundTrips(_ file: String) throws {
        guard let invoice = try Examples.eInvoice(file) else { return }
        let read = try Self.read(UBLWriter.xml(invoice), source: file)
        #expect(read == invoice)
        if read != invoice {
            // Name the first part that differs, for the failure report.
            #expect(read.seller == invoice.seller)
            #expect(read.buyer == invoice.buyer)
            #expect(read.lines == invoice.lines)
            #expect(read.notes == invoice.notes)
            #expect(read.totals == invoice.totals)
            #expect(read.vatBreakdown == invoice.vatBreakdown)
            #expect(read.paymentInstructions == invoice.paymentInstructions)
            #expect(read.delivery == invoice.delivery)
        }
    }
}

/// Values read straight from a sample with XPath, to compare what the reader gives with the file.
struct StatedValues {
    let document: XMLDocument

    init(_ url: URL) throws {
        document = try XMLDocument(contentsOf: url, options: [])
    }

    /// `/Invoice/A/B` or `/CreditNote/A/B` for `A/B`, by local names (a predicate may follow a step).
    private func xpath(_ path: String) -> String {
        "/*" + path.split(separator: "/").map { step in
            let parts = step.split(separator: "[", maxSplits: 1)
            return "/*[local-name()='\(parts[0])']" + (parts.count > 1 ? "[" + parts[1] : "")
        }.joined()
    }

    func text(_ path: String) -> String? {
        (try? document.nodes(forXPath: xpath(path)))?.first?.stringValue?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func decimal(_ path: String) -> ExactDecimal? { text(path).flatMap { ExactDecimal($0) } }

    func count(_ path: String) -> Int { (try? document.nodes(forXPath: xpath(path)))?.count ?? 0 }
}
