import FolioCore
import FolioInput
import FolioLayout
import FolioTemplates
import Foundation

/// The issuing company, loaded once and reused for any number of documents: its profile, its logo,
/// the templates it writes with (its own folder first, then Folio's `templates/`) and the rendering
/// engine (fonts, hyphenation patterns, PDF renderer).
///
/// ```swift
/// let company = try Company.load("examples/company/profile.yaml")
/// let draft = try company.draft(OrderInput(file: "examples/orders/01-domestic-several-rates.yaml"), language: .french)
/// try Data(draft.pdf).write(to: URL(fileURLWithPath: "out/draft.pdf"))
/// ```
///
/// A company is **one per thread**, like its ``RenderingEngine``. Its ``profile``, the orders, the
/// computed orders and the rendered documents are `Sendable` values that may cross threads.
public final class Company {
    /// Where the profile was read from, as errors name it.
    public let name: String
    public let profile: CompanyProfile
    /// The profile in canonical JSON, and the folder its relative paths start from: kept with every issued document.
    public let profileJSON: String
    public var folder: URL { paths.folder }
    /// Where the files the profile names may be.
    public let paths: ProfilePaths
    /// The steps between drawing and recording (by default PDF/A-3b, and Factur-X for invoices: ``FacturXFinishing``).
    public var finishing: Finishing
    public let engine: RenderingEngine
    /// The rates its documents are computed with: Folio's `rates/` extended by the company's own
    /// (`rates/` next to the profile, `$FOLIO_RATES`), loaded once with the company.
    public let rates: RateBook
    let images: [String: PNGImage]
    let catalog: TemplateCatalog
    /// Terms titles already read (« Conditions générales de vente »), by version and language.
    var termsTitles: [String: String] = [:]
    /// The signer of the profile's `signing` block, once loaded (``signer()``).
    var loadedSigner: DocumentSigner?

    init(name: String, profile: CompanyProfile, profileJSON: String, paths: ProfilePaths, images: [String: PNGImage],
         catalog: TemplateCatalog, engine: RenderingEngine, rates: RateBook, finishing: Finishing) {
        self.name = name
        self.profile = profile
        self.profileJSON = profileJSON
        self.paths = paths
        self.images = images
        self.catalog = catalog
        self.engine = engine
        self.rates = rates
        self.finishing = finishing
    }

    /// The legal language of the seller a profile file describes (German for a German company),
    /// French when the file cannot be read: loading it then says why.
    public static func legalLanguage(ofProfile file: String) -> DocumentLanguage {
        guard let text = try? TextFile.read(path: file, kind: .profile), let profile = try? CompanyProfileReader.read(text) else { return .french }
        return profile.law.legalLanguage
    }

    /// Loads a company profile file (YAML or JSON); relative paths in it (logo, templates, rates) start from its folder.
    ///
    /// - Parameters:
    ///   - engine: the engine of another company of this thread, to load fonts only once.
    ///   - finishing: the steps after drawing; by default ``Finishing/standard(resources:)``: every
    ///     document a PDF/A-3b, every issued invoice, deposit invoice and credit note a Factur-X e-invoice.
    ///   - allowingPathsOutside: whether the files the profile names may be outside its folder
    ///     (``ProfilePaths``); by default only when `FOLIO_PROFILE_PATHS=anywhere`.
    /// - Throws: ``InputError`` naming the file and the field when the profile is refused (a path
    ///   outside its folder, a logo beyond the limits among the reasons), or the file and line of a
    ///   rates file that is refused.
    public static func load(_ file: String, engine: RenderingEngine? = nil, finishing: Finishing? = nil,
                            allowingPathsOutside: Bool = ProfilePaths.outsideAllowed()) throws -> Company {
        let text = try TextFile.read(path: file, kind: .profile)
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().standardizedFileURL
        return try Company(profileText: text, folder: folder, name: file, engine: engine, finishing: finishing,
                           allowingPathsOutside: allowingPathsOutside)
    }

    /// A company from its profile's text; relative paths (logo, templates) start from `folder`. The
    /// ledger re-renders an issued document with the profile it kept this way.
    public convenience init(profileText text: String, folder: URL, name file: String, engine: RenderingEngine? = nil,
                            finishing: Finishing? = nil, allowingPathsOutside: Bool = ProfilePaths.outsideAllowed()) throws {
        let paths = ProfilePaths(folder: folder, allowsOutside: allowingPathsOutside)
        let profile: CompanyProfile
        let canonical: String
        do {
            profile = try CompanyProfileReader.read(text)
            canonical = try InputValue.read(text, kind: .profile).json
        } catch {
            throw InputError(source: file, error)
        }
        do { try profile.checkAsSeller() } catch { throw InputError(source: file, error) }
        if profile.defaultTerms != nil, profile.court == nil {
            throw InputError(source: file, field: "court", "required with defaultTerms: the terms of sale name the court for disputes")
        }
        var images: [String: PNGImage] = [:]
        if let logo = profile.logo {
            images["logo"] = try Self.logo(paths.resolve(logo, field: "logo", source: file), profile: file)
        }
        let engine = try engine ?? RenderingEngine()
        var roots = [engine.resources.appendingPathComponent("templates")]
        if let own = profile.templates {
            let url = try paths.resolve(own, field: "templates", source: file)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw InputError(source: file, field: "templates", "no folder \(url.path)")
            }
            roots.insert(url, at: 0)
        }
        let catalog: TemplateCatalog
        do { catalog = try TemplateCatalog(roots: roots) } catch { throw InputError(source: "templates", "\(error)") }
        // The company's rates folder and each file in it, like every path of the profile.
        let ratesFolder = try paths.resolve("rates", field: "rates", source: file)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: ratesFolder.path)) ?? [] {
            _ = try paths.resolve("rates/\(name)", field: "rates", source: file)
        }
        let rates = try RateFiles.book(resources: engine.resources, companyFolder: folder)
        self.init(name: file, profile: profile, profileJSON: canonical, paths: paths, images: images, catalog: catalog,
                  engine: engine, rates: rates, finishing: try finishing ?? .standard(resources: engine.resources))
        // Terms never print « consultables sur . »: every value the default terms use is in the profile.
        if let terms = profile.defaultTerms {
            try checkTermsValues(terms)
            try checkTermsAudiences(terms)
        }
    }

    /// The logo at `url`, read within the limits of logos: a PNG, of at most so many bytes and pixels
    /// a side (Cairo decodes it whole: a 100,000-pixel square would ask for 40 GB).
    ///
    /// - Throws: ``InputError`` naming the profile's `logo` field, the file and the reason.
    static func logo(_ url: URL, profile file: String) throws -> PNGImage {
        let limits = InputLimitSettings.current[.logo]
        let data: Data
        do { data = try TextFile.bytes(path: url.path, name: url.path, limit: limits.bytes, kind: .logo) } catch let error as InputError {
            throw InputError(source: file, field: "logo", "\(url.path): \(error.reason)")
        }
        let image: PNGImage
        do { image = try PNGImage(data: data) } catch { throw InputError(source: file, field: "logo", "\(url.path): \(error)") }
        guard image.pixelWidth <= limits.pixels, image.pixelHeight <= limits.pixels else {
            throw InputError(source: file, field: "logo", "\(url.path): " + InputLimitRefusal.reason(
                "\(image.pixelWidth) × \(image.pixelHeight) pixels: more than \(limits.pixels) on a side", kind: .logo, limit: .pixels))
        }
        return image
    }

    /// Refuses a terms document some version of which prints a value the profile lacks (outside a
    /// section of its own name), naming the profile, the missing field and the terms file and line.
    func checkTermsValues(_ name: String) throws {
        for version in try versions(of: name) {
            for language in DocumentLanguage.allCases where version.languages.contains(language.rawValue) {
                let (file, uses) = try Self.templating { try catalog.valueUses(version, language: language.rawValue) }
                guard let use = TermsValues(company: profile, language: language).missingValues(of: uses, version: version).first else {
                    continue
                }
                let folder = FileManager.default.currentDirectoryPath + "/"
                let where_ = "\(file.hasPrefix(folder) ? String(file.dropFirst(folder.count)) : file):\(use.line)"
                guard let field = TermsValues.profileField(of: use.name) else {
                    throw InputError(source: where_, "the terms print {{\(use.name)}}, which is not a value of terms templates (see templates/README.md)")
                }
                throw InputError(source: self.name, field: field,
                                 "required by the terms \(version.identity), which print it ({{\(use.name)}} at \(where_)); add \(field) to the profile, or print that text only when it is given ({{#\(use.name)}} … {{/\(use.name)}})")
            }
        }
    }

    /// Computes an order under the company's terms of sale. The company is the seller: an order
    /// without `seller` is the company's, and a seller the order gives must agree with the profile.
    ///
    /// - Throws: ``InputError`` naming the order's source and the field the rules refuse; when the
    ///   seller differs from the profile, the message names the profile's file and field too; when
    ///   the terms in force are not for the buyer (a consumer, terms for businesses only, or the
    ///   reverse), it names the terms version; a consumer's order needs the profile's `consumerMediator`.
    public func compute(_ input: OrderInput) throws -> ComputedOrder {
        var order = input.order
        do { order.seller = try profile.seller(agreeingWith: order.seller) } catch {
            throw InputError(source: input.name, field: error.field, error.reason(profileFile: name))
        }
        let computed: ComputedOrder
        do { computed = try OrderComputation.compute(order, rules: profile.salesRules, rates: rates) } catch {
            throw InputError(source: input.name, error)
        }
        try checkBuyer(of: computed, source: input.name)
        // CGI ann. II art. 242 nonies A, I 7°; § 14 Abs. 4 Nr. 6 UStG: an invoice states the date of the
        // supply; the invoice's own date only when the order says so, never by default.
        if order.kind == .invoice, order.supplyDate == nil {
            let source = profile.law.jurisdiction == .germany ? "§ 14 Abs. 4 Nr. 6 UStG" : "CGI ann. II art. 242 nonies A, I 7°"
            throw InputError(source: input.name, field: "deliveryDate",
                             "required on an invoice: the date of delivery or completion, or `same-as-invoice` when it is the invoice's date, or the service `period` (\(source))")
        }
        return computed
    }

    /// The names of the terms documents the company can print (`terms/goods-and-software`).
    public var termsDocuments: [String] { catalog.names.filter { $0.hasPrefix("terms/") } }

    /// The dated versions of a template or terms document, oldest first.
    public func versions(of name: String) throws -> [TemplateVersion] {
        do { return try catalog.versions(of: name) } catch { throw InputError(source: "templates", "\(error)") }
    }

    /// The version of a template or terms document in force on a day.
    public func version(of name: String, at date: CalendarDate) throws -> TemplateVersion {
        do { return try catalog.version(of: name, at: date) } catch { throw InputError(source: "templates", "\(error)") }
    }

    /// The folders templates are read from, the company's own first.
    public var templateFolders: [URL] { catalog.roots }

    var composer: DocumentComposer { DocumentComposer(catalog: catalog, images: images) }
}

/// A dated version of a template or a terms document.
public typealias TemplateVersion = FolioTemplates.TemplateVersion
