import ArgumentParser
import FolioCore
import FolioTemplates
import Foundation

/// `folio demo`: every example computed and written as documents into the output folder.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Render the whole example set: every example order as its document in French and English, notices, every terms version, the seed companies, the specimens.",
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
        let main = try CompanySetup.load("\(examples)/company/profile.yaml")
        // The examples of other sellers (a sole trader under the franchise, a company in Martinique) have their own profile.
        var companies = [main.profile.siren: main]
        let others = "\(examples)/companies"
        for folder in (try? FileManager.default.contentsOfDirectory(atPath: others))?.sorted() ?? [] {
            let company = try CompanySetup.load("\(others)/\(folder)/profile.yaml", typesetter: main.typesetter)
            companies[company.profile.siren] = company
        }
        written += try orders(in: "\(examples)/orders", companies: companies, into: output, printTotals: true)
        written += try notices(company: main)
        written += try terms(of: main, into: "\(output)/terms")
        let seeds = "\(examples)/seeds"
        for seed in (try? FileManager.default.contentsOfDirectory(atPath: seeds))?.sorted() ?? [] {
            let profile = "\(seeds)/\(seed)/profile.yaml"
            guard FileManager.default.fileExists(atPath: profile) else { continue }
            let company = try CompanySetup.load(profile, typesetter: main.typesetter)
            written += try orders(in: "\(seeds)/\(seed)/orders", companies: [company.profile.siren: company], into: "\(output)/seeds/\(seed)", printTotals: false)
            written += try terms(of: company, into: "\(output)/seeds/\(seed)", onlyOwn: true)
        }
        for specimen in try SpecimenPDFs.write(to: output, typesetter: main.typesetter) {
            print("Typeset \(specimen.file) (\(specimen.pages) pages)")
            written += 1
        }
        print("\(written) documents written to \(output)/")
    }

    /// Each order as its document in French and English, with its totals as JSON.
    private func orders(in folder: String, companies: [SIREN: CompanySetup], into directory: String, printTotals: Bool) throws -> Int {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
            .sorted()
        guard !files.isEmpty else { throw InputFailure("\(folder): no example orders (.yaml, .json)") }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var numbering: [SIREN: DemoNumbering] = [:]
        var written = 0
        for file in files {
            let path = "\(folder)/\(file)"
            // The seller decides the company, whose rules the order is then computed under.
            let order = try OrderLoading.read(file: path)
            guard let siren = order.seller.siren, let company = companies[siren] else {
                throw InputFailure("\(path): seller.siren: no example company profile for \(order.seller.name)")
            }
            let computed = try company.compute(order, file: path)
            let name = (file as NSString).deletingPathExtension
            if printTotals {
                print(TotalsTable.render(computed, name: file))
                print("\n" + String(repeating: "═", count: 78) + "\n")
            }
            try AtomicFile.write(Data(try OrderLoading.json(TotalsReport(computed)).utf8), to: "\(directory)/\(name).totals.json")
            let number = try numbering[siren, default: DemoNumbering(profile: company.profile)].next(computed.order)
            for language in DocumentLanguage.allCases {
                let composed = try DocumentWriting.orderDocument(computed, company: company, language: language, number: number)
                try write(composed, company: company, to: "\(directory)/\(name).\(language.rawValue).pdf")
                written += 1
            }
        }
        return written
    }

    /// A reminder and a formal notice for the first example invoice, in both languages.
    private func notices(company: CompanySetup) throws -> Int {
        let order = "\(examples)/orders/01-domestic-several-rates.yaml"
        guard FileManager.default.fileExists(atPath: order) else { return 0 }
        var written = 0
        for (kind, at) in [(NoticeCommand.Kind.reminder, CalendarDate(year: 2026, month: 5, day: 20)),
                           (.formalNotice, CalendarDate(year: 2026, month: 6, day: 22))] {
            guard let at else { continue }
            for language in DocumentLanguage.allCases {
                let composed = try NoticeCommand.compose(kind, orderFile: order, on: at, deadlineDays: kind.defaultDeadlineDays,
                                                         unpaid: nil, number: "F-2026-0001", language: language, company: company)
                try write(composed, company: company, to: "\(output)/01-domestic-several-rates.\(kind.rawValue).\(language.rawValue).pdf")
                written += 1
            }
        }
        return written
    }

    /// Every version of every terms document, in French, English and side by side.
    private func terms(of company: CompanySetup, into directory: String, onlyOwn: Bool = false) throws -> Int {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var written = 0
        for name in company.catalog.names where name.hasPrefix("terms/") {
            if onlyOwn, name != company.profile.defaultTerms { continue }
            for version in try company.catalog.versions(of: name) {
                for (lang, languages) in [("fr", [DocumentLanguage.french]), ("en", [.english]), ("fr+en", [.french, .english])] {
                    let slug = name.replacingOccurrences(of: "/", with: "-")
                    let (composed, _) = try TermsCommand.Show.compose(name, at: version.effective, languages: languages, company: company)
                    try write(composed, company: company, to: "\(directory)/\(slug)-\(version.effective).\(lang).pdf")
                    written += 1
                }
            }
        }
        return written
    }

    private func write(_ composed: DocumentComposer.Composed, company: CompanySetup, to path: String) throws {
        let pages = try DocumentWriting.write(composed, typesetter: company.typesetter, to: path)
        print("Wrote \(path) (\(pages) page\(pages == 1 ? "" : "s"))")
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

/// Writes a whole file or nothing: to a temporary file beside it, then renamed into place.
enum AtomicFile {
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try data.write(to: temporary)
        if rename(temporary.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw InputFailure("cannot write \(path)")
        }
    }
}
