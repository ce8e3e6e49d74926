import FolioCore
import FolioLedger
import Foundation

/// An order of a kind the caller does not issue (a credit note given to `folio invoice`).
public struct KindMismatch: Error, Sendable, Hashable, CustomStringConvertible {
    public let source: String
    public let kind: Order.Kind
    public let expected: Set<Order.Kind>

    public var description: String {
        let wanted = Order.Kind.allCases.filter(expected.contains).map(Self.named).joined(separator: " or ")
        return "\(source): kind: this order is \(Self.named(kind)), not \(wanted)"
    }

    /// « an invoice », « a credit note ».
    static func named(_ kind: Order.Kind) -> String { kind.withArticle }
}

/// What a batch issued and what it refused.
public struct BatchReport: Sendable {
    /// An order refused, by name, and why (an ``InputError`` or a ``KindMismatch``).
    public struct Refusal: Sendable {
        public let name: String
        public let error: any Error & CustomStringConvertible & Sendable
    }

    public internal(set) var issued: [IssuedDocument] = []
    public internal(set) var refused: [Refusal] = []
}

extension Company {
    /// Issues every order of a batch, in order, into one ledger. A refused order is reported by name
    /// and the others are still issued; the ledger is opened when the first order is good, so a batch
    /// of refused orders leaves no ledger behind.
    ///
    /// ```swift
    /// let report = try company.issue(batch: OrderFiles.expand(["invoices-of-the-day/"]), kinds: [.invoice],
    ///                                language: .french, openingLedger: { try Ledger(path: "out/folio-ledger.sqlite") })
    /// report.refused.map(\.error)    // what to fix, file by file
    /// ```
    ///
    /// - Parameters:
    ///   - files: order files, YAML or JSON.
    ///   - kinds: the kinds of order the batch may issue; any other is refused with a ``KindMismatch``.
    ///   - each: called after each order with its name and what became of it.
    /// - Throws: only what stops the whole batch (the ledger cannot be opened or written).
    public func issue(batch files: [String], kinds: Set<Order.Kind>, language: DocumentLanguage,
                      openingLedger open: () throws -> Ledger, series: String? = nil, file: String? = nil,
                      each: (String, Result<Issued, BatchReport.Refusal>) -> Void = { _, _ in }) throws -> BatchReport {
        var report = BatchReport()
        var ledger: Ledger?
        for name in files {
            do {
                let input = try OrderInput(file: name)
                let computed = try compute(input)
                try Self.check(computed.order.kind, expected: kinds, name: name)
                let opened = try ledger ?? {
                    let opened = try open()
                    try opened.settlePendingFiles(in: opened.documentsFolder)
                    return opened
                }()
                ledger = opened
                let issued = try issue(computed, input: input, language: language, into: opened, series: series, file: file)
                report.issued.append(issued.record)
                each(name, .success(issued))
            } catch let error as any Error & CustomStringConvertible & Sendable where error is InputError || error is KindMismatch {
                let refusal = BatchReport.Refusal(name: name, error: error)
                report.refused.append(refusal)
                each(name, .failure(refusal))
            }
        }
        return report
    }

    /// Refuses an order whose kind is not one of `expected`.
    public static func check(_ kind: Order.Kind, expected: Set<Order.Kind>, name: String) throws {
        guard expected.contains(kind) else { throw KindMismatch(source: name, kind: kind, expected: expected) }
    }
}

extension BatchReport.Refusal: Error, CustomStringConvertible {
    public var description: String { error.description }
}

/// Order files from paths: files as given, folders as their .yaml, .yml and .json files by name.
public enum OrderFiles {
    public static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path)
                    .filter { [".yaml", ".yml", ".json"].contains(where: $0.hasSuffix) }.sorted()
                files += names.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }
}
