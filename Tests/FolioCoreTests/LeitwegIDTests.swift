import FolioCore
import Testing

/// The Leitweg-ID of a German public buyer: its form and its check digits (ISO/IEC 7064 MOD 97-10).
@Suite("Leitweg-ID")
struct LeitwegIDTests {
    @Test("Coarse address, optional fine address, check digits: accepted when the check digits match")
    func valid() throws {
        let full = try LeitwegID("04011000-1234512345-06")
        #expect(full.coarseAddress == "04011000")
        #expect(full.fineAddress == "1234512345")
        // Letters count A = 10 … Z = 35, upper or lower case alike.
        #expect(try LeitwegID("05711000-SCHULIT-56").fineAddress == "SCHULIT")
        #expect(try LeitwegID("05711000-schulit-56").coarseAddress == "05711000")
        #expect(try LeitwegID("992-90009-96").fineAddress == "90009")
        #expect(try ElectronicAddress("0204:04011000-1234512345-06").scheme == "0204")
    }

    @Test("Wrong check digits, a bad shape or a long fine address are refused, saying why")
    func invalid() {
        for (text, reason) in [("04011000-1234512345-07", "check digits 07 do not match"),
                               ("991-01234-44", "check digits 44 do not match"),
                               ("04011000", "2 to 12 digits"),
                               ("A4011000-12345-06", "2 to 12 digits"),
                               ("1234567890123-06", "2 to 12 digits"),
                               ("04011000-ABC_DEF-06", "fine address is 1 to 30 letters and digits"),
                               ("04011000-\(String(repeating: "A", count: 31))-06", "fine address is 1 to 30")] {
            #expect { try LeitwegID(text) } throws: { ($0 as? RuleViolation)?.reason.contains(reason) == true }
        }
        #expect(throws: RuleViolation.self) { try ElectronicAddress("0204:04011000-1234512345-07") }
        #expect(LeitwegID.looksLike("04011000-1234512345-07"))
        #expect(!LeitwegID.looksLike("Webshop-Bestellung 10482"))
        #expect(!LeitwegID.looksLike("PO-2026-17"))
    }
}
