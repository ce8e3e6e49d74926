import Foundation

/// Finds the folder holding `fonts/`, `hyphenation/` and `templates/` (the repository's root).
///
/// Looks, in order, at `$FOLIO_RESOURCES`, `share/folio` beside the executable's folder (an installed
/// `PREFIX/bin/folio` finds `PREFIX/share/folio`), the current directory and its parents, then the
/// executable's folder and its parents (`.build/release/folio` sits three levels under the root).
public enum ResourceDirectory {
    public static func locate() throws(LayoutError) -> URL {
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["FOLIO_RESOURCES"] {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
        if let executable {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("share/folio"))
        }
        candidates += ancestors(of: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        if let executable {
            candidates += ancestors(of: executable)
        }
        for candidate in candidates where isResourceDirectory(candidate) { return candidate }
        throw LayoutError("cannot find the fonts/ and hyphenation/ folders: run from the Folio repository or set FOLIO_RESOURCES")
    }

    private static func ancestors(of url: URL) -> [URL] {
        var result: [URL] = []
        var current = url.standardizedFileURL
        for _ in 0..<6 {
            result.append(current)
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        return result
    }

    private static func isResourceDirectory(_ url: URL) -> Bool {
        let manager = FileManager.default
        return manager.fileExists(atPath: url.appendingPathComponent("fonts/\(FontLibrary.fallbackFiles.regular)").path)
            && manager.fileExists(atPath: url.appendingPathComponent("hyphenation").path)
    }
}
