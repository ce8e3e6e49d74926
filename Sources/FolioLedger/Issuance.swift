import FolioCore
import Foundation

/// What the caller prepares once it knows the number: the record's content and the PDF's bytes.
public struct PreparedDocument: Sendable {
    /// The record without its number, series, file and hash (the ledger fills them in).
    public var record: IssuedDocument
    public var pdf: [UInt8]
    /// The e-invoice's XML (embedded in the PDF), whose SHA-256 the ledger records; nil for other documents.
    public var xml: [UInt8]?
    /// For a signed PDF, the length of the finished bytes before the signature (its first bytes).
    public var unsignedLength: Int?

    public init(record: IssuedDocument, pdf: [UInt8], xml: [UInt8]? = nil, unsignedLength: Int? = nil) {
        self.record = record
        self.pdf = pdf
        self.xml = xml
        self.unsignedLength = unsignedLength
    }
}

extension Ledger {
    /// Issues one document: reserves the next number of `series` for `date`, has `prepare` render the
    /// document with it outside the write lock, then records it (``reserve(company:series:date:file:repeatOf:request:)``,
    /// ``complete(_:with:)``).
    ///
    /// If `prepare` or the writing fails, the number is given back (``release(_:)``): no number is
    /// consumed and no file is left.
    ///
    /// - Parameters:
    ///   - repeating: the kind and canonical input of the order; when a document of the same company
    ///     and kind was already issued (or is being issued) from exactly this input, the issue is refused
    ///     with ``AlreadyIssued`` (so a batch can be re-run safely). Nil to issue it again anyway.
    ///   - request: what renders the document again if this process dies before recording it.
    public func issue(company: String, series: NumberingSeries, date: CalendarDate, file: (String) -> String,
                      refusingRepeatOf input: (kind: Order.Kind, text: String)? = nil, request: String = "",
                      prepare: (String) throws -> PreparedDocument) throws -> IssuedDocument {
        let reservation = try reserve(company: company, series: series, date: date, file: file, repeatOf: input, request: request)
        do {
            return try complete(reservation, with: prepare(reservation.number))
        } catch {
            _ = try? release(reservation)
            throw error
        }
    }

    /// Takes the next number of `series` for a document of `date` in a short transaction, and holds it
    /// (a ``Reservation``) until ``complete(_:with:)`` records the document or ``release(_:)`` gives it up.
    ///
    /// - Parameter idempotencyKey: the client's key for this request, recorded with the number.
    /// - Throws: ``AlreadyRequested`` when the key was used before; ``AlreadyIssued`` when `input`
    ///   was issued before or is being issued; a `RuleViolation`
    ///   when `date` is before the series' last document (numbers follow dates), when the number was
    ///   issued in another series, or when the file already exists.
    public func reserve(company: String, series: NumberingSeries, date: CalendarDate, file: (String) -> String,
                        repeatOf input: (kind: Order.Kind, text: String)?, request: String,
                        idempotencyKey: IdempotencyKey? = nil) throws -> Reservation {
        let owner = try store.issuerToken()
        let writesFiles = self.writesFiles
        return try store.write { ledger -> Reservation in
            if let idempotencyKey, let earlier = try ledger.idempotencyKey(company: company, key: idempotencyKey.key) {
                throw AlreadyRequested(number: earlier.number, sameRequest: earlier.fingerprint == idempotencyKey.fingerprint)
            }
            if let input, let earlier = try ledger.numberIssued(company: company, kind: input.kind, input: input.text) {
                throw AlreadyIssued(number: earlier)
            }
            let period = series.period(of: date)
            let last = try ledger.lastTaken(company: company, series: series.name, period: period)
            if let last, date < last.date {
                // CGI ann. II art. 242 nonies A: numbers follow the chronology of issue.
                throw RuleViolation("\(date) is before \(last.date), the date of \(last.number), the last document of the series \(series.name): numbers must follow dates")
            }
            let sequence = (last?.sequence ?? 0) + 1
            let number = try series.pattern.number(sequence: sequence, on: date)
            if let other = try ledger.seriesTaking(number: number, company: company) {
                throw RuleViolation("number \(number) of the series \(series.name) was already issued in the series \(other): two series of a company must not write the same numbers")
            }
            var path = URL(fileURLWithPath: file(number)).standardizedFileURL.path
            if let owner = try ledger.companyWriting(file: path), owner != company {
                // One ledger, several companies: the same number of another company goes into a folder named by its SIREN.
                let url = URL(fileURLWithPath: path)
                path = url.deletingLastPathComponent().appendingPathComponent(company).appendingPathComponent(url.lastPathComponent).path
                if writesFiles {
                    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                }
            }
            if writesFiles, FileManager.default.fileExists(atPath: path) {
                throw RuleViolation("\(path) already exists: an issued document is never overwritten")
            }
            let reservation = Reservation(company: company, number: number, series: series.name, period: period,
                                          sequence: sequence, date: date, file: path, kind: input?.kind, input: input?.text,
                                          request: request, owner: owner)
            try ledger.insert(reservation)
            if var idempotencyKey {
                idempotencyKey.company = company
                idempotencyKey.number = number
                try ledger.insert(idempotencyKey)
            }
            return reservation
        }
    }

    /// Records the document of a reservation: writes its PDF to `FILE.partial` and syncs it, then in
    /// one short transaction appends the record to the hash chain (with the PDF and its XML, in a
    /// PostgreSQL ledger) and removes the reservation, then renames the file into place
    /// (``settlePendingFiles(in:)`` finishes that rename after a crash).
    ///
    /// - Throws: a `RuleViolation` when the reservation is no longer held (another process completed
    ///   it after judging this one gone); ``LedgerFailure`` when the file cannot be written.
    public func complete(_ reservation: Reservation, with prepared: PreparedDocument) throws -> IssuedDocument {
        let partial = reservation.file + PendingFile.suffix
        do {
            if writesFiles { try PendingFile.writeSynced(prepared.pdf, to: partial) }
            let issued = try store.write { ledger -> IssuedDocument in
                guard let held = try ledger.reservation(company: reservation.company, number: reservation.number),
                      held.owner == reservation.owner,
                      try ledger.removeReservation(company: held.company, number: held.number, owner: held.owner) else {
                    throw RuleViolation("number \(reservation.number) is no longer reserved by this issuer: it was completed or given up elsewhere")
                }
                var record = prepared.record
                record.company = reservation.company
                record.number = reservation.number
                record.series = reservation.series
                record.period = reservation.period
                record.sequence = reservation.sequence
                record.date = reservation.date
                record.file = reservation.file
                record.pdfSHA256 = SHA256Hex.of(prepared.pdf)
                record.xmlSHA256 = prepared.xml.map { SHA256Hex.of($0) }
                if let length = prepared.unsignedLength, length <= prepared.pdf.count {
                    record.unsignedLength = length
                    record.unsignedSHA256 = SHA256Hex.of(Array(prepared.pdf[..<length]))
                }
                record.position = try Self.link(.document, fields: record.sealedFields, ledger)
                try ledger.insert(record)
                try ledger.keep(file: record.file, bytes: prepared.pdf)
                if let xml = prepared.xml { try ledger.keep(file: Self.eInvoiceFile(of: record.file), bytes: xml) }
                return record
            }
            // Committed: the record exists, so the file may appear.
            if writesFiles { try PendingFile.finish(issued.file) }
            return issued
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }

    /// Gives a reserved number back after its document could not be made.
    ///
    /// The number is freed when nothing was numbered after it in its series, so no number is consumed;
    /// otherwise freeing it would leave a gap, so it stays reserved, given up, and the next opening of
    /// the ledger renders it again (``interruptedReservations()``). Returns whether it was freed.
    @discardableResult
    public func release(_ reservation: Reservation) throws -> Bool {
        try store.write { ledger -> Bool in
            if try ledger.takenAfter(reservation.sequence, company: reservation.company, series: reservation.series,
                                     period: reservation.period) {
                _ = try ledger.passReservation(company: reservation.company, number: reservation.number,
                                               from: reservation.owner, to: "")
                return false
            }
            if try ledger.removeReservation(company: reservation.company, number: reservation.number, owner: reservation.owner) {
                // The number is free again, and so is the key that took it: a retry issues afresh.
                try ledger.removeIdempotencyKey(company: reservation.company, number: reservation.number)
            }
            return true
        }
    }

    /// Numbers whose issuer died (or gave up) before recording their document, oldest first, each
    /// taken over by this connection: complete each with ``complete(_:with:)`` by rendering it again
    /// from its ``Reservation/request``. Reservations of issuers still at work are left alone.
    public func interruptedReservations() throws -> [Reservation] {
        let gone = try reservations().filter { store.isGone($0.owner) }
        guard !gone.isEmpty else { return [] }
        let owner = try store.issuerToken()
        return try store.write { ledger -> [Reservation] in
            var taken: [Reservation] = []
            for var reservation in gone
            where try ledger.passReservation(company: reservation.company, number: reservation.number, from: reservation.owner, to: owner) {
                reservation.owner = owner
                taken.append(reservation)
            }
            return taken
        }
    }

    /// Numbers reserved and not yet recorded, by every issuer: documents being rendered now, or
    /// interrupted ones waiting for the next opening.
    public func reservations() throws -> [Reservation] {
        try store.read { try $0.reservations() }
    }

    /// Records a quote's acceptance, refusal or expiry, once.
    ///
    /// - Parameters:
    ///   - validUntil: the quote's last day; an acceptance after it is refused unless `late`.
    ///   - late: accept after the validity date knowingly; recorded with the decision.
    ///   - signed: an acceptance proven by the client's signature: the signed PDF, kept at its `file`
    ///     (written with the record, never overwritten), its signer and certificate recorded.
    public func decide(quote number: String, company: String, _ status: QuoteDecision.Status, on date: CalendarDate,
                       validUntil: CalendarDate? = nil, late: Bool = false, signed: SignedAcceptance? = nil) throws -> QuoteDecision {
        var partial: String?
        do {
            let decision = try decideInTransaction(quote: number, company: company, status, on: date, validUntil: validUntil,
                                                   late: late, signed: signed) { path in partial = path }
            if writesFiles, let file = signed?.file { try PendingFile.finish(file) }
            return decision
        } catch {
            if let partial { try? FileManager.default.removeItem(atPath: partial) }
            throw error
        }
    }

    private func decideInTransaction(quote number: String, company: String, _ status: QuoteDecision.Status, on date: CalendarDate,
                                     validUntil: CalendarDate?, late: Bool, signed: SignedAcceptance?,
                                     wrote: (String) -> Void) throws -> QuoteDecision {
        let writesFiles = self.writesFiles
        return try store.write { ledger -> QuoteDecision in
            guard let quote = try ledger.documents(DocumentFilter(company: company, number: number)).first, quote.kind == .quote else {
                throw RuleViolation("no issued quote \(number) in the ledger")
            }
            if let earlier = try ledger.decisions(company: company, number: number).first {
                throw RuleViolation("quote \(number) was already \(earlier.status.rawValue) on \(earlier.date): a decision is never changed")
            }
            guard date >= quote.date else {
                throw RuleViolation("\(date) is before the quote's date \(quote.date)")
            }
            let pastValidity = status == .accepted && validUntil.map { date > $0 } == true
            if pastValidity, !late, let validUntil {
                throw RuleViolation("quote \(number) was valid until \(validUntil): accepting it on \(date) needs --late (the acceptance is then recorded as late)")
            }
            var decision = QuoteDecision(company: company, number: number, status: status, date: date, late: pastValidity && late)
            if let signed {
                guard status == .accepted else { throw RuleViolation("only an acceptance is proven by a signature") }
                if writesFiles {
                    guard !FileManager.default.fileExists(atPath: signed.file) else {
                        throw RuleViolation("\(signed.file) already exists: a signed quote is never overwritten")
                    }
                    wrote(signed.file + PendingFile.suffix)
                    try PendingFile.writeSynced(signed.pdf, to: signed.file + PendingFile.suffix)
                }
                decision.signer = signed.signer
                decision.signerCertificateSHA256 = signed.certificateSHA256
                decision.signedFile = signed.file
                decision.signedSHA256 = SHA256Hex.of(signed.pdf)
                try ledger.keep(file: signed.file, bytes: signed.pdf)
            }
            decision.position = try Self.link(.decision, fields: decision.sealedFields, ledger)
            try ledger.insert(decision)
            return decision
        }
    }

    /// Adds the next link of the hash chain, sealing `fields`, and returns its position.
    static func link(_ kind: LedgerEntry.Kind, fields: [(String, String?)], _ ledger: any LedgerTransaction) throws -> Int64 {
        let last = try ledger.lastEntry()
        let position = (last?.position ?? 0) + 1
        let previous = last?.hash ?? LedgerEntry.genesis
        let hash = LedgerEntry.hash(previous: previous, kind: kind, position: position, fields: fields)
        try ledger.insert(LedgerEntry(position: position, kind: kind, previousHash: previous, hash: hash))
        return position
    }

    /// Where a PostgreSQL ledger keeps an issued document's e-invoice XML: its PDF's name, in `.xml`.
    static func eInvoiceFile(of pdf: String) -> String {
        pdf.hasSuffix(".pdf") ? String(pdf.dropLast(4)) + ".xml" : pdf + ".xml"
    }
}

/// The same order was already issued: re-running a batch skips it instead of issuing it twice.
public struct AlreadyIssued: Error, Sendable, Hashable, CustomStringConvertible {
    /// The number it was issued under.
    public let number: String
    public var description: String { "already issued as \(number) (give --again to issue it once more)" }
}

/// A quote's acceptance proven by the client's electronic signature, as ``Ledger/decide(quote:company:_:on:validUntil:late:signed:)`` records it.
public struct SignedAcceptance: Sendable {
    /// The signed PDF the client returned, and where the ledger keeps it.
    public var pdf: [UInt8]
    public var file: String
    /// The signer as the certificate names them, and the certificate's SHA-256.
    public var signer: String
    public var certificateSHA256: String

    public init(pdf: [UInt8], file: String, signer: String, certificateSHA256: String) {
        self.pdf = pdf
        self.file = file
        self.signer = signer
        self.certificateSHA256 = certificateSHA256
    }
}
