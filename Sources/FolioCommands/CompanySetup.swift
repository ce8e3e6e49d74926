import FolioCore
import FolioInput
import FolioLayout
import FolioTemplates
import Foundation
import Synchronization

/// The issuing company as the commands use it: its profile, its logo, the templates it writes
/// with (its own folder first, then Folio's `templates/`), and the typesetter that sets them.
struct CompanySetup {
    let file: String
    let profile: CompanyProfile
    /// The profile in canonical JSON, and the folder its relative paths start from: kept with every issued document.
    let profileJSON: String
    let folder: URL
    let images: [String: PNGImage]
    let catalog: TemplateCatalog
    let resources: URL
    /// Fonts and hyphenation patterns, loaded once per process: pass one company's to the next.
    let typesetter: Typesetter
    /// Terms titles already read (« Conditions générales de vente »), by version and language.
    let titles = TermsTitles()

    static func load(_ file: String, typesetter shared: Typesetter? = nil) throws -> CompanySetup {
        guard FileManager.default.isReadableFile(atPath: file),
              let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw InputFailure("\(file): no such readable file") }
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().standardizedFileURL
        return try load(text: text, folder: folder, name: file, typesetter: shared)
    }

    /// A profile from its text; relative paths (logo, templates) start from `folder`. The ledger
    /// re-renders an issued document with the profile it kept this way.
    static func load(text: String, folder: URL, name file: String, typesetter shared: Typesetter? = nil) throws -> CompanySetup {
        let profile: CompanyProfile
        let canonical: String
        do {
            profile = try CompanyProfileReader.read(text)
            canonical = try InputValue.read(text).json
        } catch {
            throw InputFailure(file: file, error)
        }
        if profile.defaultTerms != nil, profile.court == nil {
            throw InputFailure("\(file): court: required with defaultTerms: the terms of sale name the court for disputes")
        }
        var images: [String: PNGImage] = [:]
        if let logo = profile.logo {
            let url = folder.appendingPathComponent(logo)
            guard let data = try? Data(contentsOf: url) else { throw InputFailure("\(file): logo: cannot read \(url.path)") }
            do { images["logo"] = try PNGImage(data: data) } catch { throw InputFailure("\(file): logo: \(error)") }
        }
        let resources = try ResourceDirectory.locate()
        var roots = [resources.appendingPathComponent("templates")]
        if let own = profile.templates {
            let url = folder.appendingPathComponent(own)
            guard FileManager.default.fileExists(atPath: url.path) else { throw InputFailure("\(file): templates: no folder \(url.path)") }
            roots.insert(url, at: 0)
        }
        let catalog: TemplateCatalog
        do { catalog = try TemplateCatalog(roots: roots) } catch { throw InputFailure("templates: \(error)") }
        let typesetter = try shared ?? Typesetter(resources: resources)
        return CompanySetup(file: file, profile: profile, profileJSON: canonical, folder: folder, images: images,
                            catalog: catalog, resources: resources, typesetter: typesetter)
    }

    /// Reads and computes an order under the company's terms of sale; the seller must be the company.
    func compute(orderFile: String) throws -> ComputedOrder {
        try compute(OrderLoading.read(file: orderFile), file: orderFile)
    }

    /// Computes an order already read from `file` under the company's terms of sale.
    func compute(_ order: Order, file: String) throws -> ComputedOrder {
        let computed: ComputedOrder
        do { computed = try OrderComputation.compute(order, rules: profile.salesRules) } catch { throw InputFailure(file: file, error) }
        if let siren = computed.order.seller.siren, siren != profile.siren {
            throw InputFailure("\(file): seller.siren: \(siren) is not the company profile's SIREN (\(profile.siren), \(file))")
        }
        return computed
    }

    var composer: DocumentComposer { DocumentComposer(catalog: catalog, images: images) }
}

/// Terms titles read once per process, by version and language.
final class TermsTitles: Sendable {
    private let titles = Mutex<[String: String]>([:])

    func withLock<T>(_ body: (inout [String: String]) -> T) -> T {
        titles.withLock { body(&$0) }
    }
}
