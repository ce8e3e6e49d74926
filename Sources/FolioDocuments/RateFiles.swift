import FolioCore
import FolioInput
import Foundation

/// The rates files a company computes with: Folio's `rates/` (beside `fonts/` and `templates/`),
/// extended by the company's `rates/` folder next to its profile and by the folder `$FOLIO_RATES`.
///
/// ```swift
/// let rates = try RateFiles.book(resources: engine.resources, companyFolder: URL(fileURLWithPath: "examples/company"))
/// ```
public enum RateFiles {
    /// The environment variable naming one more folder of rates files.
    public static let environmentVariable = "FOLIO_RATES"

    /// Folio's tables extended with the company's (`COMPANY/rates/*.yaml`, then `$FOLIO_RATES/*.yaml`).
    ///
    /// - Throws: ``InputError`` naming the file and line, the field and the reason, for a file that
    ///   is refused or a value that contradicts another file's.
    public static func book(resources: URL, companyFolder: URL?,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws -> RateBook {
        let shippedFolder = resources.appendingPathComponent("rates")
        guard directoryExists(shippedFolder) else {
            throw InputError(source: displayPath(shippedFolder),
                             "Folio's rates folder is missing: reinstall Folio (make install) or set FOLIO_RESOURCES to the folder holding fonts/, templates/ and rates/")
        }
        var additions: [RateSeries] = []
        var additionsFolder: URL?
        if let companyFolder {
            let folder = companyFolder.appendingPathComponent("rates")
            additionsFolder = folder
            if directoryExists(folder) { additions += try read(folder: folder, shipped: false) }
        }
        if let named = environment[environmentVariable], !named.isEmpty {
            let folder = URL(fileURLWithPath: named)
            guard directoryExists(folder) else {
                throw InputError(source: environmentVariable, "\(named) is not a folder of rates files")
            }
            additionsFolder = folder
            additions += try read(folder: folder, shipped: false)
        }
        let hint = additionsFolder.map { RateAdditions(folder: displayPath($0)) }
        do {
            return try RateBook(read(folder: shippedFolder, shipped: true), additions: hint).extended(with: additions, additions: hint)
        } catch let error as RateDataError {
            throw InputError(error)
        }
    }

    /// The rates of the company whose profile is at `profile`: Folio's, extended by the company's.
    public static func book(forProfile profile: String) throws -> RateBook {
        try book(resources: FolioResources.locate(),
                 companyFolder: URL(fileURLWithPath: profile).deletingLastPathComponent().standardizedFileURL)
    }

    /// The tables of every `.yaml`, `.yml` or `.json` file of a folder, in file-name order.
    public static func read(folder: URL, shipped: Bool) throws -> [RateSeries] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path) } catch {
            throw InputError(source: displayPath(folder), "cannot list the rates folder: \(FileProblem.reason(error))")
        }
        var series: [RateSeries] = []
        for name in names.sorted() where ["yaml", "yml", "json"].contains((name as NSString).pathExtension.lowercased()) {
            let url = folder.appendingPathComponent(name)
            let path = displayPath(url)
            let text = try TextFile.read(path: url.path, name: path, kind: .rates)
            do { series += try RateFileReader.read(text, file: path, shipped: shipped) } catch { throw InputError(error) }
        }
        return series
    }

    private static func directoryExists(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// A path as the user reads it: relative to the current folder when under it.
    static func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let current = FileManager.default.currentDirectoryPath
        return path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) : path
    }
}

extension InputError {
    /// A rates file refused: `FILE:LINE: FIELD: REASON`.
    public init(_ error: RateDataError) {
        self.init(source: error.origin?.description ?? "rates", field: error.field, error.reason)
    }
}
