import FolioCore
import FolioInput
import FolioTemplates
import Foundation

extension Company {
    /// Whom a version of terms of sale is for, as its `version.yaml` declares it (for businesses only
    /// when it declares nothing, see ``TermsVersionReader``).
    ///
    /// - Throws: ``InputError`` naming the `version.yaml` and its field when it is refused.
    public func audience(of version: TemplateVersion) throws -> TermsAudience {
        do { return try TermsVersionReader.audience(inFolder: version.directory) } catch {
            throw InputError(source: Self.shown(version.directory.appendingPathComponent(TermsVersionReader.fileName).path), error)
        }
    }

    /// Reads the audience of every version of a terms document, so that a `version.yaml` Folio
    /// refuses is reported when the company is loaded.
    func checkTermsAudiences(_ name: String) throws {
        for version in try versions(of: name) { _ = try audience(of: version) }
    }

    /// Refuses an order document for a buyer its terms are not written for — terms for businesses
    /// only and a consumer, or the reverse — naming the terms version; and a consumer's document
    /// when the profile names no consumer mediator, whose details consumer documents print.
    ///
    /// Quotes, invoices and deposit invoices cite or annex the terms in force on their date; a
    /// credit note only corrects an invoice.
    func checkBuyer(of computed: ComputedOrder, source: String) throws {
        let order = computed.order
        let consumer = !order.buyer.isBusiness
        // A German seller is not bound to a mediator; its terms say it takes part in none (§ 36 VSBG).
        if consumer, profile.consumerMediator == nil, profile.law.jurisdiction == .france {
            // C. consom. L612-1, L616-1: every consumer is told the mediator's name and details.
            throw InputError(source: name, field: "consumerMediator",
                             "required to issue documents to a consumer (\(source): buyer.kind: individual): the consumer mediator's name, website and address, which consumer documents print (C. consom. L612-1, L616-1)")
        }
        guard order.kind != .creditNote, let terms = profile.defaultTerms else { return }
        let version = try version(of: terms, at: order.date)
        let audience = try audience(of: version)
        guard !audience.admits(buyerIsBusiness: order.buyer.isBusiness) else { return }
        let file = version.directory.appendingPathComponent(TermsVersionReader.fileName).path
        let declared = FileManager.default.fileExists(atPath: file)
            ? "audience: \(audience.rawValue) in \(Self.shown(file))"
            : "no \(TermsVersionReader.fileName) in \(Self.shown(version.directory.path)) declares another audience"
        throw InputError(source: source, field: "buyer.kind", consumer
            ? "a consumer (individual) cannot be sold to under the terms \(version.identity), which are \(audience.phrase) (\(declared)): the company's terms in force on \(order.date) must be for consumers (audience: consumer or all)"
            : "a business client cannot be sold to under the terms \(version.identity), which are \(audience.phrase) (\(declared)): the company's terms in force on \(order.date) must be for businesses (audience: business or all)")
    }

    /// A path relative to the current folder when it is inside it, as messages print files.
    static func shown(_ path: String) -> String {
        let folder = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
    }
}
