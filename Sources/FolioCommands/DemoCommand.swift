import ArgumentParser
import FolioDocuments
import Foundation

/// `folio demo`: every example issued through a fresh ledger in date order, and written as documents
/// into the output folder.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Issue the whole example set through a fresh demo ledger, in date order, and write every document in French and English.",
        discussion: """
            The examples of every company (examples/orders, examples/companies, examples/seeds) are \
            issued in date order into a new ledger, OUTPUT/demo-ledger/ledger.sqlite (the previous \
            demo ledger is replaced; no other ledger is touched), so every series is chronological and \
            every reference — a credit note's invoice, a balance invoice's deposits — is a real number \
            of that ledger. Each document is also written as OUTPUT/NAME.fr.pdf (the issued PDF) and \
            NAME.en.pdf (its English rendering with the same number); an invoice, deposit invoice or \
            credit note is a Factur-X PDF, with its XML beside it as NAME.cii.xml and NAME.ubl.xml (and NAME.xrechnung.xml for a German seller). Then a reminder and a formal \
            notice from the ledger, and every terms version. Any example refused stops the demo.
            Examples:
              folio demo --output out
              folio ledger list --ledger out/demo-ledger/ledger.sqlite
              folio ledger verify --ledger out/demo-ledger/ledger.sqlite
            """)

    @Option(help: "Folder of the examples (company/, companies/, orders/, seeds/).")
    var examples = "examples"

    @Option(help: "Folder to write into.")
    var output = "out"

    @Option(help: "A folder of test certificates (seller.pem, seller.key, ca.pem, as scripts/make-test-certificates.sh writes them): the example company then signs its quotes and invoices.")
    var signing: String?

    /// The example company; with --signing, signing its quotes, invoices, deposit invoices and credit notes
    /// with the test certificates (the block is part of the profile the ledger records, so verify --rerender works).
    private func mainCompany() throws -> Company {
        let file = "\(examples)/company/profile.yaml"
        guard let signing else { return try Company.load(file) }
        let folder = URL(fileURLWithPath: signing).standardizedFileURL.path
        for name in ["seller.pem", "seller.key", "ca.pem"] where !FileManager.default.fileExists(atPath: "\(folder)/\(name)") {
            throw InputError(source: "\(folder)/\(name)", field: "--signing", "no such file: make the test certificates with scripts/make-test-certificates.sh \(signing)")
        }
        let text = try TextFile.read(path: file, kind: .profile) + """

            signing:
              certificate: "\(folder)/seller.pem"
              chain: ["\(folder)/ca.pem"]
              privateKey: "\(folder)/seller.key"
              documents: [quote, invoice, deposit-invoice, credit-note]

            """
        return try Company(profileText: text, folder: URL(fileURLWithPath: file).deletingLastPathComponent().standardizedFileURL,
                           name: file, allowingPathsOutside: true)  // the test certificates of --signing, elsewhere
    }

    /// An example order to issue, with its company and where its documents go.
    struct Example {
        let path: String
        let input: OrderInput
        let company: Company
        let directory: String
        let printTotals: Bool
    }

    mutating func run() throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let main = try mainCompany()
        // The examples of other sellers (a sole trader under the franchise, a company in Martinique) have their own profile.
        var companies = [main.profile.ledgerKey: main]
        let others = "\(examples)/companies"
        for folder in (try? FileManager.default.contentsOfDirectory(atPath: others))?.sorted() ?? [] {
            let company = try Company.load("\(others)/\(folder)/profile.yaml", engine: main.engine)
            companies[company.profile.ledgerKey] = company
        }
        var examples = try orders(in: "\(self.examples)/orders", companies: companies, main: main, into: output, printTotals: true)
        var seedCompanies: [(String, Company)] = []
        let seeds = "\(self.examples)/seeds"
        for seed in (try? FileManager.default.contentsOfDirectory(atPath: seeds))?.sorted() ?? [] {
            let profile = "\(seeds)/\(seed)/profile.yaml"
            guard FileManager.default.fileExists(atPath: profile) else { continue }
            let company = try Company.load(profile, engine: main.engine)
            seedCompanies.append((seed, company))
            examples += try orders(in: "\(seeds)/\(seed)/orders", companies: [company.profile.ledgerKey: company], main: company,
                                   into: "\(output)/seeds/\(seed)", printTotals: false)
        }
        let ledger = try freshLedger()
        var written = try issue(examples, into: ledger)
        written += try notices(company: main, ledger: ledger)
        written += try terms(of: main, into: "\(output)/terms")
        for (seed, company) in seedCompanies {
            written += try terms(of: company, into: "\(output)/seeds/\(seed)", onlyOwn: true)
            written += try contractNotices(of: company, seed: "\(seeds)/\(seed)", ledger: ledger, into: "\(output)/seeds/\(seed)/contracts")
        }
        print("\(written) documents written to \(output)/; the demo ledger: \(ledger.path)")
    }

    /// A new, empty demo ledger in the output folder (the previous demo's is removed).
    private func freshLedger() throws -> Ledger {
        let folder = URL(fileURLWithPath: output).appendingPathComponent("demo-ledger")
        if FileManager.default.fileExists(atPath: folder.path) { try FileManager.default.removeItem(at: folder) }
        return try Ledger(path: folder.appendingPathComponent("ledger.sqlite").path)
    }

    /// The example orders of a folder, each with the company that sells it (its seller, else `main`).
    private func orders(in folder: String, companies: [String: Company], main: Company, into directory: String,
                        printTotals: Bool) throws -> [Example] {
        let files = try OrderFiles.expand([folder])
        guard !files.isEmpty else { throw InputError(source: folder, "no example orders (.yaml, .json)") }
        return try files.map { path in
            let input = try OrderInput(file: path)
            let key = input.order.seller.map { $0.companyKey } ?? main.profile.ledgerKey
            guard let key, let company = companies[key] else {
                throw InputError(source: path, field: "seller.siren", "no example company profile for \(input.order.seller?.name ?? "")")
            }
            return Example(path: path, input: input, company: company, directory: directory, printTotals: printTotals)
        }
    }

    /// Issues every example in date order (quotes, then deposit invoices, invoices and credit notes of
    /// a day), records the acceptance of each quote an invoice was made from, and writes each document
    /// in the seller's legal language (the issued PDF: French, German) and in English.
    private func issue(_ examples: [Example], into ledger: Ledger) throws -> Int {
        let rank: [Order.Kind: Int] = [.quote: 0, .depositInvoice: 1, .invoice: 2, .creditNote: 3]
        let ordered = examples.enumerated().sorted { first, second in
            let a = first.element.input.order, b = second.element.input.order
            return (a.date, rank[a.kind] ?? 9, first.offset) < (b.date, rank[b.kind] ?? 9, second.offset)
        }.map(\.element)
        var written = 0
        for example in ordered {
            let company = example.company, order = example.input.order
            if let quote = order.quote, order.kind != .quote {
                try acceptOnce(quote.number, company: company, on: order.date, in: ledger)
            }
            let legal = company.profile.law.legalLanguage
            let issued = try company.issue(example.input, language: legal, into: ledger)
            let file = (example.path as NSString).lastPathComponent
            let name = (file as NSString).deletingPathExtension
            // The order as it was computed for issuing (an order document always carries it).
            let computed = try issued.document.facts.computed ?? company.compute(example.input)
            if example.printTotals {
                print(TotalsTable.render(computed, name: "\(file), issued as \(issued.record.number)"))
                print("\n" + String(repeating: "═", count: 78) + "\n")
            }
            try AtomicFile.write(Data(try JSONText.of(TotalsReport(computed)).utf8), to: "\(example.directory)/\(name).totals.json")
            try write(issued.document, to: "\(example.directory)/\(name).\(legal.rawValue).pdf")
            // An e-invoice's XML in both syntaxes beside it: the CII the PDF embeds, and UBL 2.1; a
            // German seller's also as the XRechnung German public buyers take.
            let germanSeller = Jurisdiction(sellerCountry: company.profile.address.country) == .germany
            for format in EInvoiceFormat.allCases where issued.document.eInvoice != nil && (format != .xrechnung || germanSeller) {
                try issued.writeEInvoice(format, to: "\(example.directory)/\(name).\(format.rawValue).xml")
            }
            try write(company.render(computed, language: .english, number: issued.record.number), to: "\(example.directory)/\(name).en.pdf")
            written += 2
        }
        return written
    }

    /// Records that a quote was accepted, once, on the day of the first invoice made from it.
    private func acceptOnce(_ number: String, company: Company, on date: CalendarDate, in ledger: Ledger) throws {
        let siren = company.profile.ledgerKey
        guard try ledger.document(number: number, company: siren)?.kind == .quote,
              try !ledger.decisions(company: siren).contains(where: { $0.number == number }) else { return }
        _ = try ledger.decide(quote: number, .accepted, on: date, late: true, company: siren)
    }

    /// A reminder and a formal notice from the ledger for the first invoice, recorded in French, with their English rendering.
    private func notices(company: Company, ledger: Ledger) throws -> Int {
        let siren = company.profile.ledgerKey
        guard let first = try ledger.documents(company: siren, kinds: [.invoice]).first else { return 0 }
        var written = 0
        for (kind, at) in [(NoticeKind.reminder, CalendarDate(year: 2026, month: 5, day: 20)),
                           (.formalNotice, CalendarDate(year: 2026, month: 6, day: 22))] {
            guard let at, let due = try RecordedOrders(rates: company.rates).computed(first).dueDate, at > due else { continue }
            let sent = try company.notice(kind, invoice: first.number, in: ledger, on: at, language: .french)
            try write(sent.document, to: "\(output)/\(first.number).\(kind.rawValue).fr.pdf")
            try write(company.previewNotice(kind, invoice: first.number, in: ledger, on: at, language: .english),
                      to: "\(output)/\(first.number).\(kind.rawValue).en.pdf")
            written += 2
        }
        return written
    }

    /// The worked examples of a seed's contracts: each notice of ``contractLetters`` whose contract
    /// file the seed has, recorded in French, with its English rendering.
    private func contractNotices(of company: Company, seed: String, ledger: Ledger, into directory: String) throws -> Int {
        var written = 0
        for letter in Self.contractLetters {
            let path = "\(seed)/contracts/\(letter.file)"
            guard FileManager.default.fileExists(atPath: path), let date = CalendarDate(letter.at) else { continue }
            let request: ContractNoticeRequest = switch letter.kind {
            case .terminationAcknowledgement: .terminationAcknowledgement(received: letter.received.flatMap(CalendarDate.init) ?? date, informedOn: nil)
            case .nonRenewal: .nonRenewal
            case .renewalInformation: .renewalInformation
            case .suspension: .suspension
            case .priceRevision: .priceRevision(newIndex: letter.index.flatMap(ExactDecimal.init) ?? 1, newMonth: letter.month, applies: nil)
            }
            let contract = try ContractFile(path: path)
            let name = "\(contract.contract.reference).\(letter.kind.rawValue).\(date)"
            _ = try company.contractNotice(request, contract: contract, in: ledger, on: date, language: .french,
                                           output: "\(directory)/\(name).fr.pdf")
            try write(company.previewContractNotice(request, contract: contract, in: ledger, on: date, language: .english).1,
                      to: "\(directory)/\(name).en.pdf")
            written += 2
        }
        return written
    }

    /// Seed 003's contracts as worked examples (examples/seeds/003-…/README.md): the SYNTEC revision
    /// at the maintenance contract's anniversary (S1 = 303.1, as its invoice 01), a suspension after
    /// that invoice went unpaid, its non-renewal before the next deadline; both subscriptions
    /// terminated; the consumer's renewal information.
    private static let contractLetters: [(file: String, at: String, kind: ContractNotice.Kind, received: String?, index: String?, month: String?)] = [
        ("maintenance-2025.yaml", "2026-04-20", .priceRevision, nil, "303.1", "2026-03"),
        ("maintenance-2025.yaml", "2026-06-15", .suspension, nil, nil, nil),
        ("maintenance-2025.yaml", "2027-01-15", .nonRenewal, nil, nil, nil),
        ("subscription-monthly.yaml", "2026-11-02", .terminationAcknowledgement, "2026-10-31", nil, nil),
        ("subscription-annual.yaml", "2026-11-27", .terminationAcknowledgement, "2026-11-27", nil, nil),
        ("consumer-annual.yaml", "2026-11-27", .renewalInformation, nil, nil, nil),
    ]

    /// Every version of every terms document, in the legal language (French, German), English and side by side.
    private func terms(of company: Company, into directory: String, onlyOwn: Bool = false) throws -> Int {
        var written = 0
        for name in company.termsDocuments {
            if onlyOwn, name != company.profile.defaultTerms { continue }
            for version in try company.versions(of: name) {
                let legal = company.profile.law.legalLanguage
                for (lang, languages) in [(legal.rawValue, [legal]), ("en", [.english]), ("\(legal.rawValue)+en", [legal, .english])] {
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
