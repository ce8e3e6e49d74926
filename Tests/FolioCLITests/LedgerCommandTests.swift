import Foundation
import Testing

/// The ledger end to end: issuing through `folio`, batches, quotes made into invoices, verification,
/// concurrent processes and processes killed mid-issue.
@Suite("folio ledger", .serialized)
struct LedgerCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-ledger-cli-\(UUID().uuidString)").path
    var ledger: String { folder + "/ledger.sqlite" }
    var documents: String { folder + "/documents" }
    static let invoice = "examples/orders/01-domestic-several-rates.yaml"

    func folio(_ arguments: String...) throws -> FolioCLITests.Run {
        try FolioCLITests.folio(arguments + ["--ledger", ledger])
    }

    func pdfs() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: documents).sorted()
    }

    @Test("Issued documents are numbered by the ledger; a draft has no number and is not recorded")
    func issueAndDraft() throws {
        let first = try folio("invoice", Self.invoice)
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("Issued F-2026-0001"))
        let text = try InvoiceCommandTests.text(ofPDF: documents + "/F-2026-0001.pdf")
        #expect(text.contains("Facture n° F-2026-0001"))
        let draftPath = folder + "/draft.pdf"
        let draft = try folio("invoice", Self.invoice, "--draft", "--output", draftPath)
        #expect(draft.status == 0, "\(draft.error)")
        #expect(try InvoiceCommandTests.text(ofPDF: draftPath).contains("BROUILLON"))
        // The same order again is refused (a batch can be re-run), unless --again.
        let repeated = try folio("invoice", Self.invoice)
        #expect(repeated.status == 1)
        #expect(repeated.error.contains("already issued as F-2026-0001; give --again"), "\(repeated.error)")
        #expect(try folio("invoice", Self.invoice, "--again").output.contains("Issued F-2026-0002"))
        let list = try folio("ledger", "list", "--at", "2026-03-20")
        #expect(list.output.hasPrefix("Number       Date        Kind     Client                      Total  Credited  Paid      Due  Currency  Due date    Late  Status\n"), "\(list.output)")
        #expect(list.output.contains("F-2026-0002  2026-03-16  invoice  Librairie du Marais SARL  3875.43      0.00  0.00  3875.43  EUR       2026-04-30        open"), "\(list.output)")
        #expect(list.output.contains("2 documents, as of 2026-03-20"))
        let show = try folio("ledger", "show", "F-2026-0001")
        #expect(show.output.contains("templates         invoice@2026-01-01"))
        #expect(show.output.contains("terms             terms/goods-and-software@2026-01-01"))
    }

    @Test("A batch issues the good orders, reports the bad one by name, and exits 1")
    func batch() throws {
        let run = try folio("invoice", Self.invoice, "examples/invalid/bad-siren.yaml", "examples/orders/02-eu-services-reverse-charge.yaml")
        #expect(run.status == 1)
        #expect(run.error.contains("1 of 3 orders refused"))
        #expect(run.error.contains("examples/invalid/bad-siren.yaml: seller.siren"))
        #expect(try pdfs() == ["F-2026-0001.pdf", "F-2026-0002.pdf"])
        // A folder is a batch too; a refused order consumes no number.
        // A credit note citing F-2026-0031: the form of the company's series, but not in the ledger.
        let source = try String(contentsOfFile: FolioCLITests.root.path + "/examples/orders/10-credit-note.json", encoding: .utf8)
        let elsewhere = self.folder + "/credit-elsewhere.json"
        try source.replacingOccurrences(of: "F-2026-0001", with: "F-2026-0031").write(toFile: elsewhere, atomically: true, encoding: .utf8)
        let unknown = try folio("credit-note", elsewhere)
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("creditedInvoice.number: F-2026-0031 has the form of the series invoice but no such invoice is in"), "\(unknown.error)")
        // The example credits F-2026-0001, the first invoice of the batch: an invoice of the ledger, not external.
        let external = try folio("credit-note", "examples/orders/10-credit-note.json", "--external")
        #expect(external.status == 1 && external.error.contains("is an invoice of the ledger, not one issued elsewhere"), "\(external.error)")
        let folder = try folio("credit-note", "examples/orders/10-credit-note.json")
        #expect(folder.output.contains("Issued AV-2026-0001"), "\(folder.error)")
        #expect(try folio("ledger", "verify").status == 0)
    }

    @Test("Quote accepted, then its deposit invoice and its balance invoice, linked and deducted")
    func fromQuote() throws {
        #expect(try folio("quote", "examples/orders/08-quote-with-deposit.yaml").output.contains("Issued D-2026-0001"))
        let early = try folio("invoice", "--from-quote", "D-2026-0001", "--deposit", "--date", "2026-10-12")
        #expect(early.status == 1)
        #expect(early.error.contains("not accepted yet"))
        #expect(try folio("ledger", "decide", "D-2026-0001", "accepted", "--on", "2026-10-09").status == 0)
        let again = try folio("ledger", "decide", "D-2026-0001", "refused", "--on", "2026-10-10")
        #expect(again.status == 1 && again.error.contains("never changed"))
        let deposit = try folio("invoice", "--from-quote", "D-2026-0001", "--deposit", "--date", "2026-10-12")
        #expect(deposit.status == 0, "\(deposit.error)")
        #expect(try InvoiceCommandTests.text(ofPDF: documents + "/FA-2026-0001.pdf").contains("Net à payer 2 241,00 €"))
        let balance = try folio("invoice", "--from-quote", "D-2026-0001", "--date", "2026-11-16", "--delivery-date", "2026-11-13")
        #expect(balance.status == 0, "\(balance.error)")
        let text = try InvoiceCommandTests.text(ofPDF: documents + "/F-2026-0001.pdf")
        for expected in ["Facture de solde n° F-2026-0001", "n° D-2026-0001 du 5", "Acompte versé — facture n° FA-2026-0001 du 12 octobre 2026 −2 241,00 €",
                         "Net à payer 5 229,00 €"] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        let twice = try folio("invoice", "--from-quote", "D-2026-0001", "--date", "2026-11-17")
        #expect(twice.status == 1 && twice.error.contains("already invoiced by F-2026-0001"))
        let csv = try folio("ledger", "export", "--csv", "--quotes", "--at", "2026-11-20")
        #expect(csv.output.hasPrefix("number,kind,date,due_date,client,client_siren,client_vat_number,currency,net,vat_20,vat,total,credited,paid,due,status\r\n"), "\(csv.output)")
        #expect(csv.output.contains("D-2026-0001,quote,2026-10-05,,Éditions de la Presqu'île SAS,732829320,FR44732829320,EUR,6225.00,1245.00,1245.00,7470.00,,,,accepted 2026-10-09\r\n"), "\(csv.output)")
        // The balance invoice: 7470.00 in all, the 2241.00 deposit deducted, 5229.00 due on 16 December.
        #expect(csv.output.contains("F-2026-0001,invoice,2026-11-16,2026-12-16,Éditions de la Presqu'île SAS,732829320,FR44732829320,EUR,6225.00,1245.00,1245.00,7470.00,0.00,0.00,5229.00,open\r\n"), "\(csv.output)")
        let printed = folder + "/print.pdf"
        let print = try folio("print", "--from", "2026-10-01", "--to", "2026-11-30", "--kind", "invoice", "--kind", "deposit-invoice",
                              "--output", printed)
        #expect(print.status == 0, "\(print.error)")
        #expect(print.output.contains("2 documents, 2 pages"))
        let verify = try folio("ledger", "verify", "--rerender")
        #expect(verify.status == 0, "\(verify.error)")
        #expect(verify.output.contains("every PDF re-rendered identically"))
    }

    @Test("A credit note for an invoice of the ledger must match its date and client")
    func creditNoteMatchesItsInvoice() throws {
        #expect(try folio("invoice", Self.invoice).status == 0)
        let source = try String(contentsOfFile: FolioCLITests.root.path + "/examples/orders/10-credit-note.json", encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let wrongDate = folder + "/wrong-date.json", right = folder + "/right.json"
        try source.replacingOccurrences(of: "\"2026-03-16\"", with: "\"2026-03-27\"").write(toFile: wrongDate, atomically: true, encoding: .utf8)
        try source.write(toFile: right, atomically: true, encoding: .utf8)
        let refused = try folio("credit-note", wrongDate)
        #expect(refused.status == 1)
        #expect(refused.error.contains("creditedInvoice.date: F-2026-0001 was issued on 2026-03-16, not 2026-03-27"))
        let issued = try folio("credit-note", right)
        #expect(issued.status == 0, "\(issued.error)")
        let list = try folio("ledger", "list", "--at", "2026-04-10").output
        #expect(list.contains("F-2026-0001   2026-03-16  invoice      Librairie du Marais SARL  3875.43     93.05  0.00  3782.38  EUR       2026-04-30        open"), "\(list)")
        #expect(list.contains("AV-2026-0001  2026-04-10  credit-note  Librairie du Marais SARL    93.05"), "\(list)")
        #expect(list.contains("credits F-2026-0001"))
    }

    @Test("verify and --rerender find a tampered PDF; numbers must follow dates")
    func tampered() throws {
        #expect(try folio("invoice", "examples/orders/02-eu-services-reverse-charge.yaml").status == 0)
        let earlier = try folio("invoice", Self.invoice)
        #expect(earlier.status == 1 && earlier.error.contains("numbers must follow dates"))
        let path = documents + "/F-2026-0001.pdf"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        if let index = bytes.firstRange(of: Data("3 330,00".utf8))?.lowerBound { bytes[index] = UInt8(ascii: "9") } else { bytes.append(0x20) }
        try bytes.write(to: URL(fileURLWithPath: path))
        let verify = try folio("ledger", "verify", "--rerender")
        #expect(verify.status == 4)
        #expect(verify.error.contains("F-2026-0001: \(path) is not the PDF that was issued"))
        #expect(verify.error.contains("differs from the document re-rendered from its recorded input"))
    }
}
