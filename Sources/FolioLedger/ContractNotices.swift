import FolioCore
import Foundation

extension Ledger {
    /// Records a contract notice and writes its PDF, in one transaction: `prepare` gets the notices
    /// already recorded for the contract (from which it knows whether the contract ends, and when)
    /// and returns the record's content and the PDF. The PDF is written to `file` through a
    /// `.partial` file, like an issued document.
    ///
    /// - Throws: ``RuleViolation`` when a notice of the same kind taking effect the same day was
    ///   already recorded for the contract, or `file` exists; what `prepare` throws. Nothing is
    ///   recorded nor written then.
    public func recordContractNotice(company: String, contract: String, file: String,
                                     prepare: ([ContractNoticeRecord]) throws -> (ContractNoticeRecord, [UInt8])) throws -> ContractNoticeRecord {
        try recordLetter(at: file) { ledger in
            let earlier = try ledger.contractNotices(company: company, contract: contract)
            var (record, pdf) = try prepare(earlier)
            try earlier.refuseRepeat(of: record.kind, effective: record.effective)
            record.company = company
            record.contract = contract
            return (record, pdf)
        }
    }

    /// The notices recorded for a company's contracts (or one contract), in order of recording.
    public func contractNotices(company: String? = nil, contract: String? = nil) throws -> [ContractNoticeRecord] {
        try store.read { try $0.contractNotices(company: company, contract: contract) }
    }
}

extension Array where Element == ContractNoticeRecord {
    /// Refuses a second notice of `kind` taking effect on `effective`: it was sent already.
    public func refuseRepeat(of kind: ContractNotice.Kind, effective: CalendarDate) throws(RuleViolation) {
        guard let same = first(where: { $0.kind == kind && $0.effective == effective }) else { return }
        throw RuleViolation("a \(kind.rawValue) of contract \(same.contract) taking effect on \(effective) was already sent on \(same.date): \(same.file)")
    }

    /// The day the contract ends by the notices recorded: the soonest end a termination or a
    /// non-renewal set; nil while none did.
    public var recordedEnd: CalendarDate? {
        filter(\.kind.endsContract).map(\.effective).min()
    }
}
