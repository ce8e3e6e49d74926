import Foundation
import Testing

/// Hostile input (issue 19): each file below is refused with exit 1, its name and the limit passed,
/// without a document or a number. What each costs in time and memory is measured by
/// `bench/hostile-inputs.sh`, not here.
@Suite("hostile input", .serialized)
struct HostileInputTests {
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-hostile-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func write(_ text: String, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static func folio(_ arguments: [String], environment: [String: String] = [:]) throws -> FolioCLITests.Run {
        try FolioCLITests.folio(arguments, environment: environment)
    }

    /// Eight levels of ten aliases, the last used as a mapping key: 10⁸ values once expanded.
    static let aliasBomb: String = {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]") }
        return (lines + ["b:", "  ? *a8", "  : 1"]).joined(separator: "\n") + "\n"
    }()

    @Test("a YAML order of nested aliases (a billion laughs) is refused before it is built")
    func yamlAliasBomb() throws {
        let file = try Self.write(Self.aliasBomb, "alias-bomb.yaml")
        let run = try Self.folio(["totals", file])
        #expect(run.status == 1)
        #expect(run.error.contains("alias-bomb.yaml: more than 400000 values once its aliases are expanded"), "\(run.error)")
        #expect(run.error.contains("FOLIO_LIMITS=order.expandedValues="), "\(run.error)")
    }

    @Test("a JSON array nested 100,000 deep, a 100,000-line order and a 50 MB string are refused, each naming its limit")
    func deepLongAndLarge() throws {
        let deep = try Self.write(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000), "deep.json")
        let run = try Self.folio(["totals", deep])
        #expect(run.status == 1)
        #expect(run.error.contains("deep.json: nested more than 32 deep at line 1") && run.error.contains("order.depth"), "\(run.error)")
        #expect(run.error.count < 1_000, "the error does not quote the whole line")

        let long = try Self.write("kind: invoice\n" + String(repeating: "# a comment\n", count: 100_000), "long.yaml")
        let lines = try Self.folio(["totals", long])
        #expect(lines.status == 1)
        #expect(lines.error.contains("long.yaml: 100002 lines: more than 100000") && lines.error.contains("order.lines"), "\(lines.error)")
        // Raised by the setting, the same file is read: it is then refused for what it lacks.
        let raised = try Self.folio(["totals", long], environment: ["FOLIO_LIMITS": "order.lines=200000"])
        #expect(raised.status == 1)
        #expect(!raised.error.contains("order.lines") && raised.error.contains("required"), "\(raised.error)")

        let large = try Self.write("kind: \"" + String(repeating: "x", count: 50 * 1024 * 1024) + "\"\n", "large.yaml")
        let bytes = try Self.folio(["totals", large])
        #expect(bytes.status == 1)
        #expect(bytes.error.contains("large.yaml: more than 8 MB") && bytes.error.contains("order.bytes"), "\(bytes.error)")
        try FileManager.default.removeItem(atPath: large)

        let value = try Self.write("kind: \"" + String(repeating: "x", count: 30_000) + "\"\n", "long-value.yaml")
        let refused = try Self.folio(["totals", value])
        #expect(refused.error.contains("long-value.yaml: a value of 30000 bytes at line 1") && refused.error.contains("order.valueLength"), "\(refused.error)")
    }

    @Test("a setting of FOLIO_LIMITS that Folio cannot read stops it with the entry at fault")
    func badSetting() throws {
        let run = try Self.folio(["totals", "examples/orders/01-domestic-several-rates.yaml"], environment: ["FOLIO_LIMITS": "order.lignes=5"])
        #expect(run.status == 1)
        #expect(run.error.contains("FOLIO_LIMITS: order.lignes=5: unknown limit lignes"), "\(run.error)")
    }

    @Test("an XML entity bomb and XML nested 100,000 deep are refused by folio read")
    func xmlBombs() throws {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&lol3;</Invoice>
            """
        let bomb = try Self.write(laughs, "laughs.xml")
        let run = try Self.folio(["read", bomb])
        #expect(run.status == 1)
        #expect(run.error.contains("laughs.xml: the XML declares a document type"), "\(run.error)")

        let deep = try Self.write(String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000), "deep.xml")
        let nested = try Self.folio(["read", deep])
        #expect(nested.status == 1)
        #expect(nested.error.contains("deep.xml: elements nested more than 64 deep") && nested.error.contains("einvoice.depth"), "\(nested.error)")
    }

    @Test("terms whose paragraph runs to 60,000 characters, or of 1,001 articles, are refused by the redline, naming the file and the limit")
    func termsParagraph() throws {
        let words = (0..<10_000).map { ["délai", "paiement", "client", "livraison"][$0 % 4] }.joined(separator: " ")
        let old = try Self.write("Conditions\n\n" + words + "\n", "terms/old.txt")
        let new = try Self.write("Conditions\n\nnouveau " + words + "\n", "terms/new.txt")
        let run = try Self.folio(["terms", "diff", "--files", old, new, "--format", "json", "--output", Self.folder.appendingPathComponent("terms.json").path])
        #expect(run.status == 1)
        #expect(run.error.contains("terms/old.txt: line 3 runs past 50000 characters") && run.error.contains("terms.valueLength"), "\(run.error)")

        let articles = (1...1_001).map { "## Article \($0)\n\nLe client paie à 30 jours.\n" }.joined(separator: "\n")
        let many = try Self.write("# Conditions\n\n" + articles, "terms/many.md")
        let refused = try Self.folio(["terms", "diff", "--files", many, many, "--format", "json", "--output", Self.folder.appendingPathComponent("many.json").path])
        #expect(refused.status == 1)
        #expect(refused.error.contains("many.md: 1001 articles and clauses: more than 1000") && refused.error.contains("terms.articles"), "\(refused.error)")
    }

    @Test("XML whose bytes its encoding cannot convert gets one error line, nothing printed by libxml2")
    func badEncoding() throws {
        let url = Self.folder.appendingPathComponent("bad-utf16.xml")
        try Data([0xFF, 0xFE, 0x3C, 0x00, 0x61, 0x00, 0x3E, 0x00, 0x00, 0xD8, 0x00, 0x00, 0x3C, 0x00, 0x2F, 0x00, 0x61, 0x00, 0x3E, 0x00]).write(to: url)
        let run = try Self.folio(["read", url.path])
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("error: \(url.path): not valid in its encoding: input conversion failed"), "\(run.error)")
        #expect(run.error.split(separator: "\n").count == 1, "\(run.error)")
    }

    /// A profile of the example company in `folder`, with `extra` lines.
    static func profile(_ folder: String, _ extra: String, replacing: (String, String)? = nil) throws -> String {
        var example = try String(contentsOf: FolioCLITests.root.appendingPathComponent("examples/company/profile.yaml"), encoding: .utf8)
        if let (old, new) = replacing { example = example.replacingOccurrences(of: old, with: new) }
        return try write(example.replacingOccurrences(of: "logo: logo.png\n", with: "") + "\n" + extra + "\n", "\(folder)/profile.yaml")
    }

    /// The signature and header of a PNG of `width` × `height` pixels (no image data: Folio reads the header first).
    static func pngHeader(width: UInt32, height: UInt32) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        for value in [width, height] { bytes += [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
        bytes += [8, 6, 0, 0, 0, 0, 0, 0, 0]
        return Data(bytes)
    }

    @Test("a PNG logo claiming 100,000 × 100,000 pixels is refused when the company is loaded")
    func hugeLogo() throws {
        let profile = try Self.profile("huge-logo", "logo: logo.png")
        try Self.pngHeader(width: 100_000, height: 100_000).write(to: Self.folder.appendingPathComponent("huge-logo/logo.png"))
        let run = try Self.folio(["totals", "examples/orders/01-domestic-several-rates.yaml", "--company", profile])
        #expect(run.status == 1)
        #expect(run.error.contains("profile.yaml: logo: ") && run.error.contains("100000 × 100000 pixels: more than 10000 on a side"), "\(run.error)")
    }

    @Test("a template that includes itself, or any other, is refused with its file and line")
    func templateIncludingItself() throws {
        let profile = try Self.profile("self-including", "templates: templates")
        _ = try Self.write("Facture\n\n{{> invoice}}\n", "self-including/templates/invoice/2026-01-01/fr.folio")
        let run = try Self.folio(["invoice", "examples/orders/01-domestic-several-rates.yaml", "--company", profile, "--draft",
                                  "--output", Self.folder.appendingPathComponent("self.pdf").path])
        #expect(run.status == 1)
        #expect(run.error.contains("invoice/2026-01-01/fr.folio:3:1") && run.error.contains("includes another template"), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent("self.pdf").path))
    }

    @Test("paths in a profile may not leave its folder, by .. or by a symbolic link, unless FOLIO_PROFILE_PATHS=anywhere")
    func profilePaths() throws {
        let order = "examples/orders/01-domestic-several-rates.yaml"
        let outside = try Self.profile("paths/dotdot", "logo: ../../../../../../etc/passwd")
        let run = try Self.folio(["totals", order, "--company", outside])
        #expect(run.status == 1)
        #expect(run.error.contains("paths/dotdot/profile.yaml: logo: ../../../../../../etc/passwd is outside the profile's folder"), "\(run.error)")

        let linked = try Self.profile("paths/link", "logo: logo.png")
        let logo = FolioCLITests.root.appendingPathComponent("examples/company/logo.png").path
        try FileManager.default.createSymbolicLink(atPath: Self.folder.appendingPathComponent("paths/link/logo.png").path, withDestinationPath: logo)
        let link = try Self.folio(["totals", order, "--company", linked])
        #expect(link.status == 1)
        #expect(link.error.contains("logo: logo.png is a symbolic link to \(logo), outside the profile's folder"), "\(link.error)")
        let allowed = try Self.folio(["totals", order, "--company", linked], environment: ["FOLIO_PROFILE_PATHS": "anywhere"])
        #expect(allowed.status == 0, "\(allowed.error)")

        let key = try Self.profile("paths/key", """
            signing:
              certificate: /etc/ssl/certs/ca-certificates.crt
              privateKey: ../../../etc/shadow
            """)
        let signing = try Self.folio(["invoice", order, "--company", key, "--sign",
                                      "--ledger", Self.folder.appendingPathComponent("paths/ledger.sqlite").path])
        #expect(signing.status == 1)
        #expect(signing.error.contains("signing.certificate: /etc/ssl/certs/ca-certificates.crt is outside the profile's folder"), "\(signing.error)")

        let rates = try Self.profile("paths/rates", "")
        let ratesFolder = Self.folder.appendingPathComponent("paths/rates/rates")
        try FileManager.default.createDirectory(at: ratesFolder, withIntermediateDirectories: true)
        let secret = try Self.write("legal-interest-rate/other-cases: {values: []}\n", "secret-rates.yaml")
        try FileManager.default.createSymbolicLink(atPath: ratesFolder.appendingPathComponent("linked.yaml").path, withDestinationPath: secret)
        let linkedRates = try Self.folio(["totals", order, "--company", rates])
        #expect(linkedRates.status == 1)
        #expect(linkedRates.error.contains("rates: rates/linked.yaml is a symbolic link to \(secret), outside the profile's folder"), "\(linkedRates.error)")

        let templates = try Self.profile("paths/templates", "templates: ../../../..")
        let folder = try Self.folio(["totals", order, "--company", templates])
        #expect(folder.status == 1)
        #expect(folder.error.contains("templates: ../../../.. is outside the profile's folder"), "\(folder.error)")
    }

    @Test("a template file or folder linked to somewhere outside the templates folder is refused, as is a folder linked into itself")
    func templateLinks() throws {
        let order = "examples/orders/01-domestic-several-rates.yaml"
        let profile = try Self.profile("linked-template", "templates: templates")
        let version = Self.folder.appendingPathComponent("linked-template/templates/invoice/2026-01-01")
        try FileManager.default.createDirectory(at: version, withIntermediateDirectories: true)
        let secret = try Self.write("a secret of the machine\n", "secret.txt")
        try FileManager.default.createSymbolicLink(atPath: version.appendingPathComponent("fr.folio").path, withDestinationPath: secret)
        let run = try Self.folio(["invoice", order, "--company", profile, "--draft", "--output", Self.folder.appendingPathComponent("linked.pdf").path])
        #expect(run.status == 1)
        #expect(run.error.contains("invoice/2026-01-01/fr.folio is a symbolic link to \(secret), outside the templates folder"), "\(run.error)")

        let looping = try Self.profile("looping-template", "templates: templates")
        let templates = Self.folder.appendingPathComponent("looping-template/templates")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("letters"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: templates.appendingPathComponent("letters/again").path, withDestinationPath: templates.path)
        let loop = try Self.folio(["totals", order, "--company", looping])
        #expect(loop.status == 1)
        #expect(loop.error.contains("nested more than 8 deep"), "\(loop.error)")
    }

    @Test("a client named ../../x and a number series /tmp/x write nothing outside the ledger's documents folder")
    func outputPathsFromContent() throws {
        let base = Self.folder.appendingPathComponent("output")
        let profile = try Self.profile("output/company", "", replacing: ("  invoice: F\n", "  invoice: /tmp/x\n"))
        var order = try String(contentsOf: FolioCLITests.root.appendingPathComponent("examples/orders/01-domestic-several-rates.yaml"), encoding: .utf8)
        order = order.replacingOccurrences(of: "name: ", with: "name: ../../x ", options: [], range: order.range(of: "buyer:").map { $0.lowerBound..<order.endIndex })
        let file = try Self.write(order, "output/order.yaml")
        let ledger = base.appendingPathComponent("ledger/ledger.sqlite").path
        let run = try Self.folio(["invoice", file, "--company", profile, "--ledger", ledger])
        #expect(run.status == 0, "\(run.error)")
        let written = try FileManager.default.subpathsOfDirectory(atPath: base.path).filter { $0.hasSuffix(".pdf") }
        #expect(written.count == 1 && written.allSatisfy { $0.hasPrefix("ledger/documents/_tmp_x-") }, "\(written)")
        #expect(!FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent("x").path))
        // A number can hold no « . »: no series leads up a folder.
        let dots = try Self.profile("output/dots", "", replacing: ("  invoice: F\n", "  invoice: \"../../x\"\n"))
        let refused = try Self.folio(["invoice", file, "--company", dots, "--ledger", ledger])
        #expect(refused.status == 1 && refused.error.contains("« . » is not allowed in a number"), "\(refused.error)")
    }
}
