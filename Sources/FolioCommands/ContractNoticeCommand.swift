import ArgumentParser
import FolioDocuments
import Foundation

extension ContractCommand {
    /// `folio contract notice KIND FILE --at DATE`: a letter about a contract, recorded in the ledger.
    struct Notice: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "notice",
            abstract: "Write a contract notice: termination acknowledged, non-renewal, renewal information, suspension, price revision.",
            discussion: """
                The dates come from the contract file: the end a termination request received on \
                --received leads to, the anniversary a non-renewal must reach before its deadline \
                (refused once passed), a consumer's renewal information within three months to one \
                month before the last day to refuse (C. consom. L215-1), a suspension after the \
                contract's notice citing its invoices unpaid in the ledger, new prices by \
                P1 = P0 x S1 / S0 from --index-value. The letter is recorded in the ledger with \
                its PDF (in contracts/ beside the ledger's documents); --preview writes it only.
                Examples:
                  folio contract notice non-renewal maintenance.yaml --at 2026-02-10
                  folio contract notice termination-acknowledgement sub.yaml \\
                      --received 2026-01-31 --at 2026-02-02
                  folio contract notice price-revision maintenance.yaml \\
                      --index-value 303.1 --index-month 2026-03 --at 2026-04-20
                  folio contract notice suspension maintenance.yaml --preview
                """)

        @Argument(help: "The notice to write.")
        var kind: ContractNotice.Kind

        @Argument(help: "The contract file, YAML or JSON.")
        var file: String

        @Option(help: "The letter's date, YYYY-MM-DD (default: today).")
        var at: String?

        @Option(help: "termination-acknowledgement: the day the client's request was received.")
        var received: String?

        @Option(help: "termination-acknowledgement, a consumer: the day the L215-1 information of the last renewal was sent outside Folio (default: as the ledger records it).")
        var informedOn: String?

        @Option(help: "price-revision: S1, the index's latest published value (e.g. 303.1).")
        var indexValue: String?

        @Option(help: "price-revision: the month of S1, as published (e.g. 2026-03).")
        var indexMonth: String?

        @Option(help: "price-revision: the day the new prices apply (default: the next yearly anniversary).")
        var applies: String?

        @Option(help: "The ledger (default: $FOLIO_LEDGER, else out/folio-ledger.sqlite).")
        var ledger: String?

        @Flag(help: "Write the letter without recording it (to --output, default out/FILE.KIND.DATE.LANG.pdf).")
        var preview = false

        @OptionGroup var options: DocumentOptions

        @Flag(inversion: .prefixedNo, help: "Sign the letter with the profile's certificate (PAdES); letters are not signed by default.")
        var sign = false

        mutating func validate() throws {
            if received != nil || informedOn != nil, kind != .terminationAcknowledgement {
                throw ValidationError("--received and --informed-on go with termination-acknowledgement")
            }
            if kind != .priceRevision, indexValue != nil || indexMonth != nil || applies != nil {
                throw ValidationError("--index-value, --index-month and --applies go with price-revision")
            }
            if let indexMonth, indexMonth.wholeMatch(of: /[0-9]{4}-(0[1-9]|1[0-2])/) == nil {
                throw ValidationError("--index-month: \"\(indexMonth)\" is not a month (YYYY-MM)")
            }
        }

        /// The request the options make, or the option missing.
        private func request() throws -> ContractNoticeRequest {
            switch kind {
            case .terminationAcknowledgement:
                guard let day = try CalendarDate.option(received, "--received") else {
                    throw ValidationError("termination-acknowledgement needs --received, the day the client's request was received")
                }
                return .terminationAcknowledgement(received: day, informedOn: try CalendarDate.option(informedOn, "--informed-on"))
            case .nonRenewal: return .nonRenewal
            case .renewalInformation: return .renewalInformation
            case .suspension: return .suspension
            case .priceRevision:
                guard let indexValue else { throw ValidationError("price-revision needs --index-value, S1: the index's latest published value") }
                guard let value = ExactDecimal(indexValue), value > .zero else {
                    throw ValidationError("--index-value: \"\(indexValue)\" is not a positive number (write it with a dot: 303.1)")
                }
                return .priceRevision(newIndex: value, newMonth: indexMonth, applies: try CalendarDate.option(applies, "--applies"))
            }
        }

        mutating func run() throws {
            let date = try CalendarDate.option(at, "--at") ?? .today()
            let request = try request()
            let contract = try ContractFile(path: file)
            let company = try Company.load(options.company)
            let language = try options.language(of: company)
            if preview {
                // The ledger, when there is one, tells the contract's recorded end and its unpaid invoices.
                let opened = try Ledger.ifAny(ledger)
                let (notice, document) = try company.previewContractNotice(request, contract: contract, in: opened, on: date, language: language)
                let path = options.output ?? DocumentOptions.defaultOutput(for: file, suffix: "\(kind.rawValue).\(date).\(language.rawValue)")
                let letter = try company.signed(document, choice: sign ? .sign : .doNotSign)
                try letter.write(to: path)
                print("Wrote \(path) (\(pages(letter.pageCount))), not recorded: \(Self.summary(notice))")
                return
            }
            let opened = try Ledger.named(ledger)
            let sent = try company.contractNotice(request, contract: contract, in: opened, on: date, language: language,
                                                  output: options.output, signing: sign ? .sign : .doNotSign)
            print("Wrote \(sent.record.file) (\(pages(sent.document.pageCount))): \(Self.summary(sent.notice)); recorded in \(opened.path)")
        }

        /// What the notice does, in a line.
        static func summary(_ notice: ContractNotice) -> String {
            let contract = "\(notice.kind.rawValue) of \(notice.contract.reference) (\(notice.contract.client.name))"
            switch notice.kind {
            case .terminationAcknowledgement:
                let free = notice.uninformedRenewal.map { " (L215-1 al. 2: renewed on \($0) without the information in time)" } ?? ""
                return "\(contract): request received on \(notice.received?.description ?? "?"), the contract's last day is \(notice.lastDay)\(free)"
            case .nonRenewal:
                return "\(contract): no renewal on \(notice.effective), the contract's last day is \(notice.lastDay), notice given by the deadline \(notice.deadline?.description ?? "?")"
            case .renewalInformation:
                let late = notice.informedLate ? "; sent after the L215-1 window, the consumer may end it at any time from \(notice.effective)" : ""
                return "\(contract): renews on \(notice.effective) unless refused by \(notice.deadline?.description ?? "?")\(late)"
            case .suspension:
                return "\(contract): services suspended from \(notice.effective), \(notice.unpaid.count) invoice\(notice.unpaid.count == 1 ? "" : "s") unpaid (\(notice.unpaid.map(\.number).joined(separator: ", ")))"
            case .priceRevision:
                guard let revision = notice.revision else { return contract }
                return "\(contract): from \(notice.effective), \(revision.totalBefore.amount) → \(revision.totalAfter.amount) \(revision.currency.code) (\(revision.index) \(revision.baseValue) → \(revision.newValue))"
            }
        }
    }
}

extension ContractNotice.Kind: ExpressibleByArgument {}
