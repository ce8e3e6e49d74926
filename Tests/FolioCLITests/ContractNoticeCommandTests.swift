import Foundation
import Testing

/// `folio contract notice` on seed 003's contracts, end to end: each letter recorded in a ledger
/// with its PDF, read back with pdftotext for its dates and amounts (hand-computed in the comments),
/// and the refusals that write nothing.
@Suite("folio contract notice", .serialized)
struct ContractNoticeCommandTests {
    static let seed = "examples/seeds/003-baie-consulting-martinique"
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-contracts-\(UUID().uuidString)").path
    var ledger: String { folder + "/ledger.sqlite" }
    var letters: String { folder + "/documents/contracts/" }

    func folio(_ arguments: String...) throws -> FolioCLITests.Run {
        try FolioCLITests.folio(arguments + ["--company", Self.seed + "/profile.yaml", "--ledger", ledger])
    }

    func contract(_ name: String) -> String { "\(Self.seed)/contracts/\(name).yaml" }

    func text(_ file: String) throws -> String { try InvoiceCommandTests.text(ofPDF: letters + file) }

    func expectAll(_ text: String, _ parts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for part in parts { #expect(text.contains(part), "\(part) in \(text)", sourceLocation: sourceLocation) }
    }

    @Test("The maintenance contract: SYNTEC revision at the anniversary, suspension citing the unpaid invoice, non-renewal by its deadline")
    func maintenance() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // The hotel's annual invoice of 2 March 2026, 2 812.99 € due on receipt; 812.99 € paid on 1 April.
        #expect(try folio("invoice", "\(Self.seed)/orders/01-annual-fee-syntec-transfer.yaml").status == 0)
        #expect(try FolioCLITests.folio("ledger", "pay", "F-2026-0001", "--amount", "812.99", "--on", "2026-04-01", "--ledger", ledger).status == 0)

        // 540.00 × 303.1 / 299.4 = 546.6733… → 546.67 from the anniversary, 31 May 2026; (303.1 − 299.4) / 299.4 = +1.24 %.
        let revision = try folio("contract", "notice", "price-revision", contract("maintenance-2025"), "--at", "2026-04-20",
                                 "--index-value", "303.1", "--index-month", "2026-03")
        #expect(revision.status == 0, "\(revision.error)")
        #expect(revision.output.contains("from 2026-05-31, 540.00 → 546.67 EUR (SYNTEC 299.4 → 303.1)"), "\(revision.output)")
        expectAll(try text("MC-2025-014.price-revision.2026-04-20.pdf"),
                  ["P1 = P0 × S1 / S0", "(2025-05), soit 299,4", "(2026-03), soit 303,1", "+1,24 %", "31 mai 2026",
                   "540,00 € 540,00 € × 303,1 / 299,4 546,67 €", "Conditions générales de vente, de maintenance et de service, version du 1er janvier"])

        // On 15 June 2026, 2 000.00 € of F-2026-0001 is unpaid since 2 March: suspension 8 days later, on 23 June.
        let suspension = try folio("contract", "notice", "suspension", contract("maintenance-2025"), "--at", "2026-06-15")
        #expect(suspension.status == 0, "\(suspension.error)")
        #expect(suspension.output.contains("services suspended from 2026-06-23, 1 invoice unpaid (F-2026-0001)"), "\(suspension.output)")
        expectAll(try text("MC-2025-014.suspension.2026-06-15.pdf"),
                  ["Lettre recommandée avec accusé de réception", "n° F-2026-0001 2 mars 2026 2 mars 2026 2 812,99 € 2 000,00 €",
                   "délai de 8 jours", "à compter du 23 juin 2026", "reçu au plus tard le 22 juin 2026", "C. civ. art. 1219 et 1220"])

        // Past 28 February 2026, the renewal of 31 May 2026 can no longer be stopped: refused, nothing written.
        let late = try folio("contract", "notice", "non-renewal", contract("maintenance-2025"), "--at", "2026-03-10")
        #expect(late.status == 1, "\(late.output)")
        expectAll(late.error, ["maintenance-2025.yaml", "too late", "2026-02-28", "2027-05-31", "2027-02-28"])
        #expect(!FileManager.default.fileExists(atPath: letters + "MC-2025-014.non-renewal.2026-03-10.pdf"))

        // By 28 February 2027 for the anniversary of 31 May 2027.
        let notice = try folio("contract", "notice", "non-renewal", contract("maintenance-2025"), "--at", "2027-01-15")
        #expect(notice.status == 0, "\(notice.error)")
        expectAll(try text("MC-2025-014.non-renewal.2027-01-15.pdf"),
                  ["Fin du contrat à son échéance du 31 mai 2027", "Dernier jour du contrat : 30 mai 2027", "au plus tard le 28 février 2027", "3 mois"])
        let again = try folio("contract", "notice", "non-renewal", contract("maintenance-2025"), "--at", "2027-01-20")
        #expect(again.status == 1 && again.error.contains("already sent on 2027-01-15"), "\(again.error)")
        // Once its end is recorded, nothing takes effect after it.
        let after = try folio("contract", "notice", "price-revision", contract("maintenance-2025"), "--at", "2027-04-20", "--index-value", "310")
        #expect(after.status == 1 && after.error.contains("already ends on 2027-05-31"), "\(after.error)")

        // folio contract status and due know the notices sent: the contract is ending, nothing is due after its end.
        let status = try FolioCLITests.folio("contract", "status", contract("maintenance-2025"), "--at", "2027-02-01", "--json", "--ledger", ledger)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any], "\(status.error)")
        #expect(json["state"] as? String == "ending" && json["recordedEnd"] as? String == "2027-05-31" && json["recordedLastDay"] as? String == "2027-05-30")
        #expect((json["notices"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } == ["price-revision", "suspension", "non-renewal"])
        let due = try FolioCLITests.folio("contract", "due", contract("maintenance-2025"), "--at", "2027-05-01", "--within", "400", "--ledger", ledger)
        #expect(due.output.contains("2027-05-31  end  MC-2025-014  Hôtel Anse Cocotier SAS  (notice sent on 2027-01-15)"), "\(due.output)")
        #expect(due.output.contains("1 event from"), "\(due.output)")

        // Every letter a well-formed PDF.
        for name in try FileManager.default.contentsOfDirectory(atPath: letters) where name.hasSuffix(".pdf") {
            #expect(try EInvoiceDemoTests.command(["qpdf", "--check", letters + name]).status == 0, "\(name)")
        }

        // The invoice, the payment and three notices.
        let verify = try FolioCLITests.folio("ledger", "verify", "--ledger", ledger)
        #expect(verify.status == 0 && verify.output.contains("5 entries"), "\(verify.output) \(verify.error)")
    }

    @Test("Subscriptions terminated from receipt: 31 January ends the monthly one on 28 February; the annual one two months later")
    func terminations() throws {
        let monthly = try folio("contract", "notice", "termination-acknowledgement", contract("subscription-monthly"),
                                "--received", "2026-01-31", "--at", "2026-02-02")
        #expect(monthly.status == 0, "\(monthly.error)")
        #expect(monthly.output.contains("request received on 2026-01-31, the contract's last day is 2026-02-28"), "\(monthly.output)")
        expectAll(try text("AB-2026-031.termination-acknowledgement.2026-02-02.pdf"),
                  ["reçu le 31 janvier 2026", "préavis de 1 mois à compter de la réception", "ce préavis expire le 28 février 2026",
                   "Dernier jour du contrat : 28 février 2026", "prend effet le 1er mars 2026"])
        // The English letter, a preview not recorded, says which version prevails.
        let english = folder + "/monthly.en.pdf"
        let preview = try folio("contract", "notice", "termination-acknowledgement", contract("subscription-monthly"),
                                "--received", "2026-01-31", "--at", "2026-02-02", "--lang", "en", "--preview", "--output", english)
        #expect(preview.status == 0 && preview.output.contains("not recorded"), "\(preview.error)")
        expectAll(try InvoiceCommandTests.text(ofPDF: english), ["Last day of the contract: 28 February 2026", DocumentCommandTests.prevailsEnglish])
        // 27 November 2026 + 2 months = 27 January 2027.
        let annual = try folio("contract", "notice", "termination-acknowledgement", contract("subscription-annual"),
                               "--received", "2026-11-27", "--at", "2026-11-27")
        #expect(annual.output.contains("the contract's last day is 2027-01-27"), "\(annual.output) \(annual.error)")
        let early = try folio("contract", "notice", "termination-acknowledgement", contract("subscription-annual"),
                              "--received", "2026-11-30", "--at", "2026-11-27")
        #expect(early.status == 1 && early.error.contains("before the request was received"), "\(early.error)")
    }

    @Test("A consumer's renewal information (L215-1): refused before its window, the deadline in a box, late information says so")
    func consumerRenewal() throws {
        // Renewal on 15 February 2027, last day to refuse 15 January 2027: sent from 15 October to 15 December 2026.
        let early = try folio("contract", "notice", "renewal-information", contract("consumer-annual"), "--at", "2026-10-14")
        #expect(early.status == 1 && early.error.contains("from 2026-10-15 to 2026-12-15"), "\(early.error)")
        let sent = try folio("contract", "notice", "renewal-information", contract("consumer-annual"), "--at", "2026-11-27")
        #expect(sent.status == 0, "\(sent.error)")
        let text = try text("MC-2026-102.renewal-information.2026-11-27.pdf")
        expectAll(text, ["Date limite pour refuser la reconduction : 15 janvier 2027", "15 février 2027", "1 an", "L215-1"])
        #expect(!text.contains("al. 2"))
        let late = folder + "/late.pdf"
        let run = try folio("contract", "notice", "renewal-information", contract("consumer-annual"), "--at", "2026-12-20",
                            "--preview", "--output", late)
        #expect(run.output.contains("sent after the L215-1 window"), "\(run.output) \(run.error)")
        expectAll(try InvoiceCommandTests.text(ofPDF: late), ["à tout moment à compter du 15 février 2027", "L215-1, al. 2"])
        // Informed in the ledger on 27 November 2026: a termination received in March 2027, after the renewal,
        // stops the next one (15 February 2028); without that record it would end the contract on receipt.
        let informed = try folio("contract", "notice", "termination-acknowledgement", contract("consumer-annual"),
                                 "--received", "2027-03-10", "--at", "2027-03-11", "--preview", "--output", folder + "/informed.pdf")
        #expect(informed.output.contains("the contract's last day is 2028-02-14"), "\(informed.output) \(informed.error)")
        let uninformed = try folio("contract", "notice", "termination-acknowledgement", contract("consumer-annual"),
                                   "--received", "2027-03-10", "--at", "2027-03-11", "--informed-on", "2027-01-20")
        #expect(uninformed.output.contains("the contract's last day is 2027-03-10 (L215-1 al. 2: renewed on 2027-02-15"), "\(uninformed.output) \(uninformed.error)")
        expectAll(try self.text("MC-2026-102.termination-acknowledgement.2027-03-11.pdf"),
                  ["reconduction du 15 février 2027", "à tout moment", "prend fin le 10 mars 2027", "trente jours", "L215-1, al. 2 et 3"])
        let business = try folio("contract", "notice", "renewal-information", contract("maintenance-2025"), "--at", "2026-11-27")
        #expect(business.status == 1 && business.error.contains("is a business"), "\(business.error)")
    }

    @Test("Missing options and a suspension with nothing unpaid are refused with the reason")
    func refusals() throws {
        let noIndex = try folio("contract", "notice", "price-revision", contract("maintenance-2025"))
        #expect(noIndex.status != 0 && noIndex.error.contains("--index-value"), "\(noIndex.error)")
        let noReceipt = try folio("contract", "notice", "termination-acknowledgement", contract("subscription-monthly"))
        #expect(noReceipt.status != 0 && noReceipt.error.contains("--received"), "\(noReceipt.error)")
        let nothing = try folio("contract", "notice", "suspension", contract("subscription-monthly"), "--at", "2026-06-01")
        #expect(nothing.status == 1 && nothing.error.contains("nothing justifies a suspension"), "\(nothing.error)")
        #expect(!FileManager.default.fileExists(atPath: letters))
    }
}
