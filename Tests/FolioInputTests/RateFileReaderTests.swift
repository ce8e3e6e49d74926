import FolioCore
import FolioInput
import Testing

/// Rates files are read as strictly as orders: each refusal names the file, the line, the field and why.
@Suite("Rates files")
struct RateFileReaderTests {
    static let file = "company/rates/legal-interest-rate.yaml"

    func refusal(_ text: String, table: String = "legal-interest-rate/other-cases") -> RateDataError? {
        do {
            _ = try RateFileReader.read(text, file: Self.file, shipped: false)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsValuesWithTheirLineAndSource() throws {
        let text = """
            # comment
            legal-interest-rate/other-cases:
              values:
                - {from: 2026-01-01, rate: "2.62", source: "arrêté, JO"}
                - {from: 2026-07-01, rate: "3.00", source: "test value"}
            """
        let tables = try RateFileReader.read(text, file: Self.file, shipped: false)
        #expect(tables.count == 1)
        let series = try #require(tables.first)
        #expect(series.table == .legalInterestOtherCases)
        #expect(series.values.map(\.value) == [ExactDecimal("2.62"), ExactDecimal("3.00")])
        #expect(series.values.map { $0.origin?.line } == [4, 5])
        #expect(series.values.last?.source == "test value")
        #expect(series.knownThrough == CalendarDate("2026-12-31"))
        #expect(series.values.first?.origin?.description == "\(Self.file):4")
    }

    @Test func refusesAnUnknownTable() throws {
        let error = try #require(refusal("""
            legal-interest-rate/other-case:
              values: []
            """))
        #expect(error.origin?.description == "\(Self.file):1")
        #expect(error.field == "legal-interest-rate/other-case")
        #expect(error.reason.contains("no such rate table") && error.reason.contains("did you mean \"legal-interest-rate/other-cases\""))
    }

    @Test func refusesAnUnknownField() throws {
        let error = try #require(refusal("""
            legal-interest-rate/other-cases:
              values:
                - {from: 2026-07-01, rate: "3.00", source: "x", note: "y"}
            """))
        #expect(error.origin?.line == 3)
        #expect(error.field == "legal-interest-rate/other-cases.values[0].note")
        #expect(error.reason.contains("unknown field"))
        let tableField = try #require(refusal("""
            legal-interest-rate/other-cases:
              knownThrough: 2026-12-31
              values: []
            """))
        #expect(tableField.field == "legal-interest-rate/other-cases.knownThrough")
        #expect(tableField.reason.contains("unknown field"))
    }

    @Test func refusesABadDate() throws {
        let error = try #require(refusal("""
            legal-interest-rate/other-cases:
              values:
                - {from: 2026-02-30, rate: "3.00", source: "x"}
            """))
        #expect(error.origin?.description == "\(Self.file):3")
        #expect(error.field == "legal-interest-rate/other-cases.values[0].from")
        #expect(error.reason.contains("\"2026-02-30\" is not a calendar date"))
    }

    @Test func refusesARateThatIsNotAQuotedDecimal() throws {
        let notDecimal = try #require(refusal("""
            legal-interest-rate/other-cases:
              values:
                - {from: 2026-07-01, rate: "3,00", source: "x"}
            """))
        #expect(notDecimal.field == "legal-interest-rate/other-cases.values[0].rate")
        #expect(notDecimal.reason.contains("\"3,00\" is not a decimal number"))
        let unquoted = try #require(refusal("""
            legal-interest-rate/other-cases:
              values:
                - {from: 2026-07-01, rate: 3.00, source: "x"}
            """))
        #expect(unquoted.field == "legal-interest-rate/other-cases.values[0].rate")
        #expect(unquoted.reason.contains("in quotes"))
    }

    @Test func listsEveryMissingField() throws {
        let error = try #require(refusal("""
            legal-interest-rate/other-cases:
              values:
                - {rate: "3.00"}
            """))
        #expect(error.origin?.line == 3)
        #expect(error.field == "legal-interest-rate/other-cases.values[0]")
        #expect(error.reason == "required fields missing: from, source")
    }

    @Test func refusesValuesOutOfOrderTwiceOrWithAGap() throws {
        let outOfOrder = try #require(refusal("""
            legal-interest-rate/other-cases:
              values:
                - {from: 2026-07-01, rate: "3.00", source: "x"}
                - {from: 2026-01-01, rate: "2.62", source: "y"}
            """))
        #expect(outOfOrder.origin?.description == "\(Self.file):4")
        #expect(outOfOrder.field == "legal-interest-rate/other-cases.values[1].from")
        #expect(outOfOrder.reason.contains("out of date order") && outOfOrder.reason.contains("\(Self.file):3"))
        let twice = try #require(refusal("""
            legal-interest-rate/other-cases:
              values:
                - {from: 2026-07-01, rate: "3.00", source: "x"}
                - {from: 2026-07-01, rate: "3.10", source: "y"}
            """))
        #expect(twice.origin?.line == 4)
        #expect(twice.reason.contains("given twice"))
        let gap = try #require(refusal("""
            legal-interest-rate/other-cases:
              values:
                - {from: 2026-01-01, rate: "2.62", source: "x"}
                - {from: 2027-01-01, rate: "3.10", source: "y"}
            """))
        #expect(gap.origin?.line == 4)
        #expect(gap.reason.contains("the half-year from 2026-07-01 is missing"))
        let misaligned = try #require(refusal("""
            legal-interest-rate/other-cases:
              values:
                - {from: 2026-08-01, rate: "2.62", source: "x"}
            """))
        #expect(misaligned.field == "legal-interest-rate/other-cases.values[0].from")
        #expect(misaligned.reason.contains("does not start a half-year"))
    }

    @Test func refusesOverlappingVATRates() throws {
        let error = try #require(refusal("""
            vat/metropolitan-france:
              values:
                - {from: 2014-01-01, rate: "20", name: taux normal, source: "CGI art. 278"}
                - {from: 2027-01-01, rate: "21", name: taux normal, source: "test"}
            """))
        #expect(error.origin?.description == "\(Self.file):4")
        #expect(error.field == "vat/metropolitan-france.values[1].from")
        #expect(error.reason.contains("overlaps the one from 2014-01-01") && error.reason.contains("through: 2026-12-31"))
    }

    @Test func refusesADecisionTableCheckedBeforeItsLastDecision() throws {
        let error = try #require(refusal("""
            ecb-main-refinancing-rate:
              knownThrough: 2026-01-01
              values:
                - {from: 2026-03-01, rate: "2.00", source: "x"}
            """))
        #expect(error.origin?.line == 2)
        #expect(error.field == "ecb-main-refinancing-rate.knownThrough")
        #expect(error.reason.contains("before the last decision"))
    }

    @Test func refusesTextThatIsNotAMappingOfTables() throws {
        let error = try #require(refusal("- 1\n- 2\n"))
        #expect(error.reason.contains("expected a mapping of tables"))
    }
}
