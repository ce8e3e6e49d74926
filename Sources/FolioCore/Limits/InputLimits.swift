/// The most Folio reads of one input: a file or a request larger, longer, deeper or more repetitive
/// than these is refused before it is parsed (or while it is), with the limit named, so hostile input
/// costs at most a fraction of a second and a few megabytes.
///
/// Each kind of input has its own defaults (``InputKind/defaultLimits``), far above what real
/// documents need; a user raises one with `FOLIO_LIMITS` (``InputLimitSettings``).
public struct InputLimits: Sendable, Hashable {
    /// Bytes of the file or request.
    public var bytes: Int
    /// Lines of text.
    public var lines: Int
    /// Nesting of lists and mappings (YAML, JSON, XML elements, PDF arrays and dictionaries).
    public var depth: Int
    /// YAML aliases (`*name`): each repeats an anchored value.
    public var aliases: Int
    /// Values once every alias is expanded: what « a billion laughs » multiplies.
    public var expandedValues: Int
    /// Characters of one value (a description, a name): more cannot be typeset on a page.
    public var valueLength: Int
    /// Pixels on either side of an image (a logo).
    public var pixels: Int
    /// Articles and clauses of terms: the redline matches every old one against every new one.
    public var articles: Int

    public init(bytes: Int, lines: Int, depth: Int, aliases: Int, expandedValues: Int, valueLength: Int, pixels: Int = 0, articles: Int = 0) {
        self.bytes = bytes
        self.lines = lines
        self.depth = depth
        self.aliases = aliases
        self.expandedValues = expandedValues
        self.valueLength = valueLength
        self.pixels = pixels
        self.articles = articles
    }

    /// The names a setting gives each limit (`order.lines=200000`).
    public enum Name: String, Sendable, CaseIterable {
        case bytes, lines, depth, aliases, expandedValues, valueLength, pixels, articles
    }

    public subscript(name: Name) -> Int {
        get {
            switch name {
            case .bytes: bytes
            case .lines: lines
            case .depth: depth
            case .aliases: aliases
            case .expandedValues: expandedValues
            case .valueLength: valueLength
            case .pixels: pixels
            case .articles: articles
            }
        }
        set {
            switch name {
            case .bytes: bytes = newValue
            case .lines: lines = newValue
            case .depth: depth = newValue
            case .aliases: aliases = newValue
            case .expandedValues: expandedValues = newValue
            case .valueLength: valueLength = newValue
            case .pixels: pixels = newValue
            case .articles: articles = newValue
            }
        }
    }
}

/// What is read: each kind has its own limits.
public enum InputKind: String, Sendable, CaseIterable {
    /// An order, quote or credit note (YAML or JSON), from a file or a request.
    case order
    /// A company profile.
    case profile
    /// A file of payments received (`folio ledger pay`).
    case payments
    /// A rates file (`rates/*.yaml`).
    case rates
    /// A terms-of-sale version file or the text of terms compared by the redline.
    case terms
    /// A template (`.folio`) and the partials it includes.
    case template
    /// A received e-invoice's XML (CII or UBL).
    case einvoice
    /// A PDF read back: a received Factur-X, a signed quote, an issued document checked.
    case pdf
    /// A logo (PNG): its bytes and its pixels on a side.
    case logo

    private static let megabyte = 1024 * 1024

    /// The defaults: some ten times what the largest real documents of the kind need.
    public var defaultLimits: InputLimits {
        let mb = Self.megabyte
        switch self {
        // An order of 2,000 lines is some 60,000 lines of YAML and 2 MB; its longest value a long description.
        case .order: return InputLimits(bytes: 8 * mb, lines: 100_000, depth: 32, aliases: 1_000, expandedValues: 400_000, valueLength: 20_000)
        // A year of a busy shop's bank lines.
        case .payments: return InputLimits(bytes: 16 * mb, lines: 200_000, depth: 8, aliases: 0, expandedValues: 0, valueLength: 2_000)
        case .profile: return InputLimits(bytes: mb, lines: 10_000, depth: 16, aliases: 100, expandedValues: 10_000, valueLength: 20_000)
        // The shipped tables are a few hundred lines each.
        case .rates: return InputLimits(bytes: 4 * mb, lines: 50_000, depth: 16, aliases: 1_000, expandedValues: 200_000, valueLength: 2_000)
        // The longest real terms are some 30 pages: 150 KB, 300 articles and clauses; their longest paragraph
        // some 3,000 characters. 1,000 articles all moved and reworded compare in half a second; 17,000 would take a minute,
        // and reading 4 MB into articles takes most of a second.
        case .terms: return InputLimits(bytes: mb, lines: 20_000, depth: 16, aliases: 100, expandedValues: 100_000, valueLength: 50_000,
                                        articles: 1_000)
        // The longest shipped template (terms) is 32 KB; a paragraph of 256 KB typesets in about a second.
        case .template: return InputLimits(bytes: 256 * 1024, lines: 20_000, depth: 32, aliases: 0, expandedValues: 0, valueLength: 200_000)
        // The biggest real e-invoices are a few megabytes (thousands of lines); UBL nests some ten deep.
        case .einvoice: return InputLimits(bytes: 32 * mb, lines: 2_000_000, depth: 64, aliases: 0, expandedValues: 2_000_000, valueLength: 16 * mb)
        // A PDF's attachments are inflated up to `bytes` each.
        case .pdf: return InputLimits(bytes: 64 * mb, lines: 0, depth: 100, aliases: 0, expandedValues: 0, valueLength: 0)
        // A logo is printed some 5 cm wide: 2,000 pixels are 1,000 dpi; Cairo decodes it whole (4 bytes a pixel).
        case .logo: return InputLimits(bytes: 8 * mb, lines: 0, depth: 0, aliases: 0, expandedValues: 0, valueLength: 0, pixels: 10_000)
        }
    }
}

/// The limits of every kind of input, the defaults raised or lowered by a setting such as
/// `order.lines=200000, einvoice.bytes=64MB` (the value of `FOLIO_LIMITS`).
public struct InputLimitSettings: Sendable, Hashable {
    private var limits: [InputKind: InputLimits]

    /// Every kind at its defaults.
    public static let defaults = InputLimitSettings()

    public init() {
        limits = Dictionary(uniqueKeysWithValues: InputKind.allCases.map { ($0, $0.defaultLimits) })
    }

    public subscript(kind: InputKind) -> InputLimits {
        get { limits[kind] ?? kind.defaultLimits }
        set { limits[kind] = newValue }
    }

    /// Reads `KIND.LIMIT=VALUE` entries separated by commas or spaces; a value may end in KB, MB or GB.
    ///
    /// - Throws: ``InvalidField`` naming the entry and the reason (unknown kind or limit, bad number).
    public init(_ setting: String) throws(InvalidField) {
        self.init()
        let entries = setting.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" || $0 == "\n" })
        for entry in entries {
            let parts = entry.split(separator: "=", maxSplits: 1).map { String($0) }
            let kinds = InputKind.allCases.map(\.rawValue).joined(separator: ", ")
            let names = InputLimits.Name.allCases.map(\.rawValue).joined(separator: ", ")
            guard parts.count == 2 else { throw InvalidField(String(entry), "expected KIND.LIMIT=VALUE, such as order.lines=200000") }
            let key = parts[0].split(separator: ".", maxSplits: 1).map { String($0) }
            guard key.count == 2, let kind = InputKind(rawValue: key[0]) else {
                throw InvalidField(String(entry), "unknown input kind \(key.first ?? "") (known: \(kinds))")
            }
            guard let name = InputLimits.Name(rawValue: key[1]) else {
                throw InvalidField(String(entry), "unknown limit \(key[1]) (known: \(names))")
            }
            guard let value = Self.amount(parts[1]) else {
                throw InvalidField(String(entry), "\(parts[1]) is not a whole number (a size may end in KB, MB or GB)")
            }
            self[kind][name] = value
        }
    }

    /// `200000`, `64MB`, `2GB`, `512KB`.
    private static func amount(_ text: String) -> Int? {
        let units: [(String, Int)] = [("KB", 1024), ("MB", 1024 * 1024), ("GB", 1024 * 1024 * 1024)]
        let upper = text.uppercased()
        for (suffix, factor) in units where upper.hasSuffix(suffix) {
            guard let number = Int(upper.dropLast(suffix.count)), number >= 0 else { return nil }
            let (product, overflow) = number.multipliedReportingOverflow(by: factor)
            return overflow ? nil : product
        }
        guard let number = Int(upper), number >= 0 else { return nil }
        return number
    }
}
