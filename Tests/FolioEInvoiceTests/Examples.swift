import FolioCore
import FolioDocuments
import FolioEInvoice
import Foundation

/// The repository's example orders and seeds, computed with their company as `folio demo` does, as e-invoices.
enum Examples {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// Every example order file (`examples/orders/…`, `examples/seeds/…/orders/…`), relative to `examples/`.
    static let orderFiles: [String] = {
        let manager = FileManager.default
        let examples = root.appendingPathComponent("examples")
        var files: [String] = []
        var folders = ["orders"]
        let seeds = (try? manager.contentsOfDirectory(atPath: examples.appendingPathComponent("seeds").path)) ?? []
        folders += seeds.sorted().map { "seeds/\($0)/orders" }
        for folder in folders {
            let names = (try? manager.contentsOfDirectory(atPath: examples.appendingPathComponent(folder).path)) ?? []
            files += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
        }
        return files
    }()

    /// The company of an example order: its seed's, else the example company whose SIREN the order names.
    static func company(of file: String) throws -> Company {
        let examples = root.appendingPathComponent("examples")
        if file.hasPrefix("seeds/") {
            let seed = file.split(separator: "/")[1]
            return try Company.load(examples.appendingPathComponent("seeds/\(seed)/profile.yaml").path)
        }
        let input = try OrderInput(file: examples.appendingPathComponent(file).path)
        var profiles = ["company/profile.yaml"]
        let others = (try? FileManager.default.contentsOfDirectory(atPath: examples.appendingPathComponent("companies").path)) ?? []
        profiles += others.sorted().map { "companies/\($0)/profile.yaml" }
        for profile in profiles {
            let company = try Company.load(examples.appendingPathComponent(profile).path)
            if input.order.seller?.siren == nil || input.order.seller?.siren == company.profile.siren { return company }
        }
        throw ExampleError(description: "\(file): no example company")
    }

    /// The e-invoice of an example order numbered `number`, or nil for a quote.
    static func eInvoice(_ file: String, number: String = "F-2026-0042", language: DocumentLanguage = .french) throws -> EInvoice? {
        let company = try company(of: file)
        let input = try OrderInput(file: root.appendingPathComponent("examples/\(file)").path)
        guard input.order.kind != .quote else { return nil }
        return try EInvoice(company.compute(input), number: number, profile: company.profile, language: language)
    }

    struct ExampleError: Error, CustomStringConvertible {
        let description: String
    }
}
