import FolioCore
import Testing

@Suite("Identifiers")
struct IdentifierTests {
    @Test func siren() throws {
        #expect(try SIREN("732 829 320").digits == "732829320")
        #expect(try SIREN("821\u{00A0}449 634").description == "821 449 634")  // seed 000, with a no-break space
        // Seed 004 prints "531 455 669", which fails the Luhn check.
        #expect(throws: RuleViolation.self) { try SIREN("531 455 669") }
        #expect(throws: RuleViolation.self) { try SIREN("73282932") }
        #expect(throws: RuleViolation.self) { try SIREN("73282932A") }
    }

    @Test func siret() throws {
        #expect(try SIRET("732 829 320 00074").siren == "732829320")
        #expect(try SIRET("35600000049837").digits == "35600000049837")  // La Poste: sum of digits
        #expect(throws: RuleViolation.self) { try SIRET("73282932000075") }
        #expect(throws: RuleViolation.self) { try SIRET("35600000000048") }
    }

    @Test func vatNumbers() throws {
        #expect(try VATNumber("FR 88\u{00A0}821\u{00A0}449 634").description == "FR88821449634")  // seed 000
        #expect(VATNumber(siren: try SIREN("732829320")).description == "FR44732829320")
        #expect(throws: RuleViolation.self) { try VATNumber("FR45732829320") }
        #expect(try VATNumber("DE136695976").country == "DE")
        #expect(throws: RuleViolation.self) { try VATNumber("DE136695977") }
        #expect(try VATNumber("BE0403019261").number == "0403019261")
        #expect(throws: RuleViolation.self) { try VATNumber("BE0403019262") }
        #expect(try VATNumber("EL094014201").country == "GR")
        #expect(try VATNumber("ATU12345678").prefix == "AT")
        #expect(try VATNumber("NL123456789B01").prefix == "NL")
        #expect(throws: RuleViolation.self) { try VATNumber("NL123456789") }
        #expect(throws: RuleViolation.self) { try VATNumber("XX123456789") }
        #expect(try VATNumber("GB123456789").country == "GB")
    }

    @Test func iban() throws {
        #expect(try IBAN("FR76 3000 6000 0112 3456 7890 189").description == "FR76 3000 6000 0112 3456 7890 189")
        #expect(try IBAN("DE89370400440532013000").value == "DE89370400440532013000")
        #expect(try IBAN("gb82 west 1234 5698 7654 32").value == "GB82WEST12345698765432")
        #expect(throws: RuleViolation.self) { try IBAN("FR7630006000011234567890188") }
        #expect(throws: RuleViolation.self) { try IBAN("FR763000600001123456789018") }
        #expect(throws: RuleViolation.self) { try IBAN("QQ7630006000011234567890189") }
    }
}
