import FolioCore
import Foundation
import Testing

/// Every official EN 16931 CII sample: the core recomputes exactly the totals and VAT breakdown it states.
@Suite("EN 16931 official samples")
struct EN16931SampleTests {
    static let samples: [URL] = {
        let folder = TestPaths.shared.appendingPathComponent("en16931/examples")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "xml" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }()

    @Test func samplesArePresent() {
        #expect(Self.samples.count >= 7, "expected the official samples in \(TestPaths.shared.path)/en16931/examples")
    }

    @Test(arguments: samples)
    func totalsMatchTheSample(_ url: URL) throws {
        let sample = try CIISample.read(url)
        let totals = try TotalsCalculator.totals(of: sample.content)
        let computed: [String: ExactDecimal] = [
            "BT-106": totals.lineTotal.amount, "BT-107": totals.allowanceTotal.amount,
            "BT-108": totals.chargeTotal.amount, "BT-109": totals.taxExclusiveTotal.amount,
            "BT-110": totals.taxTotal.amount, "BT-112": totals.grandTotal.amount,
            "BT-113": totals.paidAmount.amount, "BT-114": totals.roundingAmount.amount,
            "BT-115": totals.amountDue.amount,
        ]
        for term in computed.keys.sorted() {
            #expect(computed[term] == sample.stated[term], "\(sample.name) \(term)")
        }
        let breakdown = Set(totals.vatBreakdown.map { "\($0.vat) \($0.taxableAmount.amount) \($0.taxAmount.amount)" })
        let normalise = { (set: Set<String>) in Set(set.map { $0.split(separator: " ").map { ExactDecimal($0)?.normalized.description ?? String($0) }.joined(separator: " ") }) }
        #expect(normalise(breakdown) == normalise(sample.statedBreakdown), "\(sample.name) VAT breakdown")
        for item in sample.percentAdjustments {
            let core = AllowanceCharge.allowance(.percent(item.percent, base: item.base)).amount(defaultBase: .zero, places: 2)
            #expect(core == item.amount, "\(sample.name): \(item.percent) % of \(item.base)")
        }
    }
}
