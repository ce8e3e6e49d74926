import FolioCore
import FolioEInvoice
import Foundation
import Testing

@Suite("Checking a received e-invoice")
struct EInvoiceCheckTests {
    /// Example 01 in CII, with `edit` applied to its XML text.
    static func example(_ edit: (String) -> String = { $0 }) throws -> [UInt8] {
        let invoice = try #require(try Examples.eInvoice("orders/01-domestic-several-rates.yaml"))
        return Array(edit(String(decoding: CIIWriter.xml(invoice), as: UTF8.self)).utf8)
    }

    @Test func aWrongVATTotalIsReportedWithBothValues() throws {
        let original = try EInvoiceReader.read(Self.example(), source: "ok.xml").invoice
        let stated = try #require(original.totals.taxTotal)
        let bytes = try Self.example {
            $0.replacingOccurrences(of: "<ram:TaxTotalAmount currencyID=\"EUR\">\(stated.formatted(places: 2))</ram:TaxTotalAmount>",
                                    with: "<ram:TaxTotalAmount currencyID=\"EUR\">\((stated + 1).formatted(places: 2))</ram:TaxTotalAmount>")
        }
        let check = EInvoiceCheck.check(try EInvoiceReader.read(bytes, source: "wrong.xml").invoice)
        #expect(!check.isConsistent)
        let vat = try #require(check.discrepancies.first { $0.term == "BT-110" })
        #expect(vat.stated == stated + 1)
        #expect(vat.computed == stated)
    }

    @Test func aWrongLineAmountIsReportedOnceAtItsLine() throws {
        let original = try EInvoiceReader.read(Self.example(), source: "ok.xml").invoice
        let line = try #require(original.lines.first)
        let bytes = try Self.example {
            $0.replacingOccurrences(of: "<ram:LineTotalAmount>\(line.netAmount.formatted(places: 2))</ram:LineTotalAmount>",
                                    with: "<ram:LineTotalAmount>\((line.netAmount + 10).formatted(places: 2))</ram:LineTotalAmount>")
        }
        let check = EInvoiceCheck.check(try EInvoiceReader.read(bytes, source: "wrong.xml").invoice)
        #expect(check.discrepancies.contains { $0.term == "BT-131" && $0.place == "line \(line.id)" })
        #expect(check.discrepancies.contains { $0.term == "BT-106" })
    }

    @Test func aBadIBANIsAWarning() throws {
        let bytes = try Self.example { $0.replacingOccurrences(of: "<ram:IBANID>FR76", with: "<ram:IBANID>FR77") }
        let check = EInvoiceCheck.check(try EInvoiceReader.read(bytes, source: "iban.xml").invoice)
        #expect(check.isConsistent)
        #expect(check.warnings.contains { $0.term == "BT-84" })
    }

    @Test func aMissingInvoiceNumberNamesItsBusinessTerm() throws {
        let bytes = try Self.example { $0.replacingOccurrences(of: "<ram:ID>F-2026-0042</ram:ID>", with: "") }
        #expect { try EInvoiceReader.read(bytes, source: "no-number.xml") } throws: { error in
            "\(error)".contains("no-number.xml") && "\(error)".contains("BT-1 ")
        }
    }

    @Test func aMalformedAmountNamesItsBusinessTerm() throws {
        let bytes = try Self.example { $0.replacingOccurrences(of: "<ram:DuePayableAmount>", with: "<ram:DuePayableAmount>1,") }
        #expect { try EInvoiceReader.read(bytes, source: "amount.xml") } throws: { error in
            "\(error)".contains("BT-115") && "\(error)".contains("not a decimal")
        }
    }

    @Test func anXMLBombIsRefusedBeforeParsing() {
        var bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            bomb += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        bomb += "]>\n<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\">&lol9;</rsm:CrossIndustryInvoice>"
        #expect { try EInvoiceReader.read(Array(bomb.utf8), source: "bomb.xml") } throws: { "\($0)".contains("document type") }
    }

    @Test func truncatedAndForeignXMLAreRefused() throws {
        let whole = try Self.example()
        #expect { try EInvoiceReader.read(Array(whole.prefix(whole.count / 2)), source: "half.xml") } throws: {
            "\($0)".contains("half.xml") && "\($0)".contains("not well-formed")
        }
        #expect { try EInvoiceReader.read(Array("<html><body/></html>".utf8), source: "page.html") } throws: {
            "\($0)".contains("not a CII")
        }
        #expect { try EInvoiceReader.read([0xFF, 0xD8, 0xFF, 0xE0], source: "photo.jpg") } throws: { "\($0)".contains("photo.jpg") }
    }

    /// The einvoice fuzz target's first finding: Foundation's XMLParser leaked the error of every
    /// malformed document. libxml2, read directly, reports its first error with its line (LeakSanitizer checks the
    /// rest: `make fuzz-replay`).
    @Test func malformedXMLIsReportedWithLibxml2sLineAndReason() throws {
        let input = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../fuzz/corpus/einvoice/regression-malformed-xml-leak.xml")
        let bytes = [UInt8](try Data(contentsOf: input))
        #expect { try EInvoiceReader.read(bytes, source: "leak.xml") } throws: {
            "\($0)" == "leak.xml: not well-formed XML (line 2): attributes construct error"
        }
        #expect { try EInvoiceReader.read(Array("<a><b></a>".utf8), source: "cut.xml") } throws: {
            "\($0)".hasPrefix("cut.xml: not well-formed XML (line 1): Opening and ending tag mismatch")
        }
    }

    @Test func aHugeFileIsRefusedWithoutReadingIt() {
        let huge = [UInt8](repeating: 0x20, count: 33 * 1024 * 1024)
        #expect { try EInvoiceReader.read(huge, source: "huge.xml") } throws: { "\($0)".contains("more than 32 MB") && "\($0)".contains("einvoice.bytes") }
    }
}
