import FolioCore
import Testing

@Suite("Numbering patterns and series")
struct NumberPatternTests {
    let date = CalendarDate(year: 2026, month: 11, day: 22)!

    @Test("Patterns write the year, the month and the padded sequence")
    func numbers() throws {
        #expect(try NumberPattern("F-{YYYY}-{seq:5}").number(sequence: 42, on: date) == "F-2026-00042")
        #expect(try NumberPattern("AV/{YY}{MM}/{seq}").number(sequence: 7, on: date) == "AV/2611/7")
        #expect(try NumberPattern("D_{seq:3}").number(sequence: 12345, on: date) == "D_12345")
    }

    @Test("A bad pattern is refused with the reason", arguments: [
        ("F {YYYY}-{seq}", "not allowed"),
        ("F-{YYYY}", "exactly one {seq}"),
        ("F-{seq}-{seq}", "exactly one {seq}"),
        ("F-{DD}-{seq}", "not a field"),
        ("F-{YYYY", "not closed"),
        ("FACTURE-ETABLISSEMENT-LYON-{YYYY}-{seq:12}", "more than 35"),
    ])
    func refused(_ case: (String, String)) {
        #expect { try NumberPattern(`case`.0) } throws: { error in
            (error as? RuleViolation)?.reason.contains(`case`.1) == true
        }
    }

    @Test("A number past 35 characters is refused; a yearly series must show the year")
    func limits() throws {
        let long = try NumberPattern("ABCDEFGHIJKLMNOPQRSTUVWXYZ-{seq:8}")
        #expect(try long.number(sequence: 99_999_999, on: date).count == 35)
        #expect(throws: RuleViolation.self) { try long.number(sequence: 100_000_000, on: date) }
        #expect(throws: RuleViolation.self) { try NumberingSeries(name: "invoice", kind: "invoice", pattern: NumberPattern("F-{seq}"), reset: .yearly) }
        let never = try NumberingSeries(name: "invoice", kind: "invoice", pattern: NumberPattern("F-{seq:6}"), reset: .never)
        #expect(never.period(of: date) == "all")
        #expect(try NumberingSeries.prefixed("F", kind: "invoice").pattern.number(sequence: 1, on: date) == "F-2026-0001")
    }
}
