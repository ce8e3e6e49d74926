// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        // The public library: a company, drafts, issuing into the ledger, notices, terms, verification.
        .library(name: "FolioDocuments", targets: ["FolioDocuments"]),
        .library(name: "FolioCore", targets: ["FolioCore"]),
        .library(name: "FolioLayout", targets: ["FolioLayout"]),
        .library(name: "FolioPDF", targets: ["FolioPDF"]),
        .library(name: "FolioEInvoice", targets: ["FolioEInvoice"]),
        .library(name: "FolioRedline", targets: ["FolioRedline"]),
        .executable(name: "folio-bench", targets: ["folio-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // The HTTP service: without swift-configuration's support (traits), which Folio does not use.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // System libraries, wrapped GRDB-style (modulemap + shim header).
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz", providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

        // Money, VAT, EN 16931 totals, dates, calendars, penalties. Pure Swift: no C, no floating point.
        .target(name: "FolioCore"),
        // Order data (YAML/JSON) read field by field into the core's types, with path-named errors.
        .target(name: "FolioInput", dependencies: [
            "FolioCore",
            .product(name: "Yams", package: "Yams"),
        ]),
        // The typesetting engine: fonts, shaping, hyphenation, line breaking, tables, pages. Knows no invoices.
        .target(name: "FolioLayout", dependencies: ["CHarfBuzz", "CFreeType"]),
        // Draws typeset pages into PDF with Cairo; reports the versions of the C libraries linked; finishes
        // Cairo's PDFs as PDF/A-3 with attachments and reads the attachments of any PDF.
        .target(name: "FolioPDF", dependencies: [
            "FolioLayout", "CCairo", "CFreeType", "CHarfBuzz", "CZlib",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Templates: dated versions, logic-less Mustache filling, Folio markup read into layout blocks.
        .target(name: "FolioTemplates", dependencies: [
            "FolioCore", "FolioInput", "FolioLayout",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // The issuance ledger: gapless numbers per series, append-only records, a hash chain; kept in
        // SQLite (one machine) or PostgreSQL (several).
        .target(name: "FolioLedger", dependencies: [
            "FolioCore",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // EN 16931 e-invoices: the semantic model built from a computed document, written as CII (Factur-X)
        // or UBL 2.1, and received ones read back and checked. Knows no PDF.
        // libxml2's errors kept per thread, not printed: the parser's first, and those raised outside it.
        .target(name: "CXMLErrors", dependencies: ["CLibXML2"]),
        .target(name: "FolioEInvoice", dependencies: ["FolioCore", "CLibXML2", "CXMLErrors"]),
        // The CMS of a PAdES baseline B-B signature (ETSI.CAdES.detached): a signing identity loaded from PEM,
        // the SignedData made over given bytes, and any CMS SignedData checked. Knows no PDF.
        .target(name: "FolioSigning", dependencies: [
            .product(name: "X509", package: "swift-certificates"),
            .product(name: "SwiftASN1", package: "swift-asn1"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),
        // The legal redline: terms read into articles (Markdown, plain text), matched across versions,
        // diffed word by word with figures kept whole. Pure Swift; knows no PDF and no templates.
        .target(name: "FolioRedline"),
        // Sample documents that exercise the engine: used by the benchmark and the tests, not shipped in `folio`.
        .target(name: "FolioSpecimens", dependencies: ["FolioCore", "FolioLayout", "FolioTemplates"]),
        // The public library: order → values → compose → typeset → draw → finish → record.
        .target(name: "FolioDocuments", dependencies: [
            "FolioCore", "FolioInput", "FolioLayout", "FolioPDF", "FolioTemplates", "FolioLedger", "FolioEInvoice", "FolioSigning", "FolioRedline",
        ]),
        // `folio serve`: the HTTP API (api/openapi.yaml) on Hummingbird, over the same library: API keys per
        // company, problem+json errors, Prometheus metrics, rendering on a pool of workers, graceful shutdown.
        .target(name: "FolioServer", dependencies: [
            "FolioDocuments",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Yams", package: "Yams"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "CryptoExtras", package: "swift-crypto"),
        ]),
        // The fuzz targets' entry points: each parser of outside input run on any bytes (fuzz/README.md).
        .target(name: "FolioFuzzing", dependencies: ["FolioCore", "FolioInput", "FolioTemplates", "FolioEInvoice", "FolioPDF", "FolioRedline"]),
        // The command line: parses arguments, calls FolioDocuments, prints.
        .target(name: "FolioCommands", dependencies: [
            "FolioDocuments", "FolioPDF", "FolioRedline", "FolioServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "folio", dependencies: ["FolioCommands"]),
        // Benchmarks, apart from the tests: `swift run -c release folio-bench`.
        .executableTarget(name: "folio-bench", dependencies: ["FolioCore", "FolioDocuments", "FolioEInvoice", "FolioLayout", "FolioPDF", "FolioSpecimens"]),

        .testTarget(name: "FolioCoreTests", dependencies: [
            "FolioCore",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ], resources: [.copy("Resources")]),
        .testTarget(name: "FolioInputTests", dependencies: ["FolioInput"]),
        .testTarget(name: "SystemLibrariesTests", dependencies: ["FolioPDF"]),
        .testTarget(name: "FolioPDFTests", dependencies: ["FolioPDF", "FolioLayout", "FolioSpecimens"]),
        .testTarget(name: "FolioLayoutTests", dependencies: ["FolioLayout", "FolioPDF", "FolioSpecimens", "CCairo"],
                    exclude: ["Resources", "Golden"]),
        .testTarget(name: "FolioTemplatesTests", dependencies: ["FolioTemplates", "FolioLayout", "FolioCore"]),
        .testTarget(name: "FolioEInvoiceTests", dependencies: ["FolioEInvoice", "FolioCore", "FolioDocuments"]),
        .testTarget(name: "FolioLedgerTests", dependencies: ["FolioLedger", "FolioCore"]),
        .testTarget(name: "FolioSigningTests", dependencies: [
            "FolioSigning",
            .product(name: "X509", package: "swift-certificates"),
        ]),
        .testTarget(name: "FolioRedlineTests", dependencies: ["FolioRedline"], exclude: ["Pairs"]),
        .testTarget(name: "FolioFuzzingTests", dependencies: ["FolioFuzzing"]),
        .testTarget(name: "FolioServerTests", dependencies: [
            "FolioServer",
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "FolioCLITests", dependencies: ["folio", .product(name: "Crypto", package: "swift-crypto")]),
        // Uses only the public product, as a program depending on Folio would.
        .testTarget(name: "FolioDocumentsTests", dependencies: ["FolioDocuments"]),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer programs, one per target (fuzz/README.md): declared only for `make fuzz`, which
// builds them with `--sanitize=fuzzer --sanitize=address` into .build-fuzz. They have no `main`
// (libFuzzer's is linked in), so an ordinary build cannot link them.
if Context.environment["FOLIO_FUZZ"] != nil {
    for name in ["order", "profile", "rates", "template", "einvoice", "pdf", "redline"] {
        package.targets.append(.executableTarget(name: "fuzz-\(name)", dependencies: ["FolioFuzzing"], path: "fuzz/targets/\(name)"))
        package.products.append(.executable(name: "fuzz-\(name)", targets: ["fuzz-\(name)"]))
    }
}
