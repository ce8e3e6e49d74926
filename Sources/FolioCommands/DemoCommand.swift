import ArgumentParser
import FolioDocuments
import Foundation

/// `folio demo`: every example computed and written as documents into the output folder.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Render the whole example set: every example order as its document in French and English, notices, every terms version, the seed companies.",
        discussion: """
            Demo documents are numbered in each company's series (F-2026-0001…) in file order; the \
            ledger will assign real numbers. Any example that fails stops the demo with its error.
            """)

    @Option(help: "Folder of the examples (company/, orders/, seeds/).")
    var examples = "examples"

    @Option(help: "Folder to write into.")
    var output = "out"

    mutating func run() throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        var written = 0
        let main = try Company.load("\(examples)/company/profile.yaml")
        // The examples of other sellers (a sole trader under the franchise, a company in Martinique) have their own profile.
        var companies = [main.profile.siren: main]
        let others = "\(examples)/companies"
        for folder in (try? FileManager.default.contentsOfDirectory(atPath: others))?.sorted() ?? [] {
            let company = try Company.load("\(others)/\(folder)/profile.yaml", engine: main.engine)
            companies[company.profile.siren] = company
        }
        written += try orders(in: "\(examples)/orders", companies: companies, main: main, into: output, printTotals: true)
        written += try notices(company: main)
        written += try terms(of: main, into: "\(output)/terms")
        let seeds = "\(examples)/seeds"
        for seed in (try? FileManager.default.contentsOfDirectory(atPath: seeds))?.sorted() ?? [] {
            let profile = "\(seeds)/\(seed)/profile.yaml"
            guard FileManager.default.fileExists(atPath: profile) else { continue }
            let company = try Company.load(profile, engine: main.engine)
            written += try orders(in: "\(seeds)/\(seed)/orders", companies: [company.profile.siren: company], main: company,
                                  into: "\(output)/seeds/\(seed)", printTotals: false)
            written += try terms(of: company, into: "\(output)/seeds/\(seed)", onlyOwn: true)
        }
        print("\(written) documents written to \(output)/")
    }

    /// Each order as its document in French and English, with its totals as JSON; an order without
    /// a seller is `main`'s.
    private func orders(in folder: String, companies: [SIREN: Company], main: Company, into directory: String,
                        printTotals: Bool) throws -> Int {
        let files = try OrderFiles.expand([folder])
        guard !files.isEmpty else { throw InputError(source: folder, "no example orders (.yaml, .json)") }
        var numbering: [SIREN: DemoNumbering] = [:]
        var written = 0
        for path in files {
            // The seller decides the company, whose rules the order is then computed under.
            let input = try OrderInput(file: path)
            let siren = input.order.seller.map { $0.siren } ?? main.profile.siren
            guard let siren, let company = companies[siren] else {
                throw InputError(source: path, field: "seller.siren", "no example company profile for \(input.order.seller?.name ?? "")")
            }
            let computed = try company.compute(input)
            let file = (path as NSString).lastPathComponent
            let name = (file as NSString).deletingPathExtension
            if printTotals {
                print(TotalsTable.render(computed, name: file))
                print("\n" + String(repeating: "═", count: 78) + "\n")
            }
            try AtomicFile.write(Data(try JSONText.of(TotalsReport(computed)).utf8), to: "\(directory)/\(name).totals.json")
            let number = try numbering[siren, default: DemoNumbering(profile: company.profile)].next(computed.order)
            for language in DocumentLanguage.allCases {
                try write(company.render(computed, language: language, number: number), to: "\(directory)/\(name).\(language.rawValue).pdf")
                written += 1
            }
        }
        return written
    }

    /// A reminder and a formal notice for the first example invoice, in both languages.
    private func notices(company: Company) throws -> Int {
        let order = "\(examples)/orders/01-domestic-several-rates.yaml"
        guard FileManager.default.fileExists(atPath: order) else { return 0 }
        let input = try OrderInput(file: order)
        var written = 0
        for (kind, at) in [(NoticeKind.reminder, CalendarDate(year: 2026, month: 5, day: 20)),
                           (.formalNotice, CalendarDate(year: 2026, month: 6, day: 22))] {
            guard let at else { continue }
            for language in DocumentLanguage.allCases {
                let letter = try company.notice(kind, for: input, number: "F-2026-0001", on: at, language: language)
                try write(letter, to: "\(output)/01-domestic-several-rates.\(kind.rawValue).\(language.rawValue).pdf")
                written += 1
            }
        }
        return written
    }

    /// Every version of every terms document, in French, English and side by side.
    private func terms(of company: Company, into directory: String, onlyOwn: Bool = false) throws -> Int {
        var written = 0
        for name in company.termsDocuments {
            if onlyOwn, name != company.profile.defaultTerms { continue }
            for version in try company.versions(of: name) {
                for (lang, languages) in [("fr", [DocumentLanguage.french]), ("en", [.english]), ("fr+en", [.french, .english])] {
                    let slug = name.replacingOccurrences(of: "/", with: "-")
                    let terms = try company.terms(name, at: version.effective, languages: languages)
                    try write(terms, to: "\(directory)/\(slug)-\(version.effective).\(lang).pdf")
                    written += 1
                }
            }
        }
        return written
    }

    private func write(_ document: RenderedDocument, to path: String) throws {
        try document.write(to: path)
        print("Wrote \(path) (\(pages(document.pageCount)))")
    }
}

/// Demo numbers in each series, in file order: F-2026-0001, F-2026-0002, D-2026-0001…
struct DemoNumbering {
    let profile: CompanyProfile
    private var counters: [String: Int] = [:]

    init(profile: CompanyProfile) {
        self.profile = profile
    }

    mutating func next(_ order: Order) throws -> String {
        let series = try profile.numberingSeries(kind: order.kind.rawValue)
        let key = "\(series.name) \(series.period(of: order.date))"
        counters[key, default: 0] += 1
        return try series.pattern.number(sequence: counters[key] ?? 1, on: order.date)
    }
}
