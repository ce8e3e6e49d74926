import Testing
@testable import FolioRedline

@Suite("Word diff, semantic clean-up, assignment")
struct DiffTests {
    private func marked(_ old: String, _ new: String) -> String {
        let redline = TermsComparison.compare(
            TermsText(title: nil, preamble: nil, sections: [section("1", old)]),
            TermsText(title: nil, preamble: nil, sections: [section("1", new)]),
            old: RedlineVersion(name: "old"), new: RedlineVersion(name: "new"))
        return redline.articles[0].paragraphs.flatMap(\.spans).map { span in
            switch span.kind {
            case .kept: return span.text
            case .deleted: return "[-\(span.text)-]"
            case .inserted: return "{+\(span.text)+}"
            }
        }.joined()
    }

    private func section(_ number: String, _ text: String) -> TermsSection {
        TermsSection(number: number, title: "Payment", level: 1, parent: nil, paragraphs: [TermsParagraph(text)], label: number)
    }

    @Test("Myers: the shortest edit, kept runs around it")
    func shortestEdit() {
        let runs = TokenDiff.runs(old: [1, 2, 3, 4, 5], new: [1, 3, 4, 6, 5])
        #expect(runs.map(\.operation) == [.equal, .delete, .equal, .insert, .equal])
    }

    @Test("Texts too different for a bounded search are compared paragraph by paragraph; the edit script stays exact")
    func boundedSearch() {
        // Deterministic pseudo-random words, a paragraph break (0) every 40: 100 paragraphs deleted, 100 inserted,
        // 40 changed: more than 3 000 edits.
        var seed: UInt64 = 42
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) % 5000 + 1 }
        let paragraphs = (0..<300).map { _ in (0..<40).map { _ in next() } + [0] }
        let old = paragraphs.enumerated().filter { $0.offset % 3 != 1 }.flatMap(\.element)
        let new = paragraphs.enumerated().filter { $0.offset % 3 != 2 }
            .flatMap { paragraph in paragraph.offset % 5 == 0 ? paragraph.element.map { $0 == 0 ? 0 : $0 + 7 * ($0 % 2) } : paragraph.element }
        let runs = TokenDiff.runs(old: old, new: new, separator: 0)
        var rebuilt: [Int] = []
        for run in runs {
            switch run.operation {
            case .equal: #expect(Array(old[run.old]) == Array(new[run.new])); rebuilt += old[run.old]
            case .insert: rebuilt += new[run.new]
            case .delete: break
            }
        }
        #expect(rebuilt == new)
        #expect(runs.contains { $0.operation == .equal && $0.old.count > 1 })
    }

    @Test("A changed figure is one replacement, not digits")
    func figure() {
        #expect(marked("Invoices are payable within 30 days of their date.", "Invoices are payable within 45 days of their date.")
            == "Invoices are payable within [-30 days -]{+45 days +}of their date.")
    }

    @Test("Short kept words between two changes fold into one replacement")
    func semanticCleanup() {
        #expect(marked("After acceptance of the quote, the price is payable by the Client on delivery of the goods.",
                       "After acceptance of the quote, the sum is due from the buyer at delivery of the goods.")
            == "After acceptance of the quote, the [-price is payable by the Client on -]{+sum is due from the buyer at +}delivery of the goods.")
    }

    @Test("Optimal assignment beats greedy")
    func assignment() {
        // Greedy takes (0,0) = 0.9 then (1,1) = 0.1: total 1.0; the optimum is (0,1) + (1,0) = 1.6.
        let score = [[0.9, 0.8], [0.8, 0.1]]
        #expect(OptimalAssignment.maximising(score) == [1, 0])
        #expect(OptimalAssignment.maximising([[0.5], [0.7], [0.2]]) == [nil, 0, nil])
    }

    @Test("Headings read into number and title")
    func headings() {
        let cases: [(String, String?, String)] = [
            ("Article 3 — Prix", "3", "Prix"), ("4a. Electronic invoicing", "4a", "Electronic invoicing"),
            ("D.8 Pénalités", "D.8", "Pénalités"), ("3.2 Late payment", "3.2", "Late payment"),
            ("ARTICLE 2 - PRICES", "2", "PRICES"), ("Article 1er : Objet", "1", "Objet"),
            ("Scope of validity", nil, "Scope of validity"), ("14 days returns", nil, "14 days returns"),
            ("PART B – SERVICES", "B", "SERVICES"), ("4 bis. Facturation électronique", "4 bis", "Facturation électronique"),
            ("Article 7 ter — Retours", "7 ter", "Retours"), ("A. Definitions", "A", "Definitions"), ("IV. Liability", "IV", "Liability"),
        ]
        for (text, number, title) in cases {
            let heading = SectionHeading(text)
            #expect(heading.number == number && heading.title == title, "\(text) → \(heading)")
        }
    }
}
