import FolioCore
import FolioLedger
import FolioTemplates
import Foundation

/// The notice to send about a contract, with what only its sender knows.
public enum ContractNoticeRequest: Sendable, Hashable {
    /// The client's termination request, received on that day. For a consumer, `informedOn` is the
    /// day the L215-1 information of the last renewal was sent outside Folio (default: the ledger's).
    case terminationAcknowledgement(received: CalendarDate, informedOn: CalendarDate? = nil)
    case nonRenewal
    case renewalInformation
    /// Citing the contract's invoices of the ledger unpaid past their due date.
    case suspension
    /// S1, the index's latest value (and its month), and the day the new prices apply (default:
    /// the next yearly anniversary).
    case priceRevision(newIndex: ExactDecimal, newMonth: String?, applies: CalendarDate?)

    public var kind: ContractNotice.Kind {
        switch self {
        case .terminationAcknowledgement: .terminationAcknowledgement
        case .nonRenewal: .nonRenewal
        case .renewalInformation: .renewalInformation
        case .suspension: .suspension
        case .priceRevision: .priceRevision
        }
    }
}

/// A contract notice recorded in the ledger, and its rendering.
public struct SentContractNotice: Sendable {
    public let record: ContractNoticeRecord
    public let notice: ContractNotice
    public let document: RenderedDocument
}

extension Company {
    /// A notice about a contract, dated `date`, recorded in the ledger with its PDF (by default in
    /// the ledger's documents folder, `contracts/MC-2025-014.non-renewal.2026-02-10.pdf`). The
    /// ledger's earlier notices of the contract tell whether it already ends; a suspension cites
    /// the contract's invoices of the ledger unpaid past their due date on `date`.
    ///
    /// ```swift
    /// let contract = try ContractFile(path: "examples/seeds/003-baie-consulting-martinique/contracts/maintenance-2025.yaml")
    /// let sent = try company.contractNotice(.nonRenewal, contract: contract, in: ledger,
    ///                                       on: CalendarDate("2026-02-10")!, language: .french)
    /// sent.record.effective   // 2026-05-31
    /// ```
    ///
    /// - Throws: ``InputError`` naming the contract file and the reason when the contract or the
    ///   law does not allow the notice that day (a deadline passed, a window not open, nothing
    ///   unpaid…), or the same notice was already sent. Nothing is written then.
    public func contractNotice(_ request: ContractNoticeRequest, contract file: ContractFile, in ledger: Ledger,
                               on date: CalendarDate, language: DocumentLanguage, output: String? = nil,
                               signing: SigningChoice = .doNotSign) throws -> SentContractNotice {
        try checkContractLaw(file)
        let contract = file.contract
        let unpaid = request == .suspension ? try unpaidInvoices(of: contract, in: ledger, on: date) : []
        let path = output ?? URL(fileURLWithPath: ledger.documentsFolder).appendingPathComponent("contracts")
            .appendingPathComponent(Self.contractNoticeFile(contract.reference, request.kind, date)).path
        var sent: (ContractNotice, RenderedDocument)?
        do {
            let record = try ledger.recordContractNotice(company: profile.ledgerKey, contract: contract.reference, file: path) { earlier in
                // The same notice sent already is named as such, before the end it recorded refuses it.
                let unchecked = try Self.notice(request, contract, on: date, unpaid: unpaid, earlier: earlier, endsOn: nil)
                try earlier.refuseRepeat(of: unchecked.kind, effective: unchecked.effective)
                let notice = try Self.notice(request, contract, on: date, unpaid: unpaid, earlier: earlier, endsOn: earlier.recordedEnd)
                let document = try signed(try renderContractNotice(notice, language: language), choice: signing)
                sent = (notice, document)
                return (Self.record(of: notice, input: file.text, language: language), document.pdf)
            }
            guard let sent else { throw LedgerUnavailable("\(ledger.path): recorded a notice without rendering it") }
            return SentContractNotice(record: record, notice: sent.0, document: sent.1)
        } catch let violation as RuleViolation {
            throw InputError(source: file.path, violation.reason)
        }
    }

    /// The same letter as ``contractNotice(_:contract:in:on:language:output:signing:)``, rendered
    /// but not recorded: a preview, or a translation of a notice sent. Without a ledger, nothing
    /// recorded is known: no end, no unpaid invoice.
    public func previewContractNotice(_ request: ContractNoticeRequest, contract file: ContractFile, in ledger: Ledger?,
                                      on date: CalendarDate, language: DocumentLanguage) throws -> (ContractNotice, RenderedDocument) {
        try checkContractLaw(file)
        let contract = file.contract
        do {
            let unpaid = request == .suspension ? try ledger.map { try unpaidInvoices(of: contract, in: $0, on: date) } ?? [] : []
            // A translation of a notice sent: its own record does not end the contract before it.
            let earlier = try ledger?.contractNotices(company: profile.ledgerKey, contract: contract.reference)
                .filter { $0.kind != request.kind || $0.date != date } ?? []
            let notice = try Self.notice(request, contract, on: date, unpaid: unpaid, earlier: earlier, endsOn: earlier.recordedEnd)
            return (notice, try renderContractNotice(notice, language: language))
        } catch let violation as RuleViolation {
            throw InputError(source: file.path, violation.reason)
        }
    }

    /// `MC-2025-014.non-renewal.2026-02-10.pdf`.
    static func contractNoticeFile(_ reference: String, _ kind: ContractNotice.Kind, _ date: CalendarDate) -> String {
        "\(reference.replacingOccurrences(of: "/", with: "_")).\(kind.rawValue).\(date).pdf"
    }

    /// The notices follow French law (C. civ., C. consom. L215-1): a German seller has none yet.
    private func checkContractLaw(_ file: ContractFile) throws {
        guard profile.law.jurisdiction == .france else {
            throw InputError(source: file.path, "contract notices follow French law (C. civ. art. 1212, 1215, 1219; C. consom. L215-1); \(profile.legalName) sells under \(profile.law.jurisdiction) law, for which Folio writes none")
        }
    }

    /// The notice the core computes; `earlier`, the contract's notices of the ledger, tell when a
    /// consumer was informed of their last renewal.
    private static func notice(_ request: ContractNoticeRequest, _ contract: Contract, on date: CalendarDate, unpaid: [UnpaidInvoice],
                               earlier: [ContractNoticeRecord], endsOn: CalendarDate?) throws(RuleViolation) -> ContractNotice {
        switch request {
        case .terminationAcknowledgement(let received, let informedOn):
            let recorded = earlier.filter { $0.kind == .renewalInformation && $0.effective <= received }.max { $0.effective < $1.effective }
            return try .terminationAcknowledgement(contract, received: received, on: date, endsOn: endsOn, informedOn: informedOn ?? recorded?.date)
        case .nonRenewal: return try .nonRenewal(contract, on: date, endsOn: endsOn)
        case .renewalInformation: return try .renewalInformation(contract, on: date, endsOn: endsOn)
        case .suspension: return try .suspension(contract, on: date, unpaid: unpaid, endsOn: endsOn)
        case .priceRevision(let index, let month, let applies):
            return try .priceRevision(contract, on: date, newIndex: index, newMonth: month, applies: applies, endsOn: endsOn)
        }
    }

    private static func record(of notice: ContractNotice, input: String, language: DocumentLanguage) -> ContractNoticeRecord {
        ContractNoticeRecord(company: "", contract: notice.contract.reference, client: notice.contract.client.name, kind: notice.kind,
                             date: notice.date, effective: notice.effective, received: notice.received, deadline: notice.deadline,
                             invoices: notice.unpaid.isEmpty ? nil : notice.unpaid.map(\.number).joined(separator: " "),
                             indexValue: notice.revision?.newValue, currency: notice.revision?.currency.code,
                             priceBefore: notice.revision?.totalBefore.amount, priceAfter: notice.revision?.totalAfter.amount,
                             language: language.rawValue, input: input)
    }

    /// The contract's invoices of the ledger still unpaid past their due date on `date`: those
    /// citing the contract (BT-12), and those to its client citing no contract.
    func unpaidInvoices(of contract: Contract, in ledger: Ledger, on date: CalendarDate) throws -> [UnpaidInvoice] {
        let orders = RecordedOrders(rates: rates)
        let documents = try ledger.documents(company: profile.ledgerKey, kinds: [.invoice, .depositInvoice], through: date).filter { document in
            // Only the invoices whose recorded input names the contract or its client are computed again.
            let siren = contract.client.siren.map { document.input.contains($0.description) } ?? false
            guard siren || document.input.contains(contract.reference) || document.client == contract.client.name else { return false }
            guard let order = try? orders.computed(document).order else { return false }
            if let cited = order.contractReference { return cited == contract.reference }
            if let siren = contract.client.siren, let buyer = order.buyer.siren { return siren == buyer }
            return order.buyer.name == contract.client.name
        }
        return try LedgerStandings(ledger, on: date, documents: documents, orders: orders).invoices.compactMap { standing in
            guard let due = standing.dueDate, date > due, standing.due > .zero else { return nil }
            let currency = standing.computed.order.currency
            return UnpaidInvoice(number: standing.invoice.number, date: standing.invoice.date, dueDate: due,
                                 amountDue: Money(rounding: standing.total, in: currency), stillDue: Money(rounding: standing.due, in: currency))
        }
    }

    /// The letter of a notice, from the `contract/KIND` template in force on its date.
    func renderContractNotice(_ notice: ContractNotice, language: DocumentLanguage) throws -> RenderedDocument {
        var values = ContractNoticeValues(notice: notice, company: profile, language: language)
        values.terms = try notice.contract.terms.map { try termsName($0, language: language) }
        let filled = values.values()
        let title = values.title
        let facts = DocumentFacts(kind: .contractNotice, title: title, date: notice.date, language: language, number: nil, computed: nil)
        return try render([DocumentComposer.Part(template: "contract/\(notice.kind.rawValue)", languages: [language]) { _, _ in filled }],
                          description: .init(title: title, author: profile.legalName,
                                             subject: "\(title) — \(notice.contract.client.name)", date: notice.date, language: language,
                                             legalLanguage: profile.law.legalLanguage),
                          facts: facts)
    }

    /// « Conditions générales de vente, version du 1er janvier 2026 » for `terms/general-terms@2026-01-01`,
    /// or the identity as written when it names no version of the company's terms.
    private func termsName(_ identity: String, language: DocumentLanguage) throws -> String {
        let parts = identity.split(separator: "@", maxSplits: 1).map(String.init)
        guard parts.count == 2, let effective = CalendarDate(parts[1]), let version = try? version(of: parts[0], at: effective),
              version.identity == identity else { return identity }
        let title = try termsTitle(of: version, language: language, values: TermsValues(company: profile, language: language).values(version: version))
        let date = LocalizedFormat(language).date(version.effective)
        return language.words(fr: "\(title), version du \(date)", en: "\(title), version of \(date)", de: "\(title), Fassung vom \(date)")
    }
}
