import FolioCore
import Testing

@Suite("Exact decimals")
struct ExactDecimalTests {
    @Test func parsesOnlyPlainDecimals() {
        #expect(ExactDecimal("12.50")?.description == "12.50")
        #expect(ExactDecimal("-0.055")?.description == "-0.055")
        #expect(ExactDecimal("+3")?.description == "3")
        for bad in ["", "12abc", "1e3", ".5", "5.", "1,5", " 1", "1.2.3", "--1", "0x10"] {
            #expect(ExactDecimal(bad) == nil, "\(bad) should be refused")
        }
    }

    @Test func roundsHalfAwayFromZero() {
        #expect(d("1.005").rounded(toPlaces: 2) == d("1.01"))
        #expect(d("-1.005").rounded(toPlaces: 2) == d("-1.01"))
        #expect(d("365.125").rounded(toPlaces: 2) == d("365.13"))  // CII example 2, S 25 %
        #expect(d("2.4999").rounded(toPlaces: 0) == 2)
        #expect(d("7").rounded(toPlaces: 2).description == "7.00")
    }

    @Test func arithmeticIsExact() {
        #expect(d("0.1") + d("0.2") == d("0.3"))
        #expect((d("19.99") * 3).description == "59.97")
        #expect(d("100").divided(by: 3, toPlaces: 2) == d("33.33"))
        #expect(d("200").divided(by: 3, toPlaces: 2) == d("66.67"))
        #expect(d("1").divided(by: 0, toPlaces: 2) == nil)
        #expect(d("12.500") == d("12.5"))
        #expect(Set([d("12.500"), d("12.5")]).count == 1)
        #expect(d("-2") < d("1.5"))
    }
}
